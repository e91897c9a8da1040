using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ApplyTrack.Classification.Cli;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>
/// Proof that a speed change changed no prediction: <c>--write</c> records every email's label, event, confidence,
/// the eleven event probabilities after the guards (unrounded), company, role, note and reasons; <c>--compare</c>
/// reads such a file back and counts the emails on which this build differs (probabilities by more than 1e-6,
/// anything else at all).
/// </summary>
internal static class AgreeCommand
{
    private const double Tolerance = 1e-6;

    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "Labelled JSON Lines files or folders." };
        var write = new Option<FileInfo?>("--write") { Description = "Write this build's predictions here (JSON Lines)." };
        var compare = new Option<FileInfo?>("--compare") { Description = "Compare this build's predictions with a file written by --write." };
        var command = new Command("agree", "Record this build's predictions, or check them against a recorded run (identical predictions).") { data, write, compare };
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var rows = TrainingCorpus.Read(result.GetValue(data)!);
            var classifier = EmailClassifier.LoadDefault();
            var model = classifier.Model;
            Console.WriteLine(model.IsDirect ? "model: direct scorer" : $"model: ML.NET engine ({model.DirectUnavailable})");
            var engineDelta = rows.AsParallel().Select(r =>
            {
                var input = EmailFeatures.Of(r.Email).ToModelInput();
                return model.Predict(input).Zip(model.PredictWithEngine(input), (a, b) => Math.Abs(a - b)).Max();
            }).ToList();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "model scores against ML.NET's engine: largest difference {0:G3}, {1} emails above 1e-6",
                engineDelta.Max(), engineDelta.Count(d => d > Tolerance)));
            var predictions = rows.AsParallel().AsOrdered().Select(r => Predict(classifier, r)).ToList();

            ReportCascade(rows, classifier);
            if (result.GetValue(write) is { } output)
            {
                await File.WriteAllLinesAsync(output.FullName, predictions.Select(p => JsonSerializer.Serialize(p)), cancellationToken);
                Console.WriteLine($"wrote {predictions.Count} predictions to {output.FullName}");
            }

            if (result.GetValue(compare) is not { } recorded)
            {
                return 0;
            }

            var before = (await File.ReadAllLinesAsync(recorded.FullName, cancellationToken)).Select(l => JsonSerializer.Deserialize<Prediction>(l)!).ToList();
            if (before.Count != predictions.Count)
            {
                Console.WriteLine($"different corpus: {before.Count} recorded, {predictions.Count} now");
                return 1;
            }

            var differ = 0;
            var roundingOnly = 0;
            var maxDelta = 0.0;
            var labelChanges = new List<string>();
            var eventOnly = 0;
            for (var i = 0; i < before.Count; i++)
            {
                var (a, b) = (before[i], predictions[i]);
                // The probabilities (and so the unrounded confidence, their sum over the label's events) to 1e-6; the
                // printed confidence is rounded to 4 places, so a difference below 1e-6 can still flip its last digit.
                var delta = a.Probabilities.Zip(b.Probabilities, (x, y) => Math.Abs(x - y)).DefaultIfEmpty(0).Max();
                maxDelta = Math.Max(maxDelta, delta);
                var same = a.Id == b.Id && a.Label == b.Label && a.Event == b.Event && delta <= Tolerance && a.Company == b.Company &&
                           a.Role == b.Role && a.Note == b.Note && a.Reasons.SequenceEqual(b.Reasons, ReasonComparer);
                if (same && a.Confidence != b.Confidence)
                {
                    roundingOnly++;
                }

                if (!same)
                {
                    differ++;
                    if (a.Label != b.Label)
                    {
                        labelChanges.Add($"label changed: {a.Id}: {a.Label}/{a.Event} {a.Confidence:R} → {b.Label}/{b.Event} {b.Confidence:R}");
                    }
                    else if (a.Event != b.Event)
                    {
                        eventOnly++;
                    }

                    if (differ <= 10)
                    {
                        Console.WriteLine($"differs: {a.Id}: {a.Label}/{a.Event} {a.Confidence:R} → {b.Label}/{b.Event} {b.Confidence:R} (max Δp {delta:G3})");
                    }
                }
            }

            // Every changed label is listed: the proof that a deliberate change (the cheap everyday path) moved no job email.
            labelChanges.ForEach(Console.WriteLine);
            Console.WriteLine($"of the {differ} that differ: label changed {labelChanges.Count}, event within the same label {eventOnly}, " +
                              $"the rest only in confidence, reasons or the other fields {differ - labelChanges.Count - eventOnly}");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} emails: {1} the same (label, event, probabilities to 1e-6, company, role, note, reasons), {2} differ; largest probability difference {3:G3}; " +
                "{4} of the same show a confidence rounded to 4 places one digit apart",
                before.Count, before.Count - differ, differ, maxDelta, roundingOnly));
            return differ == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// Which emails the cheap everyday path takes, and what the full path says of them: none may be a job event. Also the
    /// share of all mail and of everyday mail that takes it, whether its event is the full path's, and the same for the
    /// cascade's conditions one by one (no job word; and the first stage sure).
    /// </summary>
    private static void ReportCascade(IReadOnlyList<LabelledEmail> rows, EmailClassifier classifier)
    {
        var seen = rows.AsParallel().AsOrdered().Select(r =>
        {
            var text = MailTextReader.Read(r.Email);
            var noJobWord = (text.Subject.Length > 0 || text.Body.Length > 0) && EverydayPath.HoldsNoJobWord(text, EmailFeatures.VendorOf(text));
            var scores = noJobWord ? classifier.FirstStage(EmailFeatures.WithoutCues(r.Email, text)) : null;
            return new Seen(r, classifier.ClassifyWithoutCascade(r.Email), noJobWord,
                scores is null ? 0 : EverydayPath.EverydayMass(scores), scores is null ? null : EverydayPath.EventOf(scores).Event);
        }).ToList();
        // The model was trained on most of these rows, so its first stage knows them: the rows it never saw (the tuning
        // split) are the honest test of the first stage's part of the decision.
        var trained = ModelOption.TrainedRows(null);
        foreach (var (part, rowsOf) in new[] { ("all rows", seen), ("rows the model never trained on", seen.Where(s => !trained.Contains(s.Row.Email)).ToList()) })
        {
            Console.WriteLine($"{part}:");
            Report("no job word, no ATS sender", rowsOf, s => s.NoJobWord, list: false);
            Report("… and the first stage at least 0.9", rowsOf, s => s.NoJobWord && s.EverydayMass >= 0.9, list: false);
            Report($"… and the first stage at least {EverydayPath.SureEverydayMass} (the cascade)", rowsOf, s => s.NoJobWord && s.EverydayMass >= EverydayPath.SureEverydayMass, list: true);
        }
    }

    private static void Report(string name, List<Seen> seen, Func<Seen, bool> cheapIf, bool list)
    {
        var cheap = seen.Where(cheapIf).ToList();
        var everyday = seen.Count(s => s.Full.Label == EmailLabels.None);
        var truthEveryday = seen.Count(s => s.Row.Label == EmailLabels.None);
        var f = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(f, "cheap path '{0}': {1} of {2} emails ({3:P1}); of the {4} the full path calls everyday {5} ({6:P1}); of the {7} labelled everyday {8} ({9:P1})",
            name, cheap.Count, seen.Count, (double)cheap.Count / seen.Count, everyday, cheap.Count(s => s.Full.Label == EmailLabels.None),
            (double)cheap.Count(s => s.Full.Label == EmailLabels.None) / Math.Max(1, everyday), truthEveryday,
            cheap.Count(s => s.Row.Label == EmailLabels.None), (double)cheap.Count(s => s.Row.Label == EmailLabels.None) / Math.Max(1, truthEveryday)));
        var jobs = cheap.Where(s => s.Full.Label != EmailLabels.None).ToList();
        Console.WriteLine($"  the full path calls {jobs.Count} of them job events ({string.Join(", ", jobs.GroupBy(s => s.Full.Label).Select(g => $"{g.Key} {g.Count()}"))}); " +
                          $"labelled job mail among them: {cheap.Count(s => s.Row.Label != EmailLabels.None)}; the first stage's everyday event is the full path's on {cheap.Count(s => s.FirstEvent == s.Full.Event)}, " +
                          $"the label's on {cheap.Count(s => s.FirstEvent == s.Row.Event)} (the full path's on {cheap.Count(s => s.Full.Event == s.Row.Event)})");
        if (!list)
        {
            return;
        }

        foreach (var s in jobs)
        {
            Console.WriteLine($"  full path job event on the cheap path: {s.Row.Id}: {s.Full.Label}/{s.Full.Event} {s.Full.Confidence:R} (labelled {s.Row.Label}/{s.Row.Event}; first stage everyday {s.EverydayMass:F4})");
        }

        foreach (var s in cheap.Where(s => s.Row.Label != EmailLabels.None && s.Full.Label == EmailLabels.None))
        {
            Console.WriteLine($"  labelled job mail on the cheap path (the full path misses it too): {s.Row.Id}: labelled {s.Row.Label}/{s.Row.Event}");
        }
    }

    private sealed record Seen(LabelledEmail Row, EmailClassification Full, bool NoJobWord, double EverydayMass, string? FirstEvent);

    private static Prediction Predict(EmailClassifier classifier, LabelledEmail row)
    {
        var c = classifier.Classify(row.Email);
        var features = EmailFeatures.Of(row.Email);
        var probabilities = features.Text.Subject.Length == 0 && features.Text.Body.Length == 0
            ? []
            : classifier.Probabilities(features, []).Values.ToArray();
        return new Prediction(row.Id, c.Label, c.Event, c.Confidence, probabilities, c.Company, c.Role, c.Note, c.Reasons.ToArray());
    }

    /// <summary>Reasons compare as text, except the model line's rounded percentage ("model: offer (97%)"), which follows the confidence.</summary>
    private static readonly IEqualityComparer<string> ReasonComparer = EqualityComparer<string>.Create(
        (x, y) => x == y || x is not null && y is not null && x.StartsWith("model: ", StringComparison.Ordinal) && y.StartsWith("model: ", StringComparison.Ordinal) &&
                  x[..x.LastIndexOf('(')] == y[..y.LastIndexOf('(')],
        x => x.StartsWith("model: ", StringComparison.Ordinal) ? x[..x.LastIndexOf('(')].GetHashCode(StringComparison.Ordinal) : x.GetHashCode(StringComparison.Ordinal));

    internal sealed record Prediction(string Id, string Label, string Event, double Confidence, double[] Probabilities, string? Company, string? Role, string? Note, string[] Reasons);
}
