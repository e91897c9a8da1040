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

    /// <summary>A file holding the key (base64), e.g. a mounted secret: keeps the key away from the data directory.</summary>
    public string? EncryptionKeyFile { get; set; }

    public bool HasConfiguredKey => !string.IsNullOrWhiteSpace(EncryptionKey) || !string.IsNullOrWhiteSpace(EncryptionKeyFile);

    /// <summary>The data directory, created readable by this user only (0700) and tightened to it if it already exists.</summary>
    public string ResolveDataDirectory()
    {
        var path = Path.GetFullPath(DataDirectory);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return path;
        }
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var directory = Directory.CreateDirectory(path, OwnerOnly);
        // An existing folder is tightened only when it is recognisably ours (never a home or working directory).
        if ((directory.UnixFileMode & ~OwnerOnly) != 0 && (File.Exists(Path.Combine(path, "applytrack.db")) || Directory.Exists(Path.Combine(path, "keys"))))
        {
            directory.UnixFileMode = OwnerOnly;
        }
        return path;
    }
}
