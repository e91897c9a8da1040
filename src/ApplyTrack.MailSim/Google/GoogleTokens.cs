using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>
/// What a sealed Google token carries. `Kind` is "at" or "rt"; `Serial` orders every token ever issued (revocations and
/// expiry switches cut at a serial, so a token issued in the same clock tick after a revocation still works).
/// </summary>
internal sealed record GoogleTokenClaims(string Kind, long Serial, string Email, string ClientId, string Scope, long IssuedTicks, long ExpiresTicks);

/// <summary>A validated access token as the Gmail API sees it.</summary>
internal sealed record GoogleAccessToken(string Email, string ClientId, IReadOnlySet<string> Scopes);

/// <summary>An authorization code waiting to be redeemed (single use, 10 minutes).</summary>
internal sealed record GoogleAuthorizationCode(
    string Email, string ClientId, string RedirectUri, string Scope, string? CodeChallenge, string? CodeChallengeMethod,
    bool IssueRefreshToken, string? Nonce, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues and checks Google tokens. Tokens are sealed (tamper-proof, self-describing) with the sandbox keys, so they survive a
/// restart when the keys do; codes live in memory, revocations in the state file (<see cref="GoogleStateSection"/>).
/// </summary>
public sealed class GoogleTokens(MailboxStore store, SandboxKeys keys, GoogleSandbox settings, IServiceProvider services)
{
    public const string AccessTokenPrefix = "ya29.";
    public const string RefreshTokenPrefix = "1//0";

    private readonly ConcurrentDictionary<string, GoogleAuthorizationCode> _codes = new(StringComparer.Ordinal);

    // "email|clientId" → serial: the user removed the app's access; every token of that pair up to the serial is dead.
    private readonly ConcurrentDictionary<string, long> _revokedThrough = new(StringComparer.OrdinalIgnoreCase);

    // email or "*" → serial: refresh tokens up to the serial answer invalid_grant (the expiry switch).
    private readonly ConcurrentDictionary<string, long> _refreshExpiredThrough = new(StringComparer.OrdinalIgnoreCase);
    private long _lastSerial;

    internal DateTimeOffset Now => store.Time.GetUtcNow();

    internal string CreateCode(GoogleAuthorizationCode code)
    {
        var value = "4/0A" + SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(36));
        _codes[value] = code;
        return value;
    }

    /// <summary>Takes the code out (single use): a second redemption finds nothing.</summary>
    internal GoogleAuthorizationCode? RedeemCode(string code) =>
        _codes.TryRemove(code, out var found) && found.ExpiresAt > Now ? found : null;

    internal (string Token, GoogleTokenClaims Claims) IssueAccessToken(string email, string clientId, string scope)
    {
        var now = Now;
        var claims = new GoogleTokenClaims("at", NextSerial(), email, clientId, scope, now.UtcTicks, (now + settings.AccessTokenLifetime).UtcTicks);
        return (AccessTokenPrefix + keys.Seal(claims), claims);
    }

    internal string IssueRefreshToken(string email, string clientId, string scope) =>
        RefreshTokenPrefix + keys.Seal(new GoogleTokenClaims("rt", NextSerial(), email, clientId, scope, Now.UtcTicks, long.MaxValue));

    internal GoogleAccessToken? ValidateAccessToken(string token)
    {
        if (!token.StartsWith(AccessTokenPrefix, StringComparison.Ordinal)) return null;
        var claims = keys.Unseal<GoogleTokenClaims>(token[AccessTokenPrefix.Length..]);
        if (claims is not { Kind: "at" } || claims.ExpiresTicks <= Now.UtcTicks || IsRevoked(claims)) return null;
        return new GoogleAccessToken(claims.Email, claims.ClientId, GoogleScopes.Parse(claims.Scope));
    }

    /// <summary>A refresh token that is still alive, or null: revoked, expired by a switch, testing-app age, or password change.</summary>
    internal GoogleTokenClaims? ValidateRefreshToken(string token)
    {
        if (!token.StartsWith(RefreshTokenPrefix, StringComparison.Ordinal)) return null;
        var claims = keys.Unseal<GoogleTokenClaims>(token[RefreshTokenPrefix.Length..]);
        if (claims is not { Kind: "rt" } || IsRevoked(claims)) return null;
        if (claims.Serial <= _refreshExpiredThrough.GetValueOrDefault(claims.Email) || claims.Serial <= _refreshExpiredThrough.GetValueOrDefault("*"))
            return null;
        var issued = new DateTimeOffset(claims.IssuedTicks, TimeSpan.Zero);
        if (settings.TestingAppMode && issued.AddDays(7) <= Now) return null;
        var mailbox = store.Find(claims.Email);
        if (mailbox is null || mailbox.SessionsRevokedAt > issued) return null;
        // The sandbox-wide "expire refresh tokens" switch of `/_emu/tokens/expire` applies to Google grants too.
        if (services.GetService<SandboxFaults>()?.RefreshTokensExpiredBefore(mailbox.Id) is { } expiredBefore && issued <= expiredBefore) return null;
        return claims;
    }

    /// <summary>
    /// Revokes the app's access for the token's user (Google ends every token of that user and client). False when the
    /// token is unknown, expired or already revoked.
    /// </summary>
    internal bool Revoke(string token)
    {
        var claims = token.StartsWith(AccessTokenPrefix, StringComparison.Ordinal)
            ? keys.Unseal<GoogleTokenClaims>(token[AccessTokenPrefix.Length..]) is { Kind: "at" } at && at.ExpiresTicks > Now.UtcTicks && !IsRevoked(at) ? at : null
            : ValidateRefreshToken(token);
        if (claims is null) return false;
        _revokedThrough[GrantKey(claims.Email, claims.ClientId)] = NextSerial();
        // With the grant gone the next sign-in is a first consent again, which is what brings a new refresh token.
        store.Find(claims.Email)?.RevokeConsent(claims.ClientId);
        return true;
    }

    /// <summary>Every refresh token issued so far (for one user, or everyone) answers `invalid_grant` "Token has been expired or revoked.".</summary>
    public void ExpireRefreshTokens(string? email = null) => _refreshExpiredThrough[email ?? "*"] = NextSerial();

    internal (IReadOnlyDictionary<string, long> RevokedThrough, IReadOnlyDictionary<string, long> RefreshExpiredThrough, long LastSerial) ExportState() =>
        (new Dictionary<string, long>(_revokedThrough), new Dictionary<string, long>(_refreshExpiredThrough), Interlocked.Read(ref _lastSerial));

    internal void ImportState(IReadOnlyDictionary<string, long> revokedThrough, IReadOnlyDictionary<string, long> refreshExpiredThrough, long lastSerial)
    {
        foreach (var (key, serial) in revokedThrough) _revokedThrough[key] = serial;
        foreach (var (key, serial) in refreshExpiredThrough) _refreshExpiredThrough[key] = serial;
        InterlockedMax(lastSerial);
    }

    private bool IsRevoked(GoogleTokenClaims claims) => claims.Serial <= _revokedThrough.GetValueOrDefault(GrantKey(claims.Email, claims.ClientId));

    private static string GrantKey(string email, string clientId) => $"{email}|{clientId}";

    // Strictly increasing and never below the clock's ticks, so serials keep growing across restarts even without the saved counter.
    private long NextSerial()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastSerial);
            var next = Math.Max(last + 1, Now.UtcTicks);
            if (Interlocked.CompareExchange(ref _lastSerial, next, last) == last) return next;
        }
    }

    private void InterlockedMax(long value)
    {
        long last;
        while ((last = Interlocked.Read(ref _lastSerial)) < value && Interlocked.CompareExchange(ref _lastSerial, value, last) != last)
        {
        }
    }

    /// <summary>Google's `sub`: a stable 21-digit number per account.</summary>
    internal static string SubjectOf(MailUser user) => NumericId(user.Id);

    /// <summary>A stable 21-digit number derived from <paramref name="seed"/>, the shape of Google's account ids.</summary>
    internal static string NumericId(string seed)
    {
        var value = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(seed))) % 100_000_000_000_000_000UL;
        return "1" + value.ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Google scope names and the short aliases the authorize endpoint expands.</summary>
internal static class GoogleScopes
{
    public const string GmailReadonly = "https://www.googleapis.com/auth/gmail.readonly";
    public const string GmailMetadata = "https://www.googleapis.com/auth/gmail.metadata";
    public const string GmailModify = "https://www.googleapis.com/auth/gmail.modify";
    public const string FullMail = "https://mail.google.com/";
    public const string Email = "https://www.googleapis.com/auth/userinfo.email";
    public const string Profile = "https://www.googleapis.com/auth/userinfo.profile";

    private static readonly string[] GmailScopes = [GmailReadonly, GmailMetadata, GmailModify, FullMail, "https://www.googleapis.com/auth/gmail.labels"];

    public static IReadOnlySet<string> Parse(string? scope) =>
        new HashSet<string>((scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Expand), StringComparer.Ordinal);

    public static string Expand(string scope) => scope switch
    {
        "email" => Email,
        "profile" => Profile,
        _ => scope,
    };

    public static bool IsGmail(string scope) => GmailScopes.Contains(scope) || scope.StartsWith("https://www.googleapis.com/auth/gmail.", StringComparison.Ordinal);

    /// <summary>The line Google's consent screen shows for a scope.</summary>
    public static string Describe(string scope) => scope switch
    {
        "openid" => "Associate you with your personal info on Google",
        Email => "See your primary Google Account email address",
        Profile => "See your personal info, including any personal info you've made publicly available",
        GmailReadonly => "View your email messages and settings",
        GmailMetadata => "View your email message metadata such as labels and headers, but not the email body",
        GmailModify => "Read, compose, and send emails from your Gmail account",
        FullMail => "Read, compose, send, and permanently delete all your email from Gmail",
        _ => scope,
    };

    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal));

    /// <summary>Scopes that can read message bodies and search.</summary>
    public static bool CanReadContent(IReadOnlySet<string> scopes) =>
        scopes.Contains(GmailReadonly) || scopes.Contains(GmailModify) || scopes.Contains(FullMail);

    public static bool CanReadMetadata(IReadOnlySet<string> scopes) => CanReadContent(scopes) || scopes.Contains(GmailMetadata);
}
