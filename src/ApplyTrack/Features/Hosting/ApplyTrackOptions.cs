using System.ComponentModel.DataAnnotations;

namespace ApplyTrack.Features.Hosting;

/// <summary>Settings of the <c>ApplyTrack</c> section (environment form <c>ApplyTrack__Name</c>).</summary>
public sealed class ApplyTrackOptions
{
    public const string Section = "ApplyTrack";

    /// <summary>Where the SQLite database and the data-protection keys live. Relative paths are taken from the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Base64 of 32 random bytes: the AES-256-GCM key for tokens and email metadata. When empty, a key file is
    /// created in <c>{DataDirectory}/keys</c>. Keep it out of the database and back it up.
    /// </summary>
    public string? EncryptionKey { get; set; }

    public string ResolveDataDirectory()
    {
        var path = Path.GetFullPath(DataDirectory);
        Directory.CreateDirectory(path);
        return path;
    }
}
