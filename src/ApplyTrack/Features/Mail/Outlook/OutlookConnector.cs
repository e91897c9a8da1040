using System.Security.Cryptography;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Client;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>What went wrong at the consent step, in words for the person and (for admin consent) what to tell IT.</summary>
public sealed record ConnectProblem(string Title, string Message, string? AdminConsentUrl = null);

public sealed class ConnectProblemException(ConnectProblem problem) : Exception(problem.Message)
{
    public ConnectProblem Problem { get; } = problem;
}

/// <summary>
/// Connect / reconnect an Outlook mailbox: start the authorization (state bound to the signed-in ApplyTrack
/// user, PKCE verifier kept encrypted server-side), then finish it on the callback (single-use state, code
/// redeemed by MSAL, tokens stored encrypted, first sync queued).
/// </summary>
public sealed class OutlookConnector(
    ApplyTrackDbContext db,
    OutlookIdentity identity,
    OutlookEndpoints endpoints,
    MetadataCipher cipher,
    SyncQueue queue,
    Plans plans,
    TimeProvider time)
{
    public const string CallbackPath = "/connections/outlook/callback";

    public async Task<string> StartAsync(string userId, string? loginHint, string redirectUri, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.PendingAuthorizations.Where(p => p.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);

        var state = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var (verifier, challenge) = OutlookIdentity.CreatePkce();
        db.PendingAuthorizations.Add(new PendingAuthorization
        {
            State = state,
            UserId = userId,
            Provider = MailProvider.Outlook,
            CodeVerifier = cipher.Encrypt(verifier, CipherPurposes.CodeVerifier),
            RedirectUri = redirectUri,
            ExpiresAt = now.AddMinutes(15),
        });
        await db.SaveChangesAsync(cancellationToken);
        return identity.BuildAuthorizeUrl(state, challenge, redirectUri, loginHint);
    }

    public async Task<MailboxConnection> CompleteAsync(string userId, string? state, string? code, string? error, string? errorDescription, CancellationToken cancellationToken)
    {
        var pending = state is null ? null : await db.PendingAuthorizations.SingleOrDefaultAsync(p => p.State == state, cancellationToken);
        if (pending is not null)
        {
            // Single use, whoever presents it: a state shown to the wrong account is burnt, not kept for later.
            db.PendingAuthorizations.Remove(pending);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (pending is null || pending.UserId != userId || pending.ExpiresAt < time.GetUtcNow() || pending.Provider != MailProvider.Outlook)
        {
            throw new ConnectProblemException(new("This sign-in link is not valid",
                "The answer from Microsoft does not belong to a connection you started (or it was already used, or it expired). Start again from Integrations."));
        }

        if (error is not null)
        {
            throw new ConnectProblemException(Describe(error, errorDescription, pending.RedirectUri));
        }
        if (string.IsNullOrEmpty(code))
        {
            throw new ConnectProblemException(new("Microsoft sent no authorization code", "Start again from Integrations."));
        }

        OutlookAccount account;
        try
        {
            account = await identity.RedeemCodeAsync(code, cipher.DecryptString(pending.CodeVerifier, CipherPurposes.CodeVerifier), pending.RedirectUri, cancellationToken);
        }
        catch (MsalServiceException ex)
        {
            throw new ConnectProblemException(Describe(ex.ErrorCode, ex.Message, pending.RedirectUri));
        }

        var connection = await db.MailboxConnections.SingleOrDefaultAsync(
            c => c.UserId == userId && c.Provider == MailProvider.Outlook && c.AccountId == account.HomeAccountId, cancellationToken);
        if (connection is null)
        {
            var plan = await Plans.OfUserAsync(db, userId, cancellationToken);
            connection = MailboxConnection.Create(userId, MailProvider.Outlook, account.HomeAccountId, account.Email, plans.HistoryDays(plan), time.GetUtcNow());
            db.MailboxConnections.Add(connection);
        }

        // A reconnect keeps the folder cursors: the next sync resumes where the last one stopped.
        connection.Activate(account.EncryptedTokenCache);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(connection.Id, "connected");
        return connection;
    }

    private ConnectProblem Describe(string error, string? description, string redirectUri)
    {
        description ??= "";
        if (description.Contains("AADSTS90094", StringComparison.Ordinal) || description.Contains("AADSTS90008", StringComparison.Ordinal))
        {
            return new("Your organisation's administrator must approve ApplyTrack",
                "Your Microsoft 365 organisation only lets an administrator grant apps access to mail. Send your IT administrator " +
                "the link below and ask them to approve ApplyTrack for read-only mail access (Mail.Read); then connect again.",
                endpoints.AdminConsentUrl(redirectUri));
        }
        if (description.Contains("AADSTS65001", StringComparison.Ordinal) || error == "consent_required")
        {
            return new("Permission was not granted",
                "ApplyTrack needs your consent to read your mail (read-only). Connect again and accept the permissions. " +
                "If your organisation blocks this, ask your IT administrator to approve ApplyTrack.",
                endpoints.AdminConsentUrl(redirectUri));
        }
        if (error == "access_denied" || description.Contains("AADSTS65004", StringComparison.Ordinal))
        {
            return new("You cancelled the connection", "Nothing was connected. You can connect Outlook any time from Integrations.");
        }
        return new("Microsoft could not connect your mailbox", $"Microsoft answered '{error}'. Try again in a moment.");
    }
}
