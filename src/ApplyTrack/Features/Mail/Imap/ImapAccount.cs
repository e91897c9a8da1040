using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>
/// What it takes to log in to one IMAP mailbox, kept as JSON encrypted with <see cref="MetadataCipher"/>
/// (purpose <see cref="CipherPurposes.Credentials"/>). Either an (app) password or an OAuth 2.0 access token
/// for SASL XOAUTH2.
/// </summary>
public sealed record ImapAccount(
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("port")] int Port,
    [property: JsonPropertyName("security")] string Security,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("xoauth2Token")] string? XOAuth2Token)
{
    public const string Ssl = "ssl";
    public const string StartTls = "starttls";
    public const string None = "none";

    public static readonly string[] SecurityModes = [Ssl, StartTls, None];

    /// <summary>Stable id of the mailbox: the login at the host.</summary>
    public string AccountId => $"{Username}@{Host}".ToLowerInvariant();

    /// <summary>The address shown to the user: the login when it is an address, else login@host.</summary>
    public string AccountEmail => Username.Contains('@') ? Username : AccountId;

    public SecureSocketOptions SocketOptions => Security switch
    {
        Ssl => SecureSocketOptions.SslOnConnect,
        StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    public byte[] Encrypt(MetadataCipher cipher) => cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(this), CipherPurposes.Credentials);

    public static ImapAccount Decrypt(MetadataCipher cipher, byte[] credentials) =>
        JsonSerializer.Deserialize<ImapAccount>(cipher.Decrypt(credentials, CipherPurposes.Credentials))
        ?? throw new CryptographicException("The stored IMAP credentials are empty.");

    // Records print every property; the secrets must never reach a log line or an exception message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Host = {Host}, Port = {Port}, Security = {Security}");
        return true;
    }
}

/// <summary>Opens authenticated IMAP sessions (MailKit) for the connector, the synchronizer and the IDLE watcher.</summary>
public sealed class ImapSessions(IOptions<ImapOptions> options)
{
    public async Task<ImapClient> OpenAsync(ImapAccount account, CancellationToken cancellationToken)
    {
        var client = new ImapClient
        {
            Timeout = (int)options.Value.CommandTimeout.TotalMilliseconds,
            ServerCertificateValidationCallback = ValidateCertificate,
        };
        try
        {
            var socket = await ImapTarget.ConnectAsync(account.Host, account.Port, options.Value.AllowPrivateNetworks, options.Value.ConnectTimeout, cancellationToken);
            try
            {
                await client.ConnectAsync(socket, account.Host.Trim('[', ']'), account.Port, account.SocketOptions, cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
            if (account.XOAuth2Token is { Length: > 0 } token)
            {
                await client.AuthenticateAsync(new SaslMechanismOAuth2(account.Username, token), cancellationToken);
            }
            else
            {
                await LoginAsync(client, new NetworkCredential(account.Username, account.Password ?? ""), cancellationToken);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Exactly one attempt with the strongest password mechanism offered. MailKit's own loop would try every
    /// mechanism in turn: one wrong password would count as several failures towards the provider's lockout.
    /// </summary>
    private static async Task LoginAsync(ImapClient client, NetworkCredential credential, CancellationToken cancellationToken)
    {
        SaslMechanism? mechanism = client.AuthenticationMechanisms switch
        {
            var offered when offered.Contains("SCRAM-SHA-256") => new SaslMechanismScramSha256(credential),
            var offered when offered.Contains("SCRAM-SHA-1") => new SaslMechanismScramSha1(credential),
            var offered when offered.Contains("PLAIN") => new SaslMechanismPlain(credential),
            var offered when offered.Contains("LOGIN") => new SaslMechanismLogin(credential),
            _ => null,
        };
        if (mechanism is null)
        {
            await client.AuthenticateAsync(credential, cancellationToken);   // no SASL: the IMAP LOGIN command
            return;
        }
        await client.AuthenticateAsync(mechanism, cancellationToken);
    }

    private bool ValidateCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        if (certificate is null || options.Value.TrustedCertificateThumbprints.Length == 0)
        {
            return false;
        }
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return options.Value.TrustedCertificateThumbprints.Any(t => string.Equals(t.Replace(":", ""), thumbprint, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Closes politely when still possible; a dead connection is just dropped.</summary>
    public static async Task CloseAsync(ImapClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await client.DisconnectAsync(true, timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Best effort: the socket is closed on dispose anyway.
        }
    }
}
