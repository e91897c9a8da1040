using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Cli;

/// <summary>
/// The labelled data `eval` and `train` read: a missing path, a broken line or an uninstalled corpus is one line on
/// stderr and exit code 1, never a stack trace.
/// </summary>
internal static class LabelledData
{
    public const int Unreadable = 1;

    public static IReadOnlyList<LabelledEmail>? TryRead(string verb, IEnumerable<string> paths, TextWriter log)
    {
        try
        {
            return TrainingCorpus.Read(paths, log);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            log.WriteLine($"{verb}: {e.Message}");
            return null;
        }
    }
}
