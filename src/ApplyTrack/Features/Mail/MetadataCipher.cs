using System.Security.Cryptography;
using System.Text;
using ApplyTrack.Features.Hosting;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail;

/// <summary>
/// AES-256-GCM for what we must keep but nobody else should read: OAuth tokens, IMAP secrets, and the
/// sender and subject of job emails. The key is never in the database: it comes from
/// <c>ApplyTrack:EncryptionKey</c> (base64, 32 bytes) or a key file in the data directory created on first use.
/// Layout: version (1) · nonce (12) · tag (16) · ciphertext. The purpose is bound as associated data, so a
/// ciphertext of one field cannot be replayed into another.
/// </summary>
public sealed class MetadataCipher
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public MetadataCipher(IOptions<ApplyTrackOptions> options, ILogger<MetadataCipher> logger)
        : this(LoadOrCreateKey(options.Value, logger))
    {
    }

    public MetadataCipher(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The encryption key must be 32 bytes (AES-256).", nameof(key));
        }
        _key = key;
    }

    public byte[] Encrypt(string plaintext, string purpose) => Encrypt(Encoding.UTF8.GetBytes(plaintext), purpose);

    public byte[] Encrypt(byte[] plaintext, string purpose)
    {
        var output = new byte[1 + NonceSize + TagSize + plaintext.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    /// <summary>A keyed, irreversible hash (HMAC-SHA256 under a key derived from the encryption key), hex.</summary>
    public string Fingerprint(string value)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, info: "applytrack fingerprint v1"u8.ToArray());
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));
    }

    public string DecryptString(byte[] ciphertext, string purpose) => Encoding.UTF8.GetString(Decrypt(ciphertext, purpose));

    public byte[] Decrypt(byte[] ciphertext, string purpose)
    {
        if (ciphertext.Length < 1 + NonceSize + TagSize || ciphertext[0] != Version)
        {
            throw new CryptographicException("Not an ApplyTrack ciphertext.");
        }
        var plaintext = new byte[ciphertext.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(ciphertext.AsSpan(1, NonceSize), ciphertext.AsSpan(1 + NonceSize + TagSize), ciphertext.AsSpan(1 + NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(purpose));
        return plaintext;
    }

    private static byte[] LoadOrCreateKey(ApplyTrackOptions options, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return Convert.FromBase64String(options.EncryptionKey);
        }
        if (!string.IsNullOrWhiteSpace(options.EncryptionKeyFile))
        {
            return Convert.FromBase64String(File.ReadAllText(options.EncryptionKeyFile).Trim());
        }

        var directory = Path.Combine(options.ResolveDataDirectory(), "keys");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var path = Path.Combine(directory, "metadata.key");
        // Whoever copies the data directory (a backup, a shared volume) gets the database and its key together.
        logger.LogWarning("The metadata encryption key is kept in the data directory, beside the database ({Path}). " +
                          "Keep it elsewhere: set ApplyTrack__EncryptionKey or ApplyTrack__EncryptionKeyFile (a mounted secret).", path);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            // Created 0600 in one step: never readable by others, not even for a moment.
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var file = new StreamWriter(path, Encoding.ASCII, create))
            {
                file.Write(Convert.ToBase64String(key));
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use that one.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        logger.LogInformation("Created a new metadata encryption key at {Path}; back it up with the database", path);
        return key;
    }
}

public static class CipherPurposes
{
    public const string Credentials = "connection.credentials";
    public const string Sender = "mail.sender";
    public const string Subject = "mail.subject";
    public const string FirstName = "mail.first_name";
    public const string CodeVerifier = "oauth.code_verifier";
    public const string Rule = "rule.definition";
}
