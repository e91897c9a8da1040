using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>What a sealed Google token carries. `Kind` is "at" or "rt"; one grant (`Gid`) links a refresh token to its access tokens.</summary>
internal sealed record GoogleTokenClaims(string Kind, string Gid, string Email, string ClientId, string Scope, long IssuedMs, long ExpiresMs);

/// <summary>A validated access token as the Gmail API sees it.</summary>
internal sealed record GoogleAccessToken(string Email, string ClientId, IReadOnlySet<string> Scopes, string GrantId);

/// <summary>An authorization code waiting to be redeemed (single use, 10 minutes).</summary>
internal sealed record GoogleAuthorizationCode(
    string Email, string ClientId, string RedirectUri, string Scope, string? CodeChallenge, string? CodeChallengeMethod,
    bool IssueRefreshToken, string? Nonce, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues and checks Google tokens. Tokens are sealed (tamper-proof, self-describing) with the sandbox keys, so they survive a
/// restart when the keys do; codes and revocations live in memory.
/// </summary>
public sealed class GoogleTokens(MailboxStore store, SandboxKeys keys, GoogleSandbox settings, IServiceProvider services)
{
    public const string AccessTokenPrefix = "ya29.";
    public const string RefreshTokenPrefix = "1//0";

    private readonly ConcurrentDictionary<string, GoogleAuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _revokedGrants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _refreshExpiredBeforeMs = new(StringComparer.OrdinalIgnoreCase);

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

    internal (string Token, GoogleTokenClaims Claims) IssueAccessToken(string grantId, string email, string clientId, string scope)
    {
        var now = Now;
        var claims = new GoogleTokenClaims("at", grantId, email, clientId, scope, now.ToUnixTimeMilliseconds(), (now + settings.AccessTokenLifetime).ToUnixTimeMilliseconds());
        return (AccessTokenPrefix + keys.Seal(claims), claims);
    }

    internal string IssueRefreshToken(string grantId, string email, string clientId, string scope) =>
        RefreshTokenPrefix + keys.Seal(new GoogleTokenClaims("rt", grantId, email, clientId, scope, Now.ToUnixTimeMilliseconds(), long.MaxValue));

    internal static string NewGrantId() => SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(12));

    internal GoogleAccessToken? ValidateAccessToken(string token)
    {
        if (!token.StartsWith(AccessTokenPrefix, StringComparison.Ordinal)) return null;
        var claims = keys.Unseal<GoogleTokenClaims>(token[AccessTokenPrefix.Length..]);
        if (claims is not { Kind: "at" } || claims.ExpiresMs <= Now.ToUnixTimeMilliseconds() || _revokedGrants.ContainsKey(claims.Gid)) return null;
        return new GoogleAccessToken(claims.Email, claims.ClientId, GoogleScopes.Parse(claims.Scope), claims.Gid);
    }

    /// <summary>A refresh token that is still alive, or null: revoked, expired by a switch, testing-app age, or password change.</summary>
    internal GoogleTokenClaims? ValidateRefreshToken(string token)
    {
        if (!token.StartsWith(RefreshTokenPrefix, StringComparison.Ordinal)) return null;
        var claims = keys.Unseal<GoogleTokenClaims>(token[RefreshTokenPrefix.Length..]);
        if (claims is not { Kind: "rt" } || _revokedGrants.ContainsKey(claims.Gid)) return null;
        var issued = DateTimeOffset.FromUnixTimeMilliseconds(claims.IssuedMs);
        if (claims.IssuedMs <= _refreshExpiredBeforeMs.GetValueOrDefault(claims.Email, long.MinValue)
            || claims.IssuedMs <= _refreshExpiredBeforeMs.GetValueOrDefault("*", long.MinValue))
            return null;
        if (settings.TestingAppMode && issued.AddDays(7) <= Now) return null;
        var mailbox = store.Find(claims.Email);
        if (mailbox is null || mailbox.SessionsRevokedAt > issued) return null;
        // The sandbox-wide "expire refresh tokens" switch of `/_emu/faults` applies to Google grants too.
        if (services.GetService<SandboxFaults>()?.RefreshTokensExpiredBefore(mailbox.Id) is { } expiredBefore && issued <= expiredBefore) return null;
        return claims;
    }

    /// <summary>Revokes the grant behind an access or refresh token (Google ends both). False when the token is unknown.</summary>
    internal bool Revoke(string token)
    {
        GoogleTokenClaims? claims = token.StartsWith(AccessTokenPrefix, StringComparison.Ordinal)
            ? keys.Unseal<GoogleTokenClaims>(token[AccessTokenPrefix.Length..]) is { Kind: "at" } at && at.ExpiresMs > Now.ToUnixTimeMilliseconds() ? at : null
            : ValidateRefreshToken(token);
        if (claims is null || !_revokedGrants.TryAdd(claims.Gid, 0)) return false;
        // With the grant gone the next sign-in is a first consent again, which is what brings a new refresh token.
        store.Find(claims.Email)?.RevokeConsent(claims.ClientId);
        return true;
    }

    /// <summary>Every refresh token issued so far (for one user, or everyone) answers `invalid_grant` "Token has been expired or revoked.".</summary>
    public void ExpireRefreshTokens(string? email = null) => _refreshExpiredBeforeMs[email ?? "*"] = Now.ToUnixTimeMilliseconds();

    /// <summary>Google's `sub`: a stable 21-digit number per account.</summary>
    internal static string SubjectOf(MailUser user)
    {
        var value = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(user.Id))) % 100_000_000_000_000_000UL;
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

    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal));

    /// <summary>Scopes that can read message bodies and search.</summary>
    public static bool CanReadContent(IReadOnlySet<string> scopes) =>
        scopes.Contains(GmailReadonly) || scopes.Contains(GmailModify) || scopes.Contains(FullMail);

    public static bool CanReadMetadata(IReadOnlySet<string> scopes) => CanReadContent(scopes) || scopes.Contains(GmailMetadata);
}
