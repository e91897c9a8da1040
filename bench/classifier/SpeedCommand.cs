using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ApplyTrack.Classification.Cli;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Measures what the speed targets name: start-up (load + first email), throughput of the classify
/// path over N emails on all cores, per-email latency (p50/p99) on one thread, and peak memory.
/// </summary>
internal static class SpeedCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Labelled JSON Lines files or folders to take emails from (cycled up to --count).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var count = new Option<int>("--count") { Description = "Emails to classify.", DefaultValueFactory = _ => 10_000 };
        var writeInput = new Option<FileInfo?>("--write-input") { Description = "Also write the emails as classify input (JSON Lines) to this file." };
        var everydayShare = new Option<double?>("--everyday-share")
        {
            Description = "Draw this share of the emails from the corpus's everyday mail (labelled none) and the rest from its job mail, " +
                          "like a real inbox (e.g. 0.9); default: the corpus as it is, cycled.",
        };
        var command = new Command("speed", "Benchmark start-up, throughput, latency and peak memory of the classifier.") { data, count, writeInput, everydayShare };
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
            var load = Stopwatch.StartNew();
            var classifier = EmailClassifier.LoadDefault();
            var loaded = load.Elapsed;
            classifier.Classify(new EmailInput("a@b.com", null, "Thank you for applying", "We received your application.", null));
            var firstEmail = load.Elapsed;

            var all = TrainingCorpus.Read(result.GetValue(data)!);
            var n = result.GetValue(count);
            var share = result.GetValue(everydayShare);
            IReadOnlyList<LabelledEmail> corpus = share is { } s ? Mixed(all, n, s) : all;
            var drawn = Enumerable.Range(0, n).Select(i => corpus[i % corpus.Count]).ToList();
            var lines = drawn.Select((r, i) => ToInputLine(i, r.Email)).ToList();
            if (result.GetValue(writeInput) is { } file)
            {
                await File.WriteAllLinesAsync(file.FullName, lines, cancellationToken);
            }

            var input = string.Join('\n', lines);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var throughput = Stopwatch.StartNew();
            await JsonLinesClassifier.RunAsync(new StringReader(input), TextWriter.Null, classifier, cancellationToken);
            throughput.Stop();
            process.Refresh();
            var cpuFirst = process.TotalProcessorTime - cpuBefore;
            var warm = Stopwatch.StartNew();
            await JsonLinesClassifier.RunAsync(new StringReader(input), TextWriter.Null, classifier, cancellationToken);
            warm.Stop();
            process.Refresh();
            var cpuSecond = process.TotalProcessorTime - cpuBefore - cpuFirst;

            var latencies = new double[n];
            for (var i = 0; i < n; i++)
            {
                var one = Stopwatch.GetTimestamp();
                classifier.Classify(corpus[i % corpus.Count].Email);
                latencies[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            }

            Array.Sort(latencies);
            var stages = StageTimes(corpus.Take(Math.Min(n, corpus.Count)).Select(r => r.Email).ToList());
            var f = CultureInfo.InvariantCulture;
            Console.WriteLine($"emails: {n} (from {corpus.Distinct().Count()} distinct), cores: {Environment.ProcessorCount}");
            Console.WriteLine($"mix: {(share is { } x ? $"--everyday-share {x.ToString(CultureInfo.InvariantCulture)}" : "the corpus as it is")}; labels: " +
                              string.Join(", ", EmailLabels.All.Select(l => $"{l} {drawn.Count(r => r.Label == l)}")) +
                              $"; the cheap everyday path takes {drawn.Count(r => TakesEverydayPath(classifier, r.Email))}");
            Console.WriteLine(string.Format(f, "runtime start to Main: {0:F0} ms; model load: {1:F0} ms; first email classified: {2:F0} ms after load began", sinceStart.TotalMilliseconds, loaded.TotalMilliseconds, firstEmail.TotalMilliseconds));
            // The machine is shared: CPU time per email says what two idle cores would do, whatever else is running.
            Console.WriteLine(string.Format(f, "classify path (JSON Lines, all cores), first pass: {0:F2} s wall, {1:F0} emails/s; CPU {2:F2} ms/email = {3:F0} emails/s on {4} idle cores",
                throughput.Elapsed.TotalSeconds, n / throughput.Elapsed.TotalSeconds, cpuFirst.TotalMilliseconds / n, n / cpuFirst.TotalSeconds * Environment.ProcessorCount, Environment.ProcessorCount));
            Console.WriteLine(string.Format(f, "classify path (JSON Lines, all cores), second pass: {0:F2} s wall, {1:F0} emails/s; CPU {2:F2} ms/email = {3:F0} emails/s on {4} idle cores",
                warm.Elapsed.TotalSeconds, n / warm.Elapsed.TotalSeconds, cpuSecond.TotalMilliseconds / n, n / cpuSecond.TotalSeconds * Environment.ProcessorCount, Environment.ProcessorCount));
            Console.WriteLine(string.Format(f, "one thread: {0:F0} emails/s; latency p50 {1:F2} ms, p99 {2:F2} ms, max {3:F2} ms", n / latencies.Sum() * 1000, latencies[n / 2], latencies[(int)(n * 0.99)], latencies[^1]));
            Console.WriteLine(string.Format(f, "one thread, mean per email of the full path: reading {0:F3} ms, phrase cues {1:F3} ms, model + guards + extraction of job mail {2:F3} ms; company/role (run on all) {3:F3} ms",
                stages.Reading, stages.Cues, stages.Model, stages.Extraction));
            Console.WriteLine(string.Format(f, "one thread, mean per email: classify {0:F3} ms (the full path for every email: {1:F3} ms)", stages.Whole, stages.WithoutCascade));
            Console.WriteLine(string.Format(f, "peak working set: {0:F0} MB", Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <paramref name="n"/> emails of which <paramref name="everydayShare"/> are everyday mail (labelled none), each kind
    /// drawn in corpus order and cycled, interleaved evenly (so every stretch of the input has the same mix).
    /// </summary>
    private static List<LabelledEmail> Mixed(IReadOnlyList<LabelledEmail> corpus, int n, double everydayShare)
    {
        var everyday = corpus.Where(r => r.Label == EmailLabels.None).ToList();
        var job = corpus.Where(r => r.Label != EmailLabels.None).ToList();
        var mixed = new List<LabelledEmail>(n);
        var (e, j) = (0, 0);
        for (var i = 0; i < n; i++)
        {
            // The i-th email is everyday mail when the running count of everyday mail due so far steps up.
            var isEveryday = job.Count == 0 || everyday.Count > 0 && Math.Floor((i + 1) * everydayShare) > Math.Floor(i * everydayShare);
            mixed.Add(isEveryday ? everyday[e++ % everyday.Count] : job[j++ % job.Count]);
        }

        return mixed;
    }

    private static bool TakesEverydayPath(EmailClassifier classifier, EmailInput email) =>
        classifier.Classify(email).Reasons.Contains(Reading.EverydayPath.Reason);

    /// <summary>
    /// Mean milliseconds per email of each stage of the full path of <see cref="EmailClassifier.Classify"/>, run one after
    /// another, and of the whole classification with and without the cheap everyday path.
    /// </summary>
    private static (double Reading, double Cues, double Model, double Extraction, double Whole, double WithoutCascade) StageTimes(IReadOnlyList<EmailInput> emails)
    {
        var reading = Time(() => { foreach (var e in emails) { Reading.MailTextReader.Read(e); } });
        var features = Time(() => { foreach (var e in emails) { Model.EmailFeatures.Of(e); } });
        var all = emails.Select(Model.EmailFeatures.Of).ToList();
        var classifier = EmailClassifier.LoadDefault();
        var full = Time(() => { foreach (var e in emails) { classifier.ClassifyWithoutCascade(e); } });
        var whole = Time(() => { foreach (var e in emails) { classifier.Classify(e); } });
        var extraction = Time(() => { foreach (var (e, x) in emails.Zip(all)) { Extraction.CompanyAndRole.Extract(x.Text, e.To); } });
        var model = full - features;
        var c = emails.Count;
        return (reading / c, (features - reading) / c, model / c, extraction / c, whole / c, full / c);
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static string ToInputLine(int i, EmailInput email) => JsonSerializer.Serialize(new
    {
        id = $"e{i}",
        from = email.From,
        to = email.To,
        subject = email.Subject,
        body = email.Body,
        date = email.Date?.ToString("O", CultureInfo.InvariantCulture),
    });
}
