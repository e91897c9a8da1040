using System.Security.Cryptography;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
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
            throw new ConnectProblemException(new("This sign-in link is not valid",
                "The answer from Google does not belong to a connection you started (or it was already used, or it expired). Start again from Integrations."));
        }
        if (error is not null)
        {
            throw new ConnectProblemException(Describe(error));
        }
        if (string.IsNullOrEmpty(code))
        {
            throw new ConnectProblemException(new("Google sent no authorization code", "Start again from Integrations."));
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
            throw new ConnectProblemException(new("Gmail access was not granted",
                "ApplyTrack needs permission to read your Gmail (read-only) to find recruiter emails. Connect again and keep the Gmail box ticked."));
        }
        if (account.Subject.Length == 0 || account.Email.Length == 0)
        {
            throw new ConnectProblemException(new("Google did not say which account this is", "Connect again and allow ApplyTrack to see your email address."));
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
            throw new ConnectProblemException(new("Google did not grant lasting access",
                "ApplyTrack needs offline access to keep your board up to date. Connect again and accept the permissions."));
        }

        if (connection is null)
        {
            var plan = await Plans.OfUserAsync(db, userId, cancellationToken);
            connection = MailboxConnection.Create(userId, MailProvider.Gmail, account.Subject, account.Email, plans.HistoryDays(plan), time.GetUtcNow());
            db.MailboxConnections.Add(connection);
        }

        // A reconnect keeps the label cursors: the next sync resumes from the stored history id.
        connection.AccountEmail = account.Email;
        connection.Activate(identity.Encrypt(tokens));
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(connection.Id, "connected");
        return connection;
    }

    private static ConnectProblem Describe(string error) => error switch
    {
        "access_denied" => new("You cancelled the connection", "Nothing was connected. You can connect Gmail any time from Integrations."),
        "consent_required" or "interaction_required" => new("Permission was not granted",
            "ApplyTrack needs your consent to read your Gmail (read-only). Connect again and accept the permissions."),
        "admin_policy_enforced" or "org_internal" => new("Your organisation blocks ApplyTrack",
            "Your Google Workspace administrator does not allow this app to read mail. Ask them to allow ApplyTrack (read-only Gmail access)."),
        _ => new("Google could not connect your mailbox", $"Google answered '{error}'. Try again in a moment."),
    };
}
