using System.Security.Cryptography;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Connect / reconnect a Gmail mailbox: start the authorization (state bound to the signed-in ApplyTrack user, PKCE
/// verifier kept encrypted server-side), then finish it on the callback (single-use state, code redeemed, granted scopes
/// checked, tokens stored encrypted, first sync queued). A reconnect of the same Google account keeps its cursors.
/// </summary>
public sealed class GmailConnector(
    ApplyTrackDbContext db,
    GoogleIdentity identity,
    GoogleEndpoints endpoints,
    MetadataCipher cipher,
    SyncQueue queue,
    Plans plans,
    TimeProvider time)
{
    public const string CallbackPath = "/connections/gmail/callback";

    public async Task<string> StartAsync(string userId, string? loginHint, string redirectUri, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.PendingAuthorizations.Where(p => p.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);

        var state = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var (verifier, challenge) = GoogleIdentity.CreatePkce();
        db.PendingAuthorizations.Add(new PendingAuthorization
        {
            State = state,
            UserId = userId,
            Provider = MailProvider.Gmail,
            CodeVerifier = cipher.Encrypt(verifier, CipherPurposes.CodeVerifier),
            RedirectUri = redirectUri,
            ExpiresAt = now.AddMinutes(15),
        });
        await db.SaveChangesAsync(cancellationToken);
        endpoints.EnsureDemoClient(redirectUri);
        return identity.BuildAuthorizeUrl(state, challenge, redirectUri, loginHint);
    }

    public async Task<MailboxConnection> CompleteAsync(string userId, string? state, string? code, string? error, CancellationToken cancellationToken)
    {
        var pending = state is null ? null : await db.PendingAuthorizations.SingleOrDefaultAsync(p => p.State == state, cancellationToken);
        if (pending is not null)
        {
            // Single use, whoever presents it: a state shown to the wrong account is burnt, not kept for later.
            db.PendingAuthorizations.Remove(pending);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (pending is null || pending.UserId != userId || pending.ExpiresAt < time.GetUtcNow() || pending.Provider != MailProvider.Gmail)
        {
            throw new ConnectProblemException(ConnectProblems.InvalidGmailState);
        }
        if (error is not null)
        {
            throw new ConnectProblemException(Describe(error));
        }
        if (string.IsNullOrEmpty(code))
        {
            throw new ConnectProblemException(ConnectProblems.GmailNoCode);
        }

        GoogleAccount account;
        try
        {
            account = await identity.RedeemCodeAsync(code, cipher.DecryptString(pending.CodeVerifier, CipherPurposes.CodeVerifier), pending.RedirectUri, cancellationToken);
        }
        catch (GoogleOAuthException ex)
        {
            throw new ConnectProblemException(Describe(ex.Error));
        }
        if (!account.GrantedScopes.Contains(GoogleIdentity.GmailReadonlyScope))
        {
            // Granular consent: the person unticked "Read your email". Without it there is nothing to sync.
            throw new ConnectProblemException(ConnectProblems.GmailScopeMissing);
        }
        if (account.Subject.Length == 0 || account.Email.Length == 0)
        {
            throw new ConnectProblemException(ConnectProblems.GmailNoAccount);
        }

        var connection = await db.MailboxConnections.SingleOrDefaultAsync(
            c => c.UserId == userId && c.Provider == MailProvider.Gmail && c.AccountId == account.Subject, cancellationToken);
        var tokens = account.Tokens;
        if (tokens.RefreshToken.Length == 0 && connection?.Credentials is { } previous)
        {
            tokens = tokens with { RefreshToken = identity.Decrypt(previous).RefreshToken };
        }
        if (tokens.RefreshToken.Length == 0)
        {
            throw new ConnectProblemException(ConnectProblems.GmailNoOfflineAccess);
        }

        if (connection is null)
        {
            var plan = await Plans.OfUserAsync(db, userId, cancellationToken);
            connection = MailboxConnection.Create(userId, MailProvider.Gmail, account.Subject, account.Email, plans.HistoryDays(plan), time.GetUtcNow());
            db.MailboxConnections.Add(connection);
        }

        // A reconnect keeps the label cursors: the next sync resumes from the stored history id.
        connection.AccountEmail = account.Email;
        connection.Activate(identity.Encrypt(tokens), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(connection.Id, "connected");
        return connection;
    }

    private static ConnectProblem Describe(string error) => error switch
    {
        "access_denied" => ConnectProblems.GmailCancelled,
        "consent_required" or "interaction_required" => ConnectProblems.GmailConsentRequired,
        "admin_policy_enforced" or "org_internal" => ConnectProblems.GmailBlockedByOrganisation,
        _ => ConnectProblems.GmailFailed,
    };
}
