using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;
using Microsoft.ML;

namespace ApplyTrack.Classification.Bench;

/// <summary>Where a fresh process's model load goes: each step of it in turn, on one thread, in process CPU and wall time.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var command = new Command("load", "CPU and wall time of each step of loading the classifier, one after another, in a fresh process.");
        command.SetAction((ParseResult result) =>
        {
            var f = CultureInfo.InvariantCulture;
            void Step(string name, Action action)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                action();
                wall.Stop();
                process.Refresh();
                Console.WriteLine(string.Format(f, "{0,-44} CPU {1,6:F0} ms, wall {2,6:F0} ms", name, (process.TotalProcessorTime - cpu).TotalMilliseconds, wall.Elapsed.TotalMilliseconds));
            }

            byte[] model = [];
            ITransformer? transformer = null;
            EmailFeatures? features = null;
            Step("ModelArtifact.Read (the embedded artifact)", () =>
            {
                using var stream = EmailClassifier.OpenEmbeddedModel();
                var (manifest, read) = ModelArtifact.Read(stream);
                Console.WriteLine($"  format {manifest.Format}, {(read.IsDirect ? "direct scorer" : "ML.NET engine")}, pipeline loaded: {read.PipelineLoaded}");
            });
            Step("read the artifact's model entry", () =>
            {
                using var stream = EmailClassifier.OpenEmbeddedModel();
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                using var entry = zip.GetEntry("events.mlnet")!.Open();
                using var buffer = new MemoryStream();
                entry.CopyTo(buffer);
                model = buffer.ToArray();
            });
            Step("ML.NET: MLContext + Model.Load", () => transformer = new MLContext(0).Model.Load(new MemoryStream(model), out _));
            Step("LinearTextScorer from the transformers", () => LinearTextScorer.TryCreate(transformer!, [.. EmailEvents.All], out _));
            Step("reading + cues + masking (warm-up email)", () => features = EmailFeatures.Of(new EmailInput("Dana Reyes <dana@example.com>", "you@example.com", "Interview for the Data Analyst role", "Hi Sam,\nThank you for applying. We would like to invite you to an interview for the Data Analyst position at Acme.", null)));
            Step("guard features + model input", () => { _ = features!.IsPersonalNote; features!.ToModelInput(); });
            Step("company/role + round note", () => { CompanyAndRole.Extract(features!.Text, "you@example.com"); RoundNote.For(EmailEvents.InterviewInvite, features.MaskedSubject, features.MaskedBody); });
            Step("EmailClassifier.LoadDefault (rest)", () => EmailClassifier.LoadDefault());
            Step("first Classify", () => EmailClassifier.LoadDefault().Classify(new EmailInput("a@b.com", null, "Thank you for applying", "We received your application.", null)));
            return 0;
        });
        return command;
    }
}
