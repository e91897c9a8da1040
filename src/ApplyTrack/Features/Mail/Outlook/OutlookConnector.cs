using System.Security.Cryptography;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Client;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Connect / reconnect an Outlook mailbox: start the authorization (<see cref="OAuthHandshake"/>), then finish it on the
/// callback (code redeemed by MSAL, Microsoft's errors explained, the connection saved by <see cref="ConnectionUpsert"/>).
/// </summary>
public sealed class OutlookConnector(
    ApplyTrackDbContext db,
    OutlookIdentity identity,
    OutlookEndpoints endpoints,
    OAuthHandshake handshake,
    ConnectionUpsert upsert,
    TimeProvider time)
{
    public const string CallbackPath = "/connections/outlook/callback";

    /// <summary>Where Microsoft's admin-consent endpoint returns the administrator (register it as a redirect URI too).</summary>
    public const string AdminConsentCallbackPath = "/connections/outlook/adminconsent";

    /// <summary>An administrator may take days to act on the link.</summary>
    public static readonly TimeSpan AdminConsentLinkLifetime = TimeSpan.FromDays(14);

    public async Task<string> StartAsync(string userId, string? loginHint, string redirectUri, CancellationToken cancellationToken)
    {
        var begun = await handshake.BeginAsync(userId, MailProvider.Outlook, loginHint, redirectUri, cancellationToken);
        OAuthHandshake.TryReadLoginHint(loginHint, out var hint);
        return identity.BuildAuthorizeUrl(begun.State, begun.CodeChallenge, redirectUri, hint);
    }

    public async Task<MailboxConnection> CompleteAsync(string userId, string? state, string? code, string? error, string? errorDescription, CancellationToken cancellationToken)
    {
        var pending = await handshake.ConsumeAsync(userId, MailProvider.Outlook, state, cancellationToken)
            ?? throw new ConnectProblemException(ConnectProblems.InvalidOutlookState);
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
            account = await identity.RedeemCodeAsync(code, handshake.CodeVerifier(pending), pending.RedirectUri, cancellationToken);
        }
        catch (MsalServiceException ex)
        {
            throw new ConnectProblemException(await DescribeAsync(pending, ex.ErrorCode, ex.Message, cancellationToken));
        }
        if (string.IsNullOrWhiteSpace(account.HomeAccountId) || string.IsNullOrWhiteSpace(account.Email))
        {
            throw new ConnectProblemException(ConnectProblems.OutlookNoAccount);
        }

        // A reconnect keeps the folder cursors: the next sync resumes where the last one stopped.
        var saved = await upsert.SaveAsync(userId, MailProvider.Outlook, account.HomeAccountId, account.Email, _ => account.EncryptedTokenCache, cancellationToken);
        return saved.Connection;
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
