using System.IO.Compression;
using System.Text.Json;

namespace ApplyTrack.Classification.Model;

/// <summary>What the trainer records beside the model: enough to know how the artifact was made.</summary>
public sealed record ModelManifest(
    int Format,
    string Trainer,
    int Seed,
    IReadOnlyList<string> Events,
    int TrainingRows,
    IReadOnlyDictionary<string, int> TrainingRowsBySource,
    IReadOnlyList<string> DataSources);

/// <summary>
/// The committed model file: a zip holding <c>manifest.json</c>, the ML.NET model <c>events.mlnet</c>, the scorer's
/// own tables <c>scorer.bin</c> (what classifying reads: the same weights without ML.NET's model loading, see
/// <see cref="LinearTextScorer"/>) and the fingerprints of the emails it was trained on, <c>trained-rows.bin</c> (read
/// only by <c>eval</c>). Bump <see cref="CurrentFormat"/> whenever the features change, so an old artifact is refused
/// instead of misread.
/// </summary>
/// <remarks>
/// Format 7 added <c>scorer.bin</c> to format 6, with the same features; a format-6 artifact is still read (through
/// the ML.NET pipeline, a second slower at start-up), and so is a format-7 one whose model the scorer cannot read
/// (another trainer), which has no <c>scorer.bin</c>.
/// </remarks>
internal static class ModelArtifact
{
    public const int CurrentFormat = 7;

    /// <summary>The last format without scorer tables: same features, read through ML.NET.</summary>
    public const int PipelineOnlyFormat = 6;

    private const string ManifestEntry = "manifest.json";
    private const string ModelEntry = "events.mlnet";
    private const string ScorerEntry = "scorer.bin";
    private const string TrainedRowsEntry = "trained-rows.bin";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // Fixed entry times keep the artifact byte-for-byte reproducible from the same data.
    private static readonly DateTimeOffset Stamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="writeScorer">Writes <c>scorer.bin</c>; null for a model the scorer cannot read (then it is left out).</param>
    public static void Write(Stream destination, ModelManifest manifest, TrainedRows trainedRows, Action<Stream> writeModel, Action<Stream>? writeScorer)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var manifestEntry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
        manifestEntry.LastWriteTime = Stamp;
        using (var stream = manifestEntry.Open())
        {
            JsonSerializer.Serialize(stream, manifest, Json);
        }

        var modelEntry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression);
        modelEntry.LastWriteTime = Stamp;
        using (var stream = modelEntry.Open())
        {
            writeModel(stream);
        }

        if (writeScorer is not null)
        {
            var scorerEntry = zip.CreateEntry(ScorerEntry, CompressionLevel.Optimal);
            scorerEntry.LastWriteTime = Stamp;
            using var stream = scorerEntry.Open();
            writeScorer(stream);
        }

        var rowsEntry = zip.CreateEntry(TrainedRowsEntry, CompressionLevel.Optimal);
        rowsEntry.LastWriteTime = Stamp;
        using (var stream = rowsEntry.Open())
        {
            trainedRows.Write(stream);
        }
    }

    /// <summary>The emails the artifact's model was trained on; the classifier itself never loads them.</summary>
    public static TrainedRows ReadTrainedRows(Stream source)
    {
        using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry(TrainedRowsEntry)
            ?? throw new InvalidDataException($"The model artifact has no {TrainedRowsEntry}, so it cannot say which emails it was trained on; retrain with 'applytrack train' or pass --all-rows.");
        using var stream = entry.Open();
        return TrainedRows.Read(stream);
    }

    /// <summary>Copies a zip (ML.NET's own model file stamps its entries with the time of saving) with fixed entry times.</summary>
    public static void Restamp(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    public static (ModelManifest Manifest, EventModel Model) Read(Stream source)
    {
        using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = ReadManifest(zip);
        if (manifest.Format is not (CurrentFormat or PipelineOnlyFormat))
        {
            throw new InvalidDataException($"Model artifact format {manifest.Format} is not a supported format ({PipelineOnlyFormat} or {CurrentFormat}); retrain with 'applytrack train'.");
        }

        // ML.NET needs a seekable stream; the entry is stored uncompressed, so this is a copy.
        var pipeline = ReadEntry(zip, ModelEntry);
        if (manifest.Format == CurrentFormat && zip.GetEntry(ScorerEntry) is not null)
        {
            using var tables = new MemoryStream(ReadEntry(zip, ScorerEntry), writable: false);
            return (manifest, EventModel.FromScorer(LinearTextScorer.Read(tables), pipeline));
        }

        return (manifest, EventModel.Load(new MemoryStream(pipeline, writable: false)));
    }

    /// <summary>
    /// Rewrites a format-6 artifact as format 7: the same model, manifest and trained-on list, with the scorer's tables
    /// added. No retraining, so every prediction stays the same.
    /// </summary>
    public static void Upgrade(Stream source, Stream destination)
    {
        using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = ReadManifest(zip);
        if (manifest.Format != PipelineOnlyFormat)
        {
            throw new InvalidDataException($"Only a format-{PipelineOnlyFormat} artifact can be upgraded; this one is format {manifest.Format}.");
        }

        var pipeline = ReadEntry(zip, ModelEntry);
        var model = EventModel.Load(new MemoryStream(pipeline, writable: false));
        var trainedRows = TrainedRows.Read(new MemoryStream(ReadEntry(zip, TrainedRowsEntry)));
        Write(destination, manifest with { Format = CurrentFormat }, trainedRows, stream => stream.Write(pipeline), model.IsDirect ? model.SaveScorer : null);
    }

    private static ModelManifest ReadManifest(ZipArchive zip)
    {
        var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The model artifact has no {ManifestEntry}.");
        using var stream = manifestEntry.Open();
        return JsonSerializer.Deserialize<ModelManifest>(stream, Json) ?? throw new InvalidDataException("Empty model manifest.");
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"The model artifact has no {name}.");
        using var buffer = new MemoryStream(checked((int)entry.Length));
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
