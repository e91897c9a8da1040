using System.Security.Cryptography;
using System.Text;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Connections;

/// <summary>
/// The OAuth 2.0 authorization-code + PKCE handshake shared by every provider with a consent page (Outlook, Gmail): a random
/// <c>state</c> bound to the signed-in ApplyTrack user and the provider, the PKCE verifier kept encrypted server-side, both
/// single use and short-lived (RFC 6749 §10.12, RFC 7636). The provider builds its authorize URL from <see cref="Begun"/> and
/// redeems the code with <see cref="CodeVerifier"/>.
/// </summary>
public sealed class OAuthHandshake(ApplyTrackDbContext db, MetadataCipher cipher, TimeProvider time)
{
    public const int MaxLoginHintLength = 320;
    public const string LoginHintProblem = "loginHint is too long.";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public sealed record Begun(string State, string CodeChallenge);

    /// <summary>A login hint as given: trimmed, empty as none; false when it is longer than an address can be.</summary>
    public static bool TryReadLoginHint(string? raw, out string? hint)
    {
        hint = raw?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        return hint is null || hint.Length <= MaxLoginHintLength;
    }

    public async Task<Begun> BeginAsync(string userId, MailProvider provider, string? loginHint, string redirectUri, CancellationToken cancellationToken)
    {
        if (!TryReadLoginHint(loginHint, out var hint))
        {
            throw new ArgumentException(LoginHintProblem, nameof(loginHint));
        }
        var now = time.GetUtcNow();
        await db.PendingAuthorizations.Where(p => p.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);

        var state = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.PendingAuthorizations.Add(new PendingAuthorization
        {
            State = state,
            UserId = userId,
            Provider = provider,
            CodeVerifier = cipher.Encrypt(verifier, CipherPurposes.CodeVerifier),
            RedirectUri = redirectUri,
            LoginHint = hint,
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new Begun(state, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>
    /// The pending authorization the callback's <c>state</c> names, if it belongs to this user and provider and has not expired.
    /// Single use whoever presents it: a state shown to the wrong account is burnt, not kept for later.
    /// </summary>
    public async Task<PendingAuthorization?> ConsumeAsync(string userId, MailProvider provider, string? state, CancellationToken cancellationToken)
    {
        if (state is not { Length: > 0 and <= 100 })
        {
            return null;
        }
        var pending = await db.PendingAuthorizations.SingleOrDefaultAsync(p => p.State == state, cancellationToken);
        if (pending is null)
        {
            return null;
        }
        db.PendingAuthorizations.Remove(pending);
        await db.SaveChangesAsync(cancellationToken);
        return pending.UserId == userId && pending.Provider == provider && pending.ExpiresAt >= time.GetUtcNow() ? pending : null;
    }

    public string CodeVerifier(PendingAuthorization pending) => cipher.DecryptString(pending.CodeVerifier, CipherPurposes.CodeVerifier);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
