using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// What a fresh process pays per email before it is warm: the corpus in chunks, one thread, each stage timed in
/// process CPU on its first sight of the chunk's text (the phrase automata build their states as text arrives).
/// </summary>
internal static class ColdCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Labelled JSON Lines files or folders." };
        var chunk = new Option<int>("--chunk") { Description = "Emails per chunk.", DefaultValueFactory = _ => 500 };
        var chunks = new Option<int>("--chunks") { Description = "Chunks to run.", DefaultValueFactory = _ => 6 };
        var command = new Command("cold", "CPU ms per email of each stage, chunk by chunk, from a fresh process (one thread).") { data, chunk, chunks };
        command.SetAction((ParseResult result) =>
        {
            var classifier = EmailClassifier.LoadDefault();
            var emails = TrainingCorpus.Read(result.GetValue(data)!).Select(r => r.Email).ToList();
            var size = result.GetValue(chunk);
            var f = CultureInfo.InvariantCulture;
            for (var k = 0; k < result.GetValue(chunks) && (k + 1) * size <= emails.Count; k++)
            {
                var part = emails.Skip(k * size).Take(size).ToList();
                List<MailText> texts = [];
                var reading = CpuMs(() => texts = part.Select(MailTextReader.Read).ToList());
                var masking = CpuMs(() => { foreach (var t in texts) { Cues.MaskConditionals(Cues.NormaliseOfferToSomeoneElse(t.Body), out _); } });
                var cues = CpuMs(() => { foreach (var t in texts) { Cues.Matching(t.Subject).Count(); Cues.Matching(t.Body).Count(); } });
                List<EmailFeatures> features = [];
                var all = CpuMs(() => features = part.Select(EmailFeatures.Of).ToList());
                var guards = CpuMs(() => { foreach (var x in features) { _ = x.IsPersonalNote; _ = x.IsBlast; _ = x.ListedRoles; } });
                var model = CpuMs(() => { foreach (var x in features) { classifier.Model.Predict(x.ToModelInput()); } });
                var extraction = CpuMs(() => { foreach (var (e, t) in part.Zip(texts)) { CompanyAndRole.Extract(t, e.To); } });
                var whole = CpuMs(() => { foreach (var e in part) { classifier.Classify(e); } });
                Console.WriteLine(string.Format(f, "chunk {0}: reading {1:F3}, masking {2:F3}, cues {3:F3}, features(again) {4:F3}, guards {5:F3}, model {6:F3}, company/role(all) {7:F3}, classify(again) {8:F3} ms/email",
                    k, reading / size, masking / size, cues / size, all / size, guards / size, model / size, extraction / size, whole / size));
            }

            return 0;
        });
        return command;
    }

    private static double CpuMs(Action action)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }
}
