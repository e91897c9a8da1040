using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ApplyTrack.Classification.Model;

/// <summary>One row the model reads: the cleaned subject and newest-message body, and the rule signals as tokens.</summary>
internal sealed class EventModelInput
{
    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public string Signals { get; set; } = "";

    public string Event { get; set; } = "";

    public float Weight { get; set; } = 1f;
}

internal sealed class EventModelOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

/// <summary>Which ML.NET trainer learns the event from the text features; chosen by the dev-split comparison.</summary>
internal enum EventTrainer
{
    Sdca,
    Lbfgs,
    AveragedPerceptron,
}

/// <summary>
/// The ML.NET part of the classifier: n-gram features of subject, body and signals, and a linear multiclass model
/// over <see cref="EmailEvents.All"/>. Predictions go through <see cref="LinearTextScorer"/> (the same arithmetic without
/// ML.NET's engine); the ML.NET pipeline itself is loaded only when something asks for it (training, saving, the
/// engine as a reference or a fallback). Prediction engines are not thread-safe, so they are pooled.
/// </summary>
internal sealed class EventModel
{
    private readonly Lazy<(MLContext Ml, ITransformer Model)> _pipeline;
    private readonly ConcurrentBag<PredictionEngine<EventModelInput, EventModelOutput>> _engines = [];
    private readonly LinearTextScorer? _scorer;

    private EventModel(MLContext ml, ITransformer model)
    {
        _pipeline = new(() => (ml, model));
        _scorer = LinearTextScorer.TryCreate(model, ClassNames(ml, model), out var whyNot);
        DirectUnavailable = whyNot;
    }

    private EventModel(LinearTextScorer scorer, Func<(MLContext Ml, ITransformer Model)> pipeline)
    {
        if (!scorer.ClassNames.SequenceEqual(EmailEvents.All))
        {
            throw new InvalidDataException($"The model's classes [{string.Join(", ", scorer.ClassNames)}] are not the expected events.");
        }

        _scorer = scorer;
        _pipeline = new(pipeline);
    }

    /// <summary>Whether predictions bypass ML.NET's engine (the pipeline is the shape <see cref="LinearTextScorer"/> reads).</summary>
    public bool IsDirect => _scorer is not null;

    /// <summary>Why predictions go through the engine, when they do.</summary>
    public string? DirectUnavailable { get; }

    /// <summary>Whether the ML.NET pipeline has been loaded (a model read with its scorer tables loads it only on demand).</summary>
    internal bool PipelineLoaded => _pipeline.IsValueCreated;

    /// <summary>
    /// The score vector's classes, in order; they must be <see cref="EmailEvents.All"/> (the key order fixed at training
    /// time), else loading fails fast. The schema alone says so: no prediction engine (and none of its code) is made.
    /// </summary>
    private static string[] ClassNames(MLContext ml, ITransformer model)
    {
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<EventModelInput>()).Schema);
        var slots = new VBuffer<ReadOnlyMemory<char>>();
        schema["Score"].GetSlotNames(ref slots);
        var names = slots.DenseValues().Select(s => s.ToString()).ToArray();
        if (!names.SequenceEqual(EmailEvents.All))
        {
            throw new InvalidDataException($"The model's classes [{string.Join(", ", names)}] are not the expected events.");
        }

        return names;
    }

    public static EventModel Train(IReadOnlyList<EventModelInput> rows, EventTrainer trainer, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion
            .MapValueToKey("Label", nameof(EventModelInput.Event), keyData: ml.Data.LoadFromEnumerable(EmailEvents.All.Select(e => new KeyRow(e))))
            .Append(ml.Transforms.Text.FeaturizeText("SubjectFeatures", TextOptions(words: 6_000, chars: 6_000), nameof(EventModelInput.Subject)))
            .Append(ml.Transforms.Text.FeaturizeText("BodyFeatures", TextOptions(words: 15_000, chars: 15_000), nameof(EventModelInput.Body)))
            .Append(ml.Transforms.Text.FeaturizeText("SignalFeatures", TextOptions(words: 3_000, chars: 0), nameof(EventModelInput.Signals)))
            .Append(ml.Transforms.Concatenate("Features", "SubjectFeatures", "BodyFeatures", "SignalFeatures"))
            .Append(Trainer(ml, trainer));
        return new EventModel(ml, pipeline.Fit(data));
    }

    /// <summary>The model from its ML.NET pipeline alone (artifact format 6, or a format-7 artifact without scorer tables).</summary>
    public static EventModel Load(Stream stream)
    {
        var (ml, model) = LoadPipeline(stream);
        return new EventModel(ml, model);
    }

    /// <summary>
    /// The model from its scorer tables; the ML.NET pipeline (<paramref name="pipeline"/>, the saved model's bytes) is
    /// loaded only if the engine is ever asked for.
    /// </summary>
    public static EventModel FromScorer(LinearTextScorer scorer, byte[] pipeline) =>
        new(scorer, () =>
        {
            var (ml, model) = LoadPipeline(new MemoryStream(pipeline, writable: false));
            _ = ClassNames(ml, model);
            return (ml, model);
        });

    private static (MLContext Ml, ITransformer Model) LoadPipeline(Stream stream)
    {
        var ml = new MLContext(seed: 0);
        return (ml, ml.Model.Load(stream, out _));
    }

    public void Save(Stream stream, IReadOnlyList<EventModelInput> schemaSource)
    {
        var (ml, model) = _pipeline.Value;
        var schema = ml.Data.LoadFromEnumerable(schemaSource.Take(1)).Schema;
        using var saved = new MemoryStream();
        ml.Model.Save(model, schema, saved);
        saved.Position = 0;
        ModelArtifact.Restamp(saved, stream);
    }

    /// <summary>Writes the scorer's tables (the artifact's <c>scorer.bin</c>), which classifying reads instead of the pipeline.</summary>
    public void SaveScorer(Stream stream) =>
        (_scorer ?? throw new InvalidOperationException($"This model is scored through ML.NET's engine ({DirectUnavailable}); it has no scorer tables to save.")).Write(stream);

    /// <summary>Probability of each event, in <see cref="EmailEvents.All"/> order.</summary>
    public float[] Predict(EventModelInput input) => _scorer?.Predict(input) ?? PredictWithEngine(input);

    /// <summary>The same probabilities through ML.NET's prediction engine: the reference <see cref="LinearTextScorer"/> is checked against.</summary>
    public float[] PredictWithEngine(EventModelInput input)
    {
        var engine = Rent();
        try
        {
            return engine.Predict(input).Score;
        }
        finally
        {
            Return(engine);
        }
    }

    private PredictionEngine<EventModelInput, EventModelOutput> Rent() =>
        _engines.TryTake(out var engine) ? engine : _pipeline.Value.Ml.Model.CreatePredictionEngine<EventModelInput, EventModelOutput>(_pipeline.Value.Model);

    private void Return(PredictionEngine<EventModelInput, EventModelOutput> engine) => _engines.Add(engine);

    private static IEstimator<ITransformer> Trainer(MLContext ml, EventTrainer trainer) => trainer switch
    {
        // One thread: SDCA is only reproducible when it does not race.
        EventTrainer.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(EventModelInput.Weight),
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 60,
            L2Regularization = 1e-4f,
            L1Regularization = 0f,
        }),
        EventTrainer.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(EventModelInput.Weight),
            NumberOfThreads = 1,
            L2Regularization = 0.01f,
            L1Regularization = 0.005f,
            HistorySize = 20,
            // Run to convergence (tolerance 1e-7, no cap), training took over 8 CPU minutes; these stop it where the
            // tuning split no longer moves (bench/RESULTS.md), so a retrain fits a busy two-core machine.
            OptimizationTolerance = 1e-4f,
            MaximumNumberOfIterations = 300,
        }),
        EventTrainer.AveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: "Label", featureColumnName: "Features", numberOfIterations: 20),
            labelColumnName: "Label"),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer)),
    };

    internal static TextFeaturizingEstimator.Options TextOptions(int words, int chars) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = false,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [words, words] },
        CharFeatureExtractor = chars == 0 ? null : new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false, MaximumNgramsCount = [chars] },
    };

    private sealed record KeyRow(string Event);
}
