using System.Text;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Identity;

/// <summary>`POST /{tenant}/oauth2/v2.0/token`: authorization_code (with PKCE) and refresh_token (with rotation) grants.</summary>
public static class Token
{
    public static async Task<IResult> RedeemAsync(HttpContext context, MailboxStore store, ClientRegistry clients, AuthorizationCodes codes,
        TokenIssuer issuer, SandboxFaults faults, TimeProvider time)
    {
        if (!context.Request.HasFormContentType)
            return AadError.InvalidRequest(900144, "The request body must contain the following parameter: 'grant_type'.").ToResult(context, time);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;

        var (clientId, secret) = ClientCredentials(context.Request, Field("client_id"), Field("client_secret"));
        var grantType = Field("grant_type");
        var outcome = grantType switch
        {
            "authorization_code" => RedeemCode(context, form, clientId, secret, store, clients, codes, issuer),
            "refresh_token" => Refresh(context, form, clientId, secret, store, clients, issuer, faults, time),
            null => AadError.InvalidRequest(900144, "The request body must contain the following parameter: 'grant_type'."),
            _ => AadError.UnsupportedGrant(grantType),
        };
        return outcome is AadError error ? error.ToResult(context, time) : Results.Json(outcome);
    }

    private static object RedeemCode(HttpContext context, IFormCollection form, string? clientId, string? secret, MailboxStore store,
        ClientRegistry clients, AuthorizationCodes codes, TokenIssuer issuer)
    {
        var redirectUri = form["redirect_uri"].ToString();
        if (CheckClient(clients, clientId, secret, redirectUri.Length > 0 ? redirectUri : null) is { } clientError) return clientError;
        var (grant, error) = codes.Redeem(form["code"].ToString());
        if (error is not null) return error;
        if (!string.Equals(grant!.ClientId, clientId, StringComparison.OrdinalIgnoreCase))
            return AadError.InvalidGrant(70000, "The provided grant is invalid: it was issued to another client.");
        if (!string.Equals(grant.RedirectUri, redirectUri, StringComparison.Ordinal))
            return AadError.InvalidGrant(500112, $"The reply address '{redirectUri}' does not match the reply address '{grant.RedirectUri}' provided when requesting the authorization code.");
        if (!AuthorizationCodes.VerifierMatches(grant, form["code_verifier"].ToString() is { Length: > 0 } v ? v : null))
            return AadError.PkceMismatch;

        var requested = form.ContainsKey("scope") ? Scopes.Parse(form["scope"]) : grant.Scopes;
        if (MultipleResources(requested)) return AadError.MultipleResources;
        if (!Scopes.ResourceScopes(requested).All(s => grant.Scopes.Contains(s, StringComparer.OrdinalIgnoreCase))) return AadError.ConsentRequired;
        var mailbox = store.Find(grant.MailboxId);
        if (mailbox is null) return AadError.RefreshRevoked;
        var scopes = requested.Where(s => !Scopes.IsOidc(s) || grant.Scopes.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        return issuer.Issue(context.Request, mailbox, clientId!, scopes, grant.IssuedAt, grant.Nonce, form["client_info"] == "1");
    }

    private static object Refresh(HttpContext context, IFormCollection form, string? clientId, string? secret, MailboxStore store,
        ClientRegistry clients, TokenIssuer issuer, SandboxFaults faults, TimeProvider time)
    {
        if (CheckClient(clients, clientId, secret, null) is { } clientError) return clientError;
        var payload = issuer.ReadRefreshToken(form["refresh_token"]);
        if (payload is null) return AadError.InvalidRefreshToken;
        if (!string.Equals(payload.Client, clientId, StringComparison.OrdinalIgnoreCase))
            return AadError.InvalidGrant(70000, "The provided grant is invalid: the refresh token was issued to another client.") with { Suberror = "client_mismatch" };
        var mailbox = store.Find(payload.User);
        if (mailbox is null) return AadError.RefreshRevoked;

        var switches = faults.Identity;
        if (switches.TemporarilyUnavailable) return AadError.TemporarilyUnavailable;
        if (mailbox.SessionsRevokedAt is { } revokedAt && payload.IssuedAt <= revokedAt) return AadError.RefreshRevoked;
        var now = time.GetUtcNow();
        if (faults.RefreshTokensExpiredBefore(mailbox.Id) is { } expiredBefore && payload.IssuedAt <= expiredBefore
            || now - payload.IssuedAt > TokenIssuer.RefreshInactivityLimit)
            return AadError.RefreshExpired(payload.IssuedAt);
        var firstUse = issuer.MarkRedeemed(payload);
        if (switches.StrictRotation && !firstUse) return AadError.CodeExpired;
        if (switches.RequireInteraction) return AadError.InteractionRequired;
        if (switches.RequireAdminConsent && !mailbox.User.IsPersonalAccount && !faults.HasAdminConsent(mailbox.User.TenantId, payload.Scopes))
            return AadError.AdminConsentRequired;
        if (switches.RequireConsent) return AadError.ConsentRequired;

        var requested = form.ContainsKey("scope") ? Scopes.Parse(form["scope"]) : payload.Scopes;
        if (MultipleResources(requested)) return AadError.MultipleResources;
        var consented = mailbox.ConsentedScopes(clientId!);
        if (!Scopes.ResourceScopes(requested).All(consented.Contains)) return AadError.ConsentRequired;
        // A refresh keeps offline_access and openid from the original grant even when the client does not repeat them.
        var scopes = requested.Union(payload.Scopes.Where(Scopes.IsOidc), StringComparer.OrdinalIgnoreCase).ToList();
        return issuer.Issue(context.Request, mailbox, clientId!, scopes, payload.AuthTime, null, form["client_info"] == "1");
    }

    /// <summary>`client_secret_post` or HTTP Basic (RFC 6749 §2.3.1).</summary>
    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, string? clientId, string? secret)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return (clientId, secret);
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : secret);
        }
        catch (FormatException)
        {
            return (clientId, secret);
        }
    }

    private static AadError? CheckClient(ClientRegistry clients, string? clientId, string? secret, string? redirectUri)
    {
        if (clients.Admit(clientId, redirectUri) is { } error) return error;
        var registered = clients.Find(clientId!);
        if (registered is null) return null;
        if (registered.IsPublic) return secret is null ? null : AadError.SecretFromPublicClient;
        if (secret is null) return AadError.MissingSecret;
        return secret == registered.ClientSecret ? null : AadError.InvalidSecret;
    }

    private static bool MultipleResources(IEnumerable<string> scopes) =>
        scopes.Select(Scopes.ResourceOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
}
