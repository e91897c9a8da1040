using ApplyTrack.Classification.Model;

namespace ApplyTrack.Classification.Training;

/// <summary>
/// Trains the event model on the train split and writes the artifact. Reproducible: rows are sorted by id, the
/// split is a hash of the id (or template), the ML.NET context is seeded and the trainer runs on one thread.
/// </summary>
internal static class Trainer
{
    /// <summary>Rarer events count more, so a few hundred written offers are not drowned by thousands of ham mails.</summary>
    private const double MaxClassWeight = 8;

    public static (EmailClassifier Classifier, ModelManifest Manifest) Train(
        IReadOnlyList<LabelledEmail> corpus, EventTrainer trainer, int seed, Stream artifact, TextWriter? log = null)
    {
        var train = corpus.Where(r => !r.IsDev).ToList();
        if (train.Count == 0)
        {
            throw new InvalidOperationException("No training rows: every row fell in the dev split.");
        }

        var counts = train.GroupBy(r => r.Event).ToDictionary(g => g.Key, g => g.Count());
        var largest = counts.Values.Max();
        var rows = train
            .Select(r => EmailFeatures.Of(r.Email).ToModelInput(r.Event, (float)Math.Min(MaxClassWeight, Math.Sqrt((double)largest / counts[r.Event]))))
            .ToList();
        log?.WriteLine($"training {trainer} on {rows.Count} emails ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}"))})");

        var model = EventModel.Train(rows, trainer, seed);
        var manifest = new ModelManifest(
            ModelArtifact.CurrentFormat,
            trainer.ToString(),
            seed,
            EmailEvents.All,
            rows.Count,
            train.GroupBy(r => r.Source).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            train.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal).ToList());
        ModelArtifact.Write(artifact, manifest, TrainedRows.Of(train.Select(r => r.Email)), stream => model.Save(stream, rows),
            model.IsDirect ? model.SaveScorer : null);
        return (EmailClassifier.FromModel(manifest, model), manifest);
    }

    /// <summary>
    /// What <c>eval</c> scores: every row, or (by default) every row whose content the model was not trained on —
    /// the tuning split of the training data, and all of a set kept apart from it.
    /// </summary>
    public static (IReadOnlyList<LabelledEmail> Scored, int TrainedOn) Unseen(IReadOnlyList<LabelledEmail> corpus, TrainedRows trained)
    {
        var unseen = corpus.Where(r => !trained.Contains(r.Email)).ToList();
        return (unseen, corpus.Count - unseen.Count);
    }

    public static Evaluation Evaluate(EmailClassifier classifier, IEnumerable<LabelledEmail> rows) =>
        new(rows.AsParallel().AsOrdered().Select(r => new Scored(r, classifier.Classify(r.Email))).ToList());
}
