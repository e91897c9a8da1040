using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;

namespace ApplyTrack.Features.Operations;

/// <summary>
/// Where the metadata key comes from, looked up without creating one (MetadataCipher creates a key on first use;
/// an operator tool must never quietly mint a key that cannot decrypt the data).
/// </summary>
internal sealed record EncryptionKeyFile(byte[]? Key, string Source, string? Problem)
{
    public const string ConfigurationKey = "ApplyTrack:EncryptionKey";

    public static string DefaultPath(ApplyTrackOptions options) => Path.Combine(Path.GetFullPath(options.DataDirectory), "keys", "metadata.key");

    public static EncryptionKeyFile Find(ApplyTrackOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return Decode(options.EncryptionKey, $"the setting {ConfigurationKey}");
        }

        var path = DefaultPath(options);
        if (!File.Exists(path))
        {
            return new EncryptionKeyFile(null, path, $"There is no encryption key: neither {ConfigurationKey} is set nor does {path} exist.");
        }
        try
        {
            return Decode(File.ReadAllText(path).Trim(), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new EncryptionKeyFile(null, path, $"The key file {path} cannot be read: {e.Message}");
        }
    }

    /// <summary>A keyed, irreversible check value: equal for the same key, useless to anyone without it.</summary>
    public string? CheckValue() => Key is null ? null : new MetadataCipher(Key).Fingerprint("applytrack key check v1");

    private static EncryptionKeyFile Decode(string base64, string source)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            return key.Length == 32
                ? new EncryptionKeyFile(key, source, null)
                : new EncryptionKeyFile(null, source, $"The encryption key in {source} is {key.Length} bytes; it must be 32 (base64 of 32 random bytes).");
        }
        catch (FormatException)
        {
            return new EncryptionKeyFile(null, source, $"The encryption key in {source} is not base64.");
        }
    }
}
