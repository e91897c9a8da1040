using System.CommandLine;
using System.Globalization;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Trains the company ranker (<see cref="CompanyRanker"/>) with ML.NET's FastTree ranking on the training corpus's
/// train split (rows whose <see cref="LabelledEmail.IsDev"/> is false: whole templates and writers are held out),
/// then prints company exact match of the rules alone and of the rules with the ranker on the dev split and on each
/// held-out file given. Counts only: no id, name or text.
/// </summary>
internal static class CompanyRankerCommand
{
    private sealed class Row
    {
        public float Label { get; set; }

        public uint Group { get; set; }

        [VectorType(61)]
        public float[] Features { get; set; } = [];
    }

    private sealed record Example(LabelledEmail Email, string? Rule, List<CompanyCandidate> Candidates);

    public static Command Create()
    {
        var data = new Option<string[]>("--data") { AllowMultipleArgumentsPerToken = true, Description = "Training corpus (files or folders): the train split trains, the dev split measures. Required unless --explain." };
        var heldout = new Option<string[]>("--heldout") { AllowMultipleArgumentsPerToken = true, Description = "Held-out labelled files, each measured on its own (groups joined by '+')." };
        var write = new Option<string?>("--write") { Description = "Write the trained ranker here (company-ranker.bin)." };
        var trees = new Option<int>("--trees") { DefaultValueFactory = _ => 200 };
        var leaves = new Option<int>("--leaves") { DefaultValueFactory = _ => 16 };
        var minLeaf = new Option<int>("--min-leaf") { DefaultValueFactory = _ => 20 };
        var rate = new Option<double>("--rate") { DefaultValueFactory = _ => 0.1 };
        var misses = new Option<bool>("--misses") { Description = "List the train split's rows where the ranker changes the rules' answer (training rows only)." };
        var explain = new Option<string[]>("--explain") { AllowMultipleArgumentsPerToken = true, Description = "Print the shipped ranker's scores for these (training or written) rows, and stop." };
        var timeIt = new Option<bool>("--time") { Description = "Time building the candidates (warm, three passes), print a fingerprint of their features, and stop." };
        var sources = new Option<string[]>("--train-sources") { AllowMultipleArgumentsPerToken = true, Description = "Train only on rows whose source starts with one of these." };
        var command = new Command("company-ranker", "Train the company ranker and compare it with the rules alone.") { data, heldout, write, trees, leaves, minLeaf, rate, sources, misses, explain, timeIt };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) =>
        {
            if (result.GetValue(explain) is { Length: > 0 } files && CompanyRanker.Default is { } shipped)
            {
                // Tuning aid for written examples and training rows only: the shipped ranker's scores, rules' answer first.
                foreach (var e in TrainingCorpus.Read(files).Where(Named).Select(Prepare))
                {
                    var rule = e.Candidates.FirstOrDefault(c => c.Features[0] == 1);
                    var top = e.Candidates.OrderByDescending(c => shipped.Score(c.Features)).Take(4).Select(c => $"{c.Name} {shipped.Score(c.Features):F2}");
                    var reachable = e.Candidates.Any(c => Same(c, e.Email)) ? "" : " (no candidate)";
                    Console.Out.WriteLine($"{e.Email.Id}: {e.Email.Company}{reachable} | rule {e.Rule} {(rule is null ? "" : shipped.Score(rule.Features).ToString("F2", CultureInfo.InvariantCulture))} | {string.Join(" ; ", top)}");
                }

                return Task.FromResult(0);
            }

            if (result.GetValue(data) is not { Length: > 0 } dataPaths)
            {
                Console.Error.WriteLine("company-ranker: --data is required (the training corpus).");
                return Task.FromResult(1);
            }

            var corpus = TrainingCorpus.Read(dataPaths).Where(Named).ToList();
            var examples = corpus.Select(Prepare).ToList();
            var only = result.GetValue(sources) ?? [];
            if (result.GetValue(timeIt))
            {
                // Warm: the named rows' candidates built three more times, the rules' answer given.
                var texts = examples.Select(e => (Text: MailTextReader.Read(e.Email.Email), e.Email.Email.To, e.Rule)).ToList();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                for (var pass = 0; pass < 3; pass++)
                {
                    foreach (var (text, to, rule) in texts)
                    {
                        CompanyAndRole.Candidates(text, to, rule);
                    }
                }

                Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "candidates, warm: {0:F3} ms a named row", clock.Elapsed.TotalMilliseconds / 3 / texts.Count));
                // A fingerprint of every candidate's key and features: a change made for speed must leave it as it was.
                var fingerprint = 17L;
                foreach (var (text, to, rule) in texts)
                {
                    foreach (var candidate in CompanyAndRole.Candidates(text, to, rule))
                    {
                        fingerprint = candidate.Key.Aggregate(fingerprint, (h, c) => h * 31 + c);
                        fingerprint = candidate.Features.Aggregate(fingerprint, (h, v) => h * 31 + BitConverter.SingleToInt32Bits(v));
                    }
                }

                Console.Out.WriteLine($"candidates' fingerprint: {fingerprint:x16}");
                clock.Restart();
                for (var pass = 0; pass < 3; pass++)
                {
                    foreach (var (text, to, _) in texts)
                    {
                        CompanyAndRole.ExtractByRules(text, to);
                    }
                }

                Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "rules, warm: {0:F3} ms a named row", clock.Elapsed.TotalMilliseconds / 3 / texts.Count));
                return Task.FromResult(0);
            }

            var train = examples.Where(e => !e.Email.IsDev && (only.Length == 0 || only.Any(o => e.Email.Source.StartsWith(o, StringComparison.Ordinal)))).ToList();
            var usable = train.Where(e => e.Candidates.Any(c => Same(c, e.Email))).ToList();
            Console.Out.WriteLine($"train split: {train.Count} named rows, {usable.Count} with the label among the candidates, {usable.Sum(e => e.Candidates.Count)} candidates");
            var ml = new MLContext(seed: 1);
            var rows = usable.SelectMany((e, g) => e.Candidates.Select(c => new Row { Label = Same(c, e.Email) ? 1 : 0, Group = (uint)g, Features = c.Features })).ToList();
            var view = ml.Data.LoadFromEnumerable(rows);
            var options = new FastTreeRankingTrainer.Options
            {
                LabelColumnName = "Label",
                RowGroupColumnName = "GroupKey",
                FeatureColumnName = "Features",
                NumberOfTrees = result.GetValue(trees),
                NumberOfLeaves = result.GetValue(leaves),
                MinimumExampleCountPerLeaf = result.GetValue(minLeaf),
                LearningRate = result.GetValue(rate),
                NumberOfThreads = 2,
            };
            var pipeline = ml.Transforms.Conversion.MapValueToKey("GroupKey", "Group").Append(ml.Ranking.Trainers.FastTree(options));
            var model = pipeline.Fit(view);
            var ranker = ToRanker(model.LastTransformer.Model);
            CheckParity(ml, model, rows.Take(2000).ToList(), ranker);

            Report("own dev split", examples.Where(e => e.Email.IsDev).ToList(), ranker);
            Report("own dev, natural", examples.Where(e => e.Email.IsDev && Natural(e.Email)).ToList(), ranker);
            foreach (var source in examples.Where(e => e.Email.IsDev && !Natural(e.Email)).GroupBy(e => e.Email.Source).OrderBy(g => g.Key))
            {
                Report("dev " + source.Key, source.ToList(), ranker);
            }
            Report("train split (fitted)", train, ranker);
            if (result.GetValue(misses))
            {
                // Training rows only (never a held-out one): where the ranker changed the rules' answer.
                foreach (var e in train)
                {
                    var pick = ranker.Choose(e.Candidates, e.Rule);
                    if (Evaluation.Normalise(pick) != Evaluation.Normalise(e.Rule))
                    {
                        var gold = e.Candidates.FirstOrDefault(c => Same(c, e.Email));
                        var top = e.Candidates.OrderByDescending(c => ranker.Score(c.Features)).Take(3).Select(c => $"{c.Name} {ranker.Score(c.Features):F1}");
                        Console.Out.WriteLine($"  {e.Email.Id}: {e.Email.Company} ({(gold is null ? "not a candidate" : ranker.Score(gold.Features).ToString("F1", CultureInfo.InvariantCulture))}) | rule {e.Rule} | {string.Join(" ; ", top)}");
                    }
                }
            }
            foreach (var group in result.GetValue(heldout) ?? [])
            {
                var held = TrainingCorpus.Read(group.Split('+')).Where(Named).Select(Prepare).ToList();
                Report(Path.GetFileName(group.Split('+')[0]), held, ranker);
            }

            if (result.GetValue(write) is { } path)
            {
                using var file = File.Create(path);
                ranker.Write(file);
                Console.Out.WriteLine($"wrote {path}");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static bool Natural(LabelledEmail row) => row.Source.StartsWith("blind-", StringComparison.Ordinal) || row.Source == "written-natural";

    private static bool Named(LabelledEmail row) => row.Label != EmailLabels.None && !string.IsNullOrWhiteSpace(row.Company);

    private static bool Same(CompanyCandidate candidate, LabelledEmail row) => Evaluation.Normalise(candidate.Name) == Evaluation.Normalise(row.Company);

    private static Example Prepare(LabelledEmail row)
    {
        var text = MailTextReader.Read(row.Email);
        var rule = CompanyAndRole.ExtractByRules(text, row.Email.To).Company;
        return new Example(row, rule, CompanyAndRole.Candidates(text, row.Email.To, rule));
    }

    private static void Report(string name, List<Example> examples, CompanyRanker ranker)
    {
        var f = CultureInfo.InvariantCulture;
        var rules = examples.Count(e => Evaluation.Normalise(e.Rule) == Evaluation.Normalise(e.Email.Company));
        var reachable = examples.Count(e => e.Candidates.Any(c => Same(c, e.Email)));
        Console.Out.Write(string.Format(f, "{0,-28} {1,5} rows  reachable {2:F3}  rules {3:F3}", name, examples.Count, (double)reachable / examples.Count, (double)rules / examples.Count));
        foreach (var margin in new[] { 0.0, 0.5, 1.0, 2.0 })
        {
            var hits = 0;
            var changed = 0;
            foreach (var e in examples)
            {
                var pick = Choose(ranker, e, margin);
                hits += Evaluation.Normalise(pick) == Evaluation.Normalise(e.Email.Company) ? 1 : 0;
                changed += Evaluation.Normalise(pick) != Evaluation.Normalise(e.Rule) ? 1 : 0;
            }

            Console.Out.Write(string.Format(f, "  m{0}: {1:F3} ({2} changed)", margin, (double)hits / examples.Count, changed));
        }

        var changes = examples.Select(e => (e, Pick: ranker.Choose(e.Candidates, e.Rule))).Where(x => Evaluation.Normalise(x.Pick) != Evaluation.Normalise(x.e.Rule)).ToList();
        static bool Overlaps(string? a, string? b) => a is not null && b is not null && a.ToLowerInvariant().Split(' ').Intersect(b.ToLowerInvariant().Split(' ')).Any();
        Console.Out.WriteLine($"  changes at the shipped margin: {changes.Count}; sharing a word with the rules' answer {changes.Count(x => Overlaps(x.Pick, x.e.Rule))} (right {changes.Count(x => Overlaps(x.Pick, x.e.Rule) && Evaluation.Normalise(x.Pick) == Evaluation.Normalise(x.e.Email.Company))}); other {changes.Count(x => !Overlaps(x.Pick, x.e.Rule))} (right {changes.Count(x => !Overlaps(x.Pick, x.e.Rule) && Evaluation.Normalise(x.Pick) == Evaluation.Normalise(x.e.Email.Company))}, rules were right {changes.Count(x => !Overlaps(x.Pick, x.e.Rule) && Evaluation.Normalise(x.e.Rule) == Evaluation.Normalise(x.e.Email.Company))})");
        // Where the rules name no one the ranker names someone: how often rightly.
        var none = examples.Where(e => e.Rule is null).ToList();
        var right = none.Count(e => e.Candidates.Count > 0 && Same(e.Candidates.MaxBy(c => ranker.Score(c.Features))!, e.Email));
        Console.Out.WriteLine($"  (rules none: {none.Count}; the ranker's best guess there, not taken, would be right {right})");
    }

    // Each margin for most names, the shipped one for a name that goes on past the rules' answer.
    private static string? Choose(CompanyRanker ranker, Example e, double margin) =>
        ranker.Choose(e.Candidates, e.Rule, margin, Math.Max(margin, CompanyRanker.ExtensionMargin));

    private static CompanyRanker ToRanker(FastTreeRankingModelParameters parameters)
    {
        var ensemble = parameters.TrainedTreeEnsemble;
        var trees = new List<CompanyRanker.Tree>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new InvalidOperationException("A categorical split: the ranker reads numerical splits only.");
            }

            trees.Add(new CompanyRanker.Tree(ensemble.TreeWeights[t], [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild], [.. tree.RightChild], [.. tree.LeafValues]));
        }

        return new CompanyRanker(trees, ensemble.Bias);
    }

    /// <summary>The plain-array trees must score as ML.NET does, or the ranker shipped is not the one measured.</summary>
    private static void CheckParity(MLContext ml, ITransformer model, List<Row> rows, CompanyRanker ranker)
    {
        var scored = ml.Data.CreateEnumerable<Scored>(model.Transform(ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false).ToList();
        var worst = rows.Select((r, i) => Math.Abs(ranker.Score(r.Features) - scored[i].Score)).Max();
        Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "parity with ML.NET over {0} candidates: largest difference {1:G3}", rows.Count, worst));
        if (worst > 1e-3)
        {
            throw new InvalidOperationException("The exported trees do not score as ML.NET does.");
        }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
