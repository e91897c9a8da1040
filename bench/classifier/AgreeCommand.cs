using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ApplyTrack.Classification.Model;
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

            // The early exit the speed work considered: no phrase cue in subject or body and no ATS sender, read as
            // everyday mail without the model. How often the full path disagrees says whether it may be taken.
            var noCue = rows.AsParallel().AsOrdered().Select(r => EmailFeatures.Of(r.Email))
                .Select(x => x.SubjectCues.Count == 0 && x.BodyCues.Count == 0 && x.AtsVendor is null).ToList();
            var exits = predictions.Where((_, i) => noCue[i]).ToList();
            Console.WriteLine($"early exit 'no cue, no ATS sender → everyday mail': {exits.Count} of {predictions.Count} emails would take it; " +
                              $"the full path calls {exits.Count(p => p.Label != EmailLabels.None)} of them job events " +
                              $"({string.Join(", ", exits.Where(p => p.Label != EmailLabels.None).GroupBy(p => p.Label).Select(g => $"{g.Key} {g.Count()}"))})");
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
                    if (differ <= 10)
                    {
                        Console.WriteLine($"differs: {a.Id}: {a.Label}/{a.Event} {a.Confidence:R} → {b.Label}/{b.Event} {b.Confidence:R} (max Δp {delta:G3})");
                    }
                }
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} emails: {1} the same (label, event, probabilities to 1e-6, company, role, note, reasons), {2} differ; largest probability difference {3:G3}; " +
                "{4} of the same show a confidence rounded to 4 places one digit apart",
                before.Count, before.Count - differ, differ, maxDelta, roundingOnly));
            return differ == 0 ? 0 : 1;
        });
        return command;
    }

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
