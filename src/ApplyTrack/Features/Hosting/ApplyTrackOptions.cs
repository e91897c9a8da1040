using System.ComponentModel.DataAnnotations;

namespace ApplyTrack.Features.Hosting;

/// <summary>Settings of the <c>ApplyTrack</c> section (environment form <c>ApplyTrack__Name</c>).</summary>
public sealed class ApplyTrackOptions
{
    public const string Section = "ApplyTrack";

    /// <summary>Where the SQLite database and the data-protection keys live. Relative paths are taken from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    public string ResolveDataDirectory()
    {
        var path = Path.GetFullPath(DataDirectory);
        Directory.CreateDirectory(path);
        return path;
    }
}
