using ApplyTrack.Classification.Model;

namespace ApplyTrack.Classification.Cli;

internal static class ModelOption
{
    public static EmailClassifier Load(FileInfo? file)
    {
        if (file is null)
        {
            return EmailClassifier.LoadDefault();
        }

        using var stream = file.OpenRead();
        return EmailClassifier.Load(stream);
    }

    /// <summary>The fingerprints of the emails the chosen model (a file, or the one built into the library) was trained on.</summary>
    public static TrainedRows TrainedRows(FileInfo? file)
    {
        using var stream = file is null ? EmailClassifier.OpenEmbeddedModel() : file.OpenRead();
        return ModelArtifact.ReadTrainedRows(stream);
    }
}
