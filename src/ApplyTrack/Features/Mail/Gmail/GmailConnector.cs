using ApplyTrack.Features.Mail.Connections;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Connect / reconnect a Gmail mailbox: start the authorization (<see cref="OAuthHandshake"/>), then finish it on the callback
/// (code redeemed, granted scopes checked, the connection saved by <see cref="ConnectionUpsert"/>). A reconnect of the same
/// Google account keeps its cursors.
/// </summary>
public sealed class GmailConnector(
    GoogleIdentity identity,
    GoogleEndpoints endpoints,
    OAuthHandshake handshake,
    ConnectionUpsert upsert)
{
    public const string CallbackPath = "/connections/gmail/callback";

    public async Task<string> StartAsync(string userId, string? loginHint, string redirectUri, CancellationToken cancellationToken)
    {
        var begun = await handshake.BeginAsync(userId, MailProvider.Gmail, loginHint, redirectUri, cancellationToken);
        endpoints.EnsureDemoClient(redirectUri);
        OAuthHandshake.TryReadLoginHint(loginHint, out var hint);
        return identity.BuildAuthorizeUrl(begun.State, begun.CodeChallenge, redirectUri, hint);
    }

    public async Task<MailboxConnection> CompleteAsync(string userId, string? state, string? code, string? error, CancellationToken cancellationToken)
    {
        var pending = await handshake.ConsumeAsync(userId, MailProvider.Gmail, state, cancellationToken)
            ?? throw new ConnectProblemException(ConnectProblems.InvalidGmailState);
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
            account = await identity.RedeemCodeAsync(code, handshake.CodeVerifier(pending), pending.RedirectUri, cancellationToken);
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
        if (string.IsNullOrWhiteSpace(account.Subject) || string.IsNullOrWhiteSpace(account.Email))
        {
            throw new ConnectProblemException(ConnectProblems.GmailNoAccount);
        }

        // A reconnect keeps the label cursors (the next sync resumes from the stored history id) and, when Google sends no new
        // refresh token for an account it already granted, the previous one.
        var saved = await upsert.SaveAsync(userId, MailProvider.Gmail, account.Subject, account.Email, previous =>
        {
            var tokens = account.Tokens;
            if (tokens.RefreshToken.Length == 0 && previous?.Credentials is { } stored)
            {
                tokens = tokens with { RefreshToken = identity.Decrypt(stored).RefreshToken };
            }
            return tokens.RefreshToken.Length == 0 ? throw new ConnectProblemException(ConnectProblems.GmailNoOfflineAccess) : identity.Encrypt(tokens);
        }, cancellationToken);
        return saved.Connection;
    }

    private static ConnectProblem Describe(string error) => error switch
    {
        "access_denied" => ConnectProblems.GmailCancelled,
        "consent_required" or "interaction_required" => ConnectProblems.GmailConsentRequired,
        "admin_policy_enforced" or "org_internal" => ConnectProblems.GmailBlockedByOrganisation,
        _ => ConnectProblems.GmailFailed,
    };
}
