using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ApplyTrack.MailSim.Hosting;

namespace ApplyTrack.MailSim.Identity;

/// <summary>What an authorization code stands for until it is redeemed.</summary>
public sealed record CodeGrant(
    string MailboxId,
    string ClientId,
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    string? Nonce,
    DateTimeOffset IssuedAt);

/// <summary>Short-lived, single-use authorization codes (10 minutes, like the real service).</summary>
public sealed class AuthorizationCodes(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (CodeGrant Grant, bool Redeemed)> _codes = new(StringComparer.Ordinal);

    public string Issue(CodeGrant grant)
    {
        foreach (var stale in _codes.Where(c => time.GetUtcNow() - c.Value.Grant.IssuedAt > TimeSpan.FromHours(1)).Select(c => c.Key).ToList())
            _codes.TryRemove(stale, out _);
        var code = "1.AXkA" + SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(48));
        _codes[code] = (grant, false);
        return code;
    }

    /// <summary>Redeems a code once; a second redemption is AADSTS54005, an old one AADSTS70008.</summary>
    public (CodeGrant? Grant, AadError? Error) Redeem(string? code)
    {
        if (code is null || !_codes.TryGetValue(code, out var entry))
            return (null, AadError.InvalidGrant(9002313, "Invalid request. Request is malformed or invalid."));
        if (entry.Redeemed) return (null, AadError.CodeRedeemed);
        if (!_codes.TryUpdate(code, (entry.Grant, true), entry)) return (null, AadError.CodeRedeemed);
        if (time.GetUtcNow() - entry.Grant.IssuedAt > Lifetime) return (null, AadError.CodeExpired);
        return (entry.Grant, null);
    }

    /// <summary>RFC 7636: S256 compares BASE64URL(SHA256(verifier)); `plain` (or no method) compares as is.</summary>
    public static bool VerifierMatches(CodeGrant grant, string? verifier)
    {
        if (grant.CodeChallenge is null) return true;
        if (verifier is null || verifier.Length is < 43 or > 128) return false;
        var computed = string.Equals(grant.CodeChallengeMethod, "S256", StringComparison.Ordinal)
            ? SandboxKeys.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(grant.CodeChallenge));
    }
}
