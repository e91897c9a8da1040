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
}
