using System.IO.Compression;
using System.Text;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Format 7 carries the scorer's own tables (<c>scorer.bin</c>) beside the ML.NET model, so classifying never loads
/// the ML.NET pipeline. These check that the tables give exactly the engine's scores, that a format-6 artifact (no
/// tables) is still read with the same predictions, that it upgrades to the very bytes the trainer writes, and that a
/// damaged or unknown artifact fails with a clear error.
/// </summary>
public sealed class ModelArtifactFormatTests
{
    private static readonly (string Subject, string Body)[] Probes =
    [
        ("Thank you for applying", "We received your application for the Analyst role."),
        ("Interview invitation", "We would like to invite you to an interview next week."),
        ("Your offer letter", "We are delighted to offer you the position with a base salary of 90,000."),
        ("Update on your application", "Unfortunately we will not be moving forward with your application."),
        ("50% off today only", "Shop now and save with this exclusive deal."),
        ("Ǆ İstanbul ΆΈΉ", "e\u0301 a\u0300 \u05B0\u0610 ½ ² \uFFFF \uD83D\uDE00 \uD800 lone|pipe"),
        ("", ""),
    ];

    private static readonly (string Label, string Event, string Subject, string Body)[] Examples =
    [
        ("applied", "application_received", "Thank you for applying", "We received your application for the Analyst role."),
        ("applied", "application_received", "Application received", "Your application has been received and is under review."),
        ("interviewing", "interview_invite", "Interview invitation", "We would like to invite you to an interview next week."),
        ("interviewing", "assessment", "Coding assessment", "Please complete the HackerRank assessment within five days."),
        ("offer", "offer", "Your offer letter", "We are delighted to offer you the position with a base salary of 90,000."),
        ("rejected", "rejection", "Update on your application", "Unfortunately we will not be moving forward with your application."),
        ("none", "not_job", "Lunch on Friday?", "Want to grab lunch on Friday? Ünïcödé café."),
        ("none", "marketing", "50% off today only", "Shop now and save with this exclusive deal."),
        ("none", "job_alert", "New jobs for you", "Data Analyst at Acme. Apply now. Unsubscribe."),
    ];

    private static readonly Lazy<byte[]> Trained = new(() =>
    {
        var corpus = Enumerable.Range(0, 4).SelectMany(copy => Examples.Select((e, i) => new LabelledEmail(
            $"f{copy}-{i}", new EmailInput("Sender <s@example.com>", null, e.Subject, e.Body, null), e.Label, e.Event, "en", "test", null, null, null))).ToList();
        using var stream = new MemoryStream();
        Trainer.Train(corpus, EventTrainer.Lbfgs, seed: 1, stream);
        return stream.ToArray();
    });

    private static HashSet<string> EntriesOf(byte[] artifact)
    {
        using var zip = new ZipArchive(new MemoryStream(artifact), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToHashSet();
    }

    /// <summary>The same artifact as format 6 wrote it: no scorer tables, format 6 in the manifest.</summary>
    private static byte[] AsFormat6(byte[] artifact) => Rewrite(artifact, (name, bytes) => name switch
    {
        "scorer.bin" => null,
        "manifest.json" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\"format\": 7", "\"format\": 6", StringComparison.Ordinal)),
        _ => bytes,
    });

    private static byte[] Rewrite(byte[] artifact, Func<string, byte[], byte[]?> change)
    {
        using var input = new ZipArchive(new MemoryStream(artifact), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var read = new MemoryStream();
                using (var from = entry.Open())
                {
                    from.CopyTo(read);
                }

                if (change(entry.FullName, read.ToArray()) is { } bytes)
                {
                    using var to = zip.CreateEntry(entry.FullName).Open();
                    to.Write(bytes);
                }
            }
        }

        return output.ToArray();
    }

    private static float[][] Scores(EmailClassifier classifier) =>
        Probes.Select(p => classifier.Model.Predict(EmailFeatures.Of(new EmailInput("Dana <d@example.com>", null, p.Subject, p.Body, null)).ToModelInput())).ToArray();

    [Fact]
    public void Trainer_writes_the_scorer_tables_and_classifying_never_loads_the_pipeline()
    {
        var classifier = EmailClassifier.Load(new MemoryStream(Trained.Value));

        Assert.Contains("scorer.bin", EntriesOf(Trained.Value));
        Assert.Equal(7, classifier.Manifest.Format);
        Assert.True(classifier.Model.IsDirect);
        classifier.Classify(new EmailInput(null, null, "Interview invitation", "We would like to invite you to an interview.", null));
        Assert.False(classifier.Model.PipelineLoaded);
    }

    [Fact]
    public void The_shipped_model_is_format_7_and_loads_without_the_pipeline()
    {
        using var stream = EmailClassifier.OpenEmbeddedModel();
        var classifier = EmailClassifier.Load(stream);

        Assert.Equal(ModelArtifact.CurrentFormat, classifier.Manifest.Format);
        Assert.False(classifier.Model.PipelineLoaded);
    }

    [Fact]
    public void Scores_from_the_tables_are_the_engines_bit_for_bit()
    {
        var classifier = EmailClassifier.Load(new MemoryStream(Trained.Value));
        var fromTables = Scores(classifier);

        var fromEngine = Probes.Select(p => classifier.Model.PredictWithEngine(EmailFeatures.Of(new EmailInput("Dana <d@example.com>", null, p.Subject, p.Body, null)).ToModelInput())).ToArray();

        Assert.True(classifier.Model.PipelineLoaded);
        for (var i = 0; i < Probes.Length; i++)
        {
            Assert.All(fromTables[i].Zip(fromEngine[i]), pair => Assert.True(Math.Abs(pair.First - pair.Second) <= 1e-6, $"{pair.First:R} vs {pair.Second:R}"));
        }
    }

    [Fact]
    public void A_format_6_artifact_is_still_read_and_predicts_the_same()
    {
        var current = EmailClassifier.Load(new MemoryStream(Trained.Value));
        var old = EmailClassifier.Load(new MemoryStream(AsFormat6(Trained.Value)));

        Assert.Equal(6, old.Manifest.Format);
        Assert.True(old.Model.IsDirect);
        Assert.Equal(Scores(current), Scores(old));
    }

    [Fact]
    public void A_format_6_artifact_upgrades_to_the_bytes_the_trainer_writes()
    {
        using var upgraded = new MemoryStream();

        ModelArtifact.Upgrade(new MemoryStream(AsFormat6(Trained.Value)), upgraded);

        Assert.Equal(Trained.Value, upgraded.ToArray());
        Assert.Throws<InvalidDataException>(() => ModelArtifact.Upgrade(new MemoryStream(Trained.Value), new MemoryStream()));
    }

    [Fact]
    public void The_tables_round_trip_the_shipped_model_exactly()
    {
        var shipped = EmailClassifier.LoadDefault();
        using var entry = new ZipArchive(EmailClassifier.OpenEmbeddedModel(), ZipArchiveMode.Read).GetEntry("scorer.bin")!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        var scorer = LinearTextScorer.Read(new MemoryStream(copy.ToArray()));
        using var written = new MemoryStream();

        scorer.Write(written);

        Assert.Equal(copy.ToArray(), written.ToArray());
        Assert.Equal(EmailEvents.All, scorer.ClassNames);
        foreach (var (subject, body) in Probes)
        {
            var input = EmailFeatures.Of(new EmailInput("Dana <d@example.com>", null, subject, body, null)).ToModelInput();
            Assert.Equal(shipped.Model.Predict(input), scorer.Predict(input));
        }
    }

    [Fact]
    public void The_tables_normalise_every_character_as_MLNET_does()
    {
        using var entry = new ZipArchive(EmailClassifier.OpenEmbeddedModel(), ZipArchiveMode.Read).GetEntry("scorer.bin")!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        var scorer = LinearTextScorer.Read(new MemoryStream(copy.ToArray()));
        var all = string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c));

        Assert.Equal(LinearTextScorer.Normalise(all), scorer.NormaliseAsScored(all));
    }

    [Fact]
    public void Damaged_scorer_tables_are_a_clear_error()
    {
        var truncated = Rewrite(Trained.Value, (name, bytes) => name == "scorer.bin" ? bytes[..(bytes.Length / 2)] : bytes);
        var foreign = Rewrite(Trained.Value, (name, bytes) => name == "scorer.bin" ? Encoding.UTF8.GetBytes("not the tables") : bytes);

        Assert.Contains("damaged", Assert.Throws<InvalidDataException>(() => EmailClassifier.Load(new MemoryStream(truncated))).Message);
        Assert.Contains("layout", Assert.Throws<InvalidDataException>(() => EmailClassifier.Load(new MemoryStream(foreign))).Message);
    }

    [Fact]
    public void A_format_before_6_is_refused_with_the_way_out()
    {
        var format5 = Rewrite(AsFormat6(Trained.Value), (name, bytes) =>
            name == "manifest.json" ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\"format\": 6", "\"format\": 5", StringComparison.Ordinal)) : bytes);

        var error = Assert.Throws<InvalidDataException>(() => EmailClassifier.Load(new MemoryStream(format5)));

        Assert.Contains("format 5", error.Message);
        Assert.Contains("applytrack train", error.Message);
    }
}
