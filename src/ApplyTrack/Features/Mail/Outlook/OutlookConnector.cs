using System.Security.Cryptography;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Client;

namespace ApplyTrack.Features.Mail.Outlook;

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

    /// <summary>Where Microsoft's admin-consent endpoint returns the administrator (register it as a redirect URI too).</summary>
    public const string AdminConsentCallbackPath = "/connections/outlook/adminconsent";

    /// <summary>An administrator may take days to act on the link.</summary>
    public static readonly TimeSpan AdminConsentLinkLifetime = TimeSpan.FromDays(14);

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
            LoginHint = loginHint,
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
            throw new ConnectProblemException(ConnectProblems.InvalidOutlookState);
        }

        if (error is not null)
        {
            throw new ConnectProblemException(await DescribeAsync(pending, error, errorDescription, cancellationToken));
        }
        if (string.IsNullOrEmpty(code))
        {
            throw new ConnectProblemException(ConnectProblems.OutlookNoCode);
        }

        OutlookAccount account;
        try
        {
            account = await identity.RedeemCodeAsync(code, cipher.DecryptString(pending.CodeVerifier, CipherPurposes.CodeVerifier), pending.RedirectUri, cancellationToken);
        }
        catch (MsalServiceException ex)
        {
            throw new ConnectProblemException(await DescribeAsync(pending, ex.ErrorCode, ex.Message, cancellationToken));
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
        connection.Activate(account.EncryptedTokenCache, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(connection.Id, "connected");
        return connection;
    }

    /// <summary>
    /// The person's words for an error from Microsoft, decided by <see cref="ConnectErrors.Classify"/>. Problems an administrator
    /// can solve also get an admin-consent link of their own (a fresh <c>state</c>, recorded so the callback knows it).
    /// </summary>
    private async Task<ConnectProblem> DescribeAsync(PendingAuthorization pending, string error, string? description, CancellationToken cancellationToken)
    {
        var problem = ConnectErrors.Classify(error, description, ConnectErrors.AccountKindOf(pending.LoginHint));
        if (ConnectProblems.OffersAdminConsent(problem))
        {
            var now = time.GetUtcNow();
            await db.AdminConsentRequests.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            db.AdminConsentRequests.Add(new AdminConsentRequest
            {
                State = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(),
                UserId = pending.UserId,
                RedirectUri = AdminConsentRedirectUri(pending.RedirectUri),
                CreatedAt = now,
                ExpiresAt = now + AdminConsentLinkLifetime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        return problem;
    }

    /// <summary>The admin-consent callback on the same origin as the person's own callback.</summary>
    public static string AdminConsentRedirectUri(string userRedirectUri) =>
        new Uri(new Uri(userRedirectUri), AdminConsentCallbackPath).ToString();

    /// <summary>The link for the person's IT administrator, from the newest unexpired request of this user; null when there is none.</summary>
    public async Task<(string Url, AdminConsentRequest Request)?> AdminConsentLinkAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var request = await db.AdminConsentRequests.AsNoTracking().Where(r => r.UserId == userId && r.ExpiresAt > now)
            .OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return request is null ? null : (endpoints.AdminConsentUrl(request.RedirectUri, request.State), request);
    }

    /// <summary>
    /// The administrator came back from <c>/adminconsent</c>. Records the grant for the request the <c>state</c> names; the
    /// returned <c>tenant</c> is kept for display only (Microsoft: it can be forged).
    /// </summary>
    public async Task<AdminConsentOutcome> CompleteAdminConsentAsync(string? state, string? adminConsent, string? tenant, string? error, CancellationToken cancellationToken)
    {
        var request = state is null ? null : await db.AdminConsentRequests.SingleOrDefaultAsync(r => r.State == state, cancellationToken);
        if (request is null || request.ExpiresAt < time.GetUtcNow())
        {
            return AdminConsentOutcome.UnknownLink;
        }
        if (error is not null || !string.Equals(adminConsent, "True", StringComparison.OrdinalIgnoreCase))
        {
            return AdminConsentOutcome.Declined;
        }
        request.GrantedAt ??= time.GetUtcNow();
        request.GrantedTenant = tenant is { Length: <= 100 } ? tenant : null;
        await db.SaveChangesAsync(cancellationToken);
        return AdminConsentOutcome.Granted;
    }
}

public enum AdminConsentOutcome
{
    Granted,
    Declined,
    UnknownLink,
}
