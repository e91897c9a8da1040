using System.Net.Sockets;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Sync;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>The Connect IMAP form and API body. <c>security</c>: ssl | starttls | none; the port defaults to 993 / 143.</summary>
public sealed record ImapConnectRequest(string? Host, int? Port, string? Security, string? Username, string? Password, string? XOAuth2Token = null);

public abstract record ImapConnectOutcome
{
    public sealed record Connected(MailboxConnection Connection, bool Created) : ImapConnectOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ImapConnectOutcome;

    /// <summary>The server could not be reached or refused the login (or the user tried too often): nothing was saved.</summary>
    public sealed record Refused(string Title, string Detail, int Status = StatusCodes.Status422UnprocessableEntity) : ImapConnectOutcome;
}

/// <summary>IMAP connect attempts per user, through the rate limiter's partitioned limiter (API and page alike).</summary>
public sealed class ImapConnectThrottle(IOptions<Hosting.RateLimitOptions> options) : IDisposable
{
    private readonly System.Threading.RateLimiting.PartitionedRateLimiter<string> _attempts = System.Threading.RateLimiting.PartitionedRateLimiter.Create<string, string>(
        userId => System.Threading.RateLimiting.RateLimitPartition.GetSlidingWindowLimiter(userId, _ => new System.Threading.RateLimiting.SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ImapConnectsPerUser, Window = TimeSpan.FromMinutes(10), SegmentsPerWindow = 10,
        }));

    public bool TryAcquire(string userId)
    {
        using var lease = _attempts.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _attempts.Dispose();
}

/// <summary>
/// Connect (or reconnect) an IMAP mailbox: validate, log in once with MailKit so a wrong password or host is
/// reported now rather than at the first sync, then store the credentials encrypted and queue the first sync.
/// A reconnect of the same login at the same host keeps the folder checkpoints.
/// </summary>
public sealed class ImapConnector(
    ApplyTrackDbContext db,
    ImapSessions sessions,
    MetadataCipher cipher,
    ConnectionUpsert upsert,
    ImapConnectThrottle throttle,
    IOptions<ImapOptions> options,
    ILogger<ImapConnector> logger)
{
    public async Task<ImapConnectOutcome> ConnectAsync(string userId, ImapConnectRequest request, CancellationToken cancellationToken)
    {
        var (account, errors) = Validate(request, options.Value.AllowUnencrypted);
        if (account is null)
        {
            return new ImapConnectOutcome.Invalid(errors);
        }

        if (!throttle.TryAcquire(userId))
        {
            return new ImapConnectOutcome.Refused("Too many connection attempts", "Wait a few minutes before trying to connect an IMAP mailbox again.", StatusCodes.Status429TooManyRequests);
        }
        if (await TryLoginAsync(account, cancellationToken) is { } refused)
        {
            return refused;
        }

        var saved = await upsert.SaveAsync(userId, MailProvider.Imap, account.AccountId, account.AccountEmail, _ => account.Encrypt(cipher), cancellationToken);
        return new ImapConnectOutcome.Connected(saved.Connection, saved.Created);
    }

    /// <summary>The stored settings of a connection, without its secret, to pre-fill a reconnect.</summary>
    public async Task<ImapConnectRequest?> SettingsAsync(string userId, Guid connectionId, CancellationToken cancellationToken)
    {
        var credentials = await db.MailboxConnections.AsNoTracking()
            .Where(c => c.Id == connectionId && c.UserId == userId && c.Provider == MailProvider.Imap)
            .Select(c => new { c.Credentials, c.AccountId })
            .SingleOrDefaultAsync(cancellationToken);
        if (credentials?.Credentials is null)
        {
            return null;
        }
        var account = ImapAccount.Decrypt(cipher, credentials.Credentials);
        return new ImapConnectRequest(account.Host, account.Port, account.Security, account.Username, null);
    }

    public static (ImapAccount? Account, Dictionary<string, string[]> Errors) Validate(ImapConnectRequest request, bool allowUnencrypted)
    {
        var errors = new Dictionary<string, string[]>();
        var host = request.Host?.Trim() ?? "";
        if (host.Length == 0)
        {
            errors["host"] = ["Enter the IMAP server's host name, e.g. imap.fastmail.com."];
        }
        else if (host.Length > 253 || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            errors["host"] = ["This is not a valid host name."];
        }

        var security = (request.Security ?? ImapAccount.Ssl).Trim().ToLowerInvariant();
        if (!ImapAccount.SecurityModes.Contains(security))
        {
            errors["security"] = ["Choose ssl, starttls or none."];
        }
        else if (security == ImapAccount.None && !allowUnencrypted && !IsLoopback(host))
        {
            errors["security"] = ["Without encryption the password would cross the network in clear text: choose SSL/TLS or STARTTLS. " +
                                  "(Unencrypted IMAP is only accepted for a server on this machine.)"];
        }

        var port = request.Port ?? (security == ImapAccount.Ssl ? 993 : 143);
        if (port is < 1 or > 65535)
        {
            errors["port"] = ["The port must be between 1 and 65535."];
        }

        var username = request.Username?.Trim() ?? "";
        if (username.Length == 0)
        {
            errors["username"] = ["Enter the login of the mailbox (usually its address)."];
        }
        else if (username.Length > 320 || username.Any(char.IsControl))
        {
            errors["username"] = ["This login is not valid."];
        }

        var hasPassword = !string.IsNullOrEmpty(request.Password);
        var hasToken = !string.IsNullOrWhiteSpace(request.XOAuth2Token);
        if (!hasPassword && !hasToken)
        {
            errors["password"] = ["Enter the password (an app password for Gmail, Yahoo, iCloud and Outlook.com)."];
        }
        else if (hasPassword && hasToken)
        {
            errors["password"] = ["Give either a password or an OAuth 2.0 access token, not both."];
        }
        else if ((request.Password?.Length ?? 0) > 1000 || (request.XOAuth2Token?.Length ?? 0) > 8000)
        {
            errors[hasPassword ? "password" : "xoauth2Token"] = ["This is too long."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ImapAccount(host.ToLowerInvariant(), port, security, username, hasPassword ? request.Password : null, hasToken ? request.XOAuth2Token!.Trim() : null), errors);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));

    private static ImapConnectOutcome.Refused Unreachable(string server) =>
        new("The IMAP server could not be reached", $"No IMAP server answered at {server}. Check the host name, the port and the security setting " +
            "(port 993 usually means SSL/TLS, 143 STARTTLS).");

    private async Task<ImapConnectOutcome.Refused?> TryLoginAsync(ImapAccount account, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectTimeout);
        var server = $"{account.Host}:{account.Port}";
        try
        {
            using var client = await sessions.OpenAsync(account, timeout.Token);
            await ImapSessions.CloseAsync(client);
            return null;
        }
        catch (AuthenticationException)
        {
            return new("The IMAP server refused the login", account.XOAuth2Token is null
                ? $"{server} did not accept this login and password. Many providers (Gmail, Yahoo, iCloud, Fastmail) " +
                  "require an app password created in the account's security settings instead of your normal password."
                : $"{server} did not accept the OAuth 2.0 access token. It may have expired or lack the IMAP scope.");
        }
        catch (ImapTargetRefusedException)
        {
            return new("This server is not allowed", $"{account.Host} is an address on a private or local network, which this ApplyTrack server does not connect to. " +
                "Use the mail server's public host name.");
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or TimeoutException or SslHandshakeException
                                       or ImapProtocolException or ProtocolException && !cancellationToken.IsCancellationRequested)
        {
            // One answer for every way of not reaching an IMAP server, so the form cannot be used to tell open,
            // closed and filtered ports apart.
            logger.LogInformation("Connect IMAP could not reach an IMAP server ({Error})", ex.GetType().Name);
            return Unreachable(server);
        }
        catch (NotSupportedException)
        {
            return new("The IMAP server does not allow this login", $"{server} offers no login method for this connection; it may require a secure one. Choose SSL/TLS or STARTTLS.");
        }
        catch (ImapCommandException)
        {
            return Unreachable(server);
        }
    }
}
