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
/// The committed model file: a zip holding <c>manifest.json</c>, the ML.NET model <c>events.mlnet</c> and the
/// fingerprints of the emails it was trained on, <c>trained-rows.bin</c> (read only by <c>eval</c>).
/// Bump <see cref="CurrentFormat"/> whenever the features change, so an old artifact is refused instead of misread.
/// </summary>
internal static class ModelArtifact
{
    public const int CurrentFormat = 6;
    private const string ManifestEntry = "manifest.json";
    private const string ModelEntry = "events.mlnet";
    private const string TrainedRowsEntry = "trained-rows.bin";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // Fixed entry times keep the artifact byte-for-byte reproducible from the same data.
    private static readonly DateTimeOffset Stamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream destination, ModelManifest manifest, TrainedRows trainedRows, Action<Stream> writeModel)
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
        var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"The model artifact has no {ManifestEntry}.");
        ModelManifest manifest;
        using (var stream = manifestEntry.Open())
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(stream, Json) ?? throw new InvalidDataException("Empty model manifest.");
        }

        if (manifest.Format != CurrentFormat)
        {
            throw new InvalidDataException($"Model artifact format {manifest.Format} is not the supported format {CurrentFormat}; retrain with 'applytrack train'.");
        }

        var modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException($"The model artifact has no {ModelEntry}.");
        // ML.NET needs a seekable stream.
        using var buffer = new MemoryStream();
        using (var stream = modelEntry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return (manifest, EventModel.Load(buffer));
    }
}
