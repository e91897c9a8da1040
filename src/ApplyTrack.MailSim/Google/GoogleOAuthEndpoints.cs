using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ApplyTrack.MailSim.Google;

/// <summary>
/// Google OAuth 2.0 (PROTOCOLS §4.1, §8.4): `/o/oauth2/v2/auth`, `/token`, `/revoke`, discovery, JWKS and userinfo.
/// Refresh tokens are never rotated and come only with `access_type=offline` when consent is (re)given, as at Google.
/// </summary>
internal static class GoogleOAuthEndpoints
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var oauth = endpoints.MapGroup("").ExcludeFromDescription();
        oauth.MapGet("/o/oauth2/v2/auth", Authorize);
        oauth.MapGet("/o/oauth2/auth", Authorize);
        oauth.MapPost("/o/oauth2/v2/auth/consent", ConsentAsync).DisableAntiforgery();
        oauth.MapPost("/token", TokenAsync).DisableAntiforgery();
        oauth.MapPost("/o/oauth2/token", TokenAsync).DisableAntiforgery();
        oauth.MapPost("/revoke", RevokeAsync).DisableAntiforgery();
        oauth.MapGet("/revoke", RevokeAsync);
        oauth.MapPost("/o/oauth2/revoke", RevokeAsync).DisableAntiforgery();
        oauth.MapGet("/.well-known/openid-configuration", Discovery);
        oauth.MapGet("/oauth2/v3/certs", (SandboxKeys keys) => TypedResults.Json(keys.Jwks()));
        oauth.MapGet("/oauth2/v3/userinfo", UserInfo);
    }

    private static IResult Authorize(HttpRequest request, GoogleSandbox settings, GoogleTokens tokens, MailboxStore store)
    {
        var query = request.Query;
        if (Validate(query, settings) is { } invalid) return invalid;
        var mailbox = PickUser(query["login_hint"], settings, store);
        if (settings.AutoConsent || query["prompt"] == "none") return Decide(query, mailbox, approved: true, consentShown: false, settings, tokens);
        return ConsentPage(request.QueryString.Value ?? "", query, mailbox, store, settings);
    }

    private static async Task<IResult> ConsentAsync(HttpRequest request, GoogleSandbox settings, GoogleTokens tokens, MailboxStore store)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var query = new QueryCollection(QueryHelpers.ParseQuery(form["request"].ToString()));
        if (Validate(query, settings) is { } invalid) return invalid;
        var email = form["email"].ToString();
        var mailbox = store.GetOrCreate(string.IsNullOrWhiteSpace(email) ? PickUser(query["login_hint"], settings, store).User.Email : email.Trim());
        return Decide(query, mailbox, approved: form["decision"] == "allow", consentShown: true, settings, tokens);
    }

    /// <summary>Problems Google shows on its own error page instead of redirecting back (the redirect URI itself is not trusted yet).</summary>
    private static IResult? Validate(IQueryCollection query, GoogleSandbox settings)
    {
        foreach (var required in new[] { "client_id", "redirect_uri", "scope" })
            if (StringValues.IsNullOrEmpty(query[required]))
                return ErrorPage("invalid_request", $"Missing required parameter: {required}");
        if (settings.FindClient(query["client_id"]!) is { RedirectUris: { Count: > 0 } allowed } && !allowed.Any(uri => RedirectMatches(uri, query["redirect_uri"]!)))
            return ErrorPage("redirect_uri_mismatch", $"You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. redirect_uri={query["redirect_uri"]}");
        if (!StringValues.IsNullOrEmpty(query["code_challenge"]) && query["code_challenge_method"].ToString() is not ("" or "S256" or "plain"))
            return ErrorPage("invalid_request", "Invalid code_challenge_method value.");
        return null;
    }

    private static IResult Decide(IQueryCollection query, Mailbox mailbox, bool approved, bool consentShown, GoogleSandbox settings, GoogleTokens tokens)
    {
        var redirectUri = query["redirect_uri"].ToString();
        var state = query["state"].ToString();
        if (query["response_type"] != "code") return RedirectBack(redirectUri, state, ("error", "unsupported_response_type"));
        if (!approved || settings.DenyConsent) return RedirectBack(redirectUri, state, ("error", "access_denied"));

        var clientId = query["client_id"].ToString();
        var requested = GoogleScopes.Parse(query["scope"]);
        var granted = settings.PartialGrant ? requested.Where(s => !GoogleScopes.IsGmail(s)).ToHashSet() : requested.ToHashSet();
        var previously = mailbox.ConsentedScopes(clientId);
        var prompt = query["prompt"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var firstConsent = !granted.All(previously.Contains);
        if (prompt.Contains("none") && firstConsent) return RedirectBack(redirectUri, state, ("error", "consent_required"));

        // Google hands out a refresh token only when the user actually saw the consent screen.
        var sawConsent = consentShown || firstConsent || prompt.Contains("consent");
        mailbox.GrantConsent(clientId, granted);
        var scope = query["include_granted_scopes"] == "true" ? granted.Union(previously) : granted;
        var code = tokens.CreateCode(new GoogleAuthorizationCode(
            mailbox.User.Email, clientId, redirectUri, GoogleScopes.Join(scope),
            NullIfEmpty(query["code_challenge"]), NullIfEmpty(query["code_challenge"]) is null ? null : NullIfEmpty(query["code_challenge_method"]) ?? "plain",
            query["access_type"] == "offline" && sawConsent, NullIfEmpty(query["nonce"]), tokens.Now + CodeLifetime));
        return RedirectBack(redirectUri, state, ("code", code), ("scope", GoogleScopes.Join(scope)), ("authuser", "0"),
            ("prompt", sawConsent ? "consent" : "none"));
    }

    private static async Task<IResult> TokenAsync(HttpRequest request, GoogleSandbox settings, GoogleTokens tokens, MailboxStore store, SandboxKeys keys)
    {
        if (!request.HasFormContentType) return GoogleErrors.OAuth("invalid_request", "Required parameter is missing: grant_type");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (clientId, clientSecret) = ClientCredentials(request, form);
        if (string.IsNullOrEmpty(clientId)) return GoogleErrors.OAuth("invalid_request", "Could not determine client ID from request.");
        if (settings.FindClient(clientId) is { ClientSecret: { } expectedSecret } && expectedSecret != clientSecret)
            return GoogleErrors.OAuth("invalid_client", "Unauthorized", 401);

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                if (StringValues.IsNullOrEmpty(form["code"])) return GoogleErrors.OAuth("invalid_request", "Missing required parameter: code");
                var code = tokens.RedeemCode(form["code"]!);
                if (code is null || code.ClientId != clientId) return GoogleErrors.OAuth("invalid_grant", "Bad Request");
                if (form["redirect_uri"] != code.RedirectUri) return GoogleErrors.OAuth("redirect_uri_mismatch", "Bad Request");
                if (PkceError(code, form["code_verifier"]) is { } pkce) return pkce;
                var refreshToken = code.IssueRefreshToken ? tokens.IssueRefreshToken(code.Email, clientId, code.Scope) : null;
                return TokenResponse(tokens, keys, settings, store, request, code.Email, clientId, code.Scope, refreshToken, code.Nonce);

            case "refresh_token":
                if (StringValues.IsNullOrEmpty(form["refresh_token"])) return GoogleErrors.OAuth("invalid_request", "Missing required parameter: refresh_token");
                var grant = tokens.ValidateRefreshToken(form["refresh_token"]!);
                if (grant is null) return GoogleErrors.OAuth("invalid_grant", "Token has been expired or revoked.");
                if (grant.ClientId != clientId) return GoogleErrors.OAuth("unauthorized_client", "Unauthorized", 401);
                var scope = grant.Scope;
                if (!StringValues.IsNullOrEmpty(form["scope"]))
                {
                    var asked = GoogleScopes.Parse(form["scope"]);
                    if (!asked.IsSubsetOf(GoogleScopes.Parse(grant.Scope)))
                        return GoogleErrors.OAuth("invalid_scope", "Some requested scopes were invalid. {invalid=[" + string.Join(", ", asked.Except(GoogleScopes.Parse(grant.Scope))) + "]}");
                    scope = GoogleScopes.Join(asked);
                }
                // No refresh_token in the answer: Google does not rotate them (the .NET client keeps the old one).
                return TokenResponse(tokens, keys, settings, store, request, grant.Email, clientId, scope, null, null);

            case "":
                return GoogleErrors.OAuth("invalid_request", "Required parameter is missing: grant_type");
            default:
                return GoogleErrors.OAuth("unsupported_grant_type", $"Invalid grant_type: {form["grant_type"]}");
        }
    }

    private static IResult? PkceError(GoogleAuthorizationCode code, StringValues verifier)
    {
        if (code.CodeChallenge is null)
            return StringValues.IsNullOrEmpty(verifier) ? null : GoogleErrors.OAuth("invalid_request", "code_verifier or verifier is not needed.");
        if (StringValues.IsNullOrEmpty(verifier)) return GoogleErrors.OAuth("invalid_grant", "Missing code verifier.");
        var computed = code.CodeChallengeMethod == "S256"
            ? SandboxKeys.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier.ToString())))
            : verifier.ToString();
        return computed == code.CodeChallenge ? null : GoogleErrors.OAuth("invalid_grant", "Invalid code verifier.");
    }

    private static IResult TokenResponse(GoogleTokens tokens, SandboxKeys keys, GoogleSandbox settings, MailboxStore store, HttpRequest request,
        string email, string clientId, string scope, string? refreshToken, string? nonce)
    {
        var (accessToken, claims) = tokens.IssueAccessToken(email, clientId, scope);
        var body = new JsonObject
        {
            ["access_token"] = accessToken,
            ["expires_in"] = (int)settings.AccessTokenLifetime.TotalSeconds - 1,
        };
        if (refreshToken is not null) body["refresh_token"] = refreshToken;
        body["scope"] = scope;
        body["token_type"] = "Bearer";
        if (GoogleScopes.Parse(scope).Contains("openid") && store.Find(email) is { } mailbox)
            body["id_token"] = IdToken(keys, settings, mailbox.User, clientId, scope, accessToken, claims, nonce);
        request.HttpContext.Response.Headers.CacheControl = "no-cache, no-store, max-age=0, must-revalidate";
        request.HttpContext.Response.Headers.Pragma = "no-cache";
        return TypedResults.Json(body);
    }

    private static string IdToken(SandboxKeys keys, GoogleSandbox settings, MailUser user, string clientId, string scope, string accessToken,
        GoogleTokenClaims claims, string? nonce)
    {
        var scopes = GoogleScopes.Parse(scope);
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        var idClaims = new JsonObject
        {
            ["iss"] = settings.Issuer,
            ["azp"] = clientId,
            ["aud"] = clientId,
            ["sub"] = GoogleTokens.SubjectOf(user),
        };
        if (scopes.Contains(GoogleScopes.Email))
        {
            idClaims["email"] = user.Email;
            idClaims["email_verified"] = true;
        }
        idClaims["at_hash"] = SandboxKeys.Base64Url(hash.AsSpan(0, 16));
        if (nonce is not null) idClaims["nonce"] = nonce;
        if (scopes.Contains(GoogleScopes.Profile))
        {
            idClaims["name"] = user.DisplayName;
            idClaims["given_name"] = user.DisplayName.Split(' ')[0];
            idClaims["family_name"] = user.DisplayName.Split(' ').Last();
        }
        idClaims["iat"] = new DateTimeOffset(claims.IssuedTicks, TimeSpan.Zero).ToUnixTimeSeconds();
        idClaims["exp"] = new DateTimeOffset(claims.ExpiresTicks, TimeSpan.Zero).ToUnixTimeSeconds();
        return keys.CreateJwt(idClaims);
    }

    private static async Task<IResult> RevokeAsync(HttpRequest request, GoogleTokens tokens)
    {
        var token = request.Query["token"].ToString();
        if (token.Length == 0 && request.HasFormContentType)
            token = (await request.ReadFormAsync(request.HttpContext.RequestAborted))["token"].ToString();
        if (token.Length == 0) return GoogleErrors.OAuth("invalid_request", "Bad Request");
        return tokens.Revoke(token) ? TypedResults.Json(new JsonObject()) : GoogleErrors.OAuth("invalid_token", "Token expired or revoked");
    }

    private static IResult Discovery(HttpRequest request, GoogleSandbox settings)
    {
        var root = $"{request.Scheme}://{request.Host}";
        return TypedResults.Json(new JsonObject
        {
            ["issuer"] = settings.Issuer,
            ["authorization_endpoint"] = $"{root}/o/oauth2/v2/auth",
            ["token_endpoint"] = $"{root}/token",
            ["userinfo_endpoint"] = $"{root}/oauth2/v3/userinfo",
            ["revocation_endpoint"] = $"{root}/revoke",
            ["jwks_uri"] = $"{root}/oauth2/v3/certs",
            ["response_types_supported"] = new JsonArray("code", "token", "id_token", "code token", "code id_token", "token id_token", "code token id_token", "none"),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["scopes_supported"] = new JsonArray("openid", "email", "profile"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
            ["claims_supported"] = new JsonArray("aud", "email", "email_verified", "exp", "family_name", "given_name", "iat", "iss", "name", "picture", "sub"),
            ["code_challenge_methods_supported"] = new JsonArray("plain", "S256"),
            ["grant_types_supported"] = new JsonArray("authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
        });
    }

    private static IResult UserInfo(HttpRequest request, GoogleTokens tokens, MailboxStore store)
    {
        var bearer = request.Headers.Authorization.ToString();
        var token = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? tokens.ValidateAccessToken(bearer[7..].Trim()) : null;
        if (token is null || store.Find(token.Email) is not { } mailbox)
            return TypedResults.Json(new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Invalid Credentials" }, statusCode: 401);
        var user = mailbox.User;
        return TypedResults.Json(new JsonObject
        {
            ["sub"] = GoogleTokens.SubjectOf(user),
            ["name"] = user.DisplayName,
            ["given_name"] = user.DisplayName.Split(' ')[0],
            ["family_name"] = user.DisplayName.Split(' ').Last(),
            ["email"] = user.Email,
            ["email_verified"] = true,
        });
    }

    private static Mailbox PickUser(StringValues loginHint, GoogleSandbox settings, MailboxStore store)
    {
        if (!StringValues.IsNullOrEmpty(loginHint)) return store.GetOrCreate(loginHint.ToString().Trim());
        if (settings.DefaultUserEmail is { } email) return store.GetOrCreate(email);
        return store.Mailboxes.FirstOrDefault() ?? store.GetOrCreate("sandbox.user@gmail.com");
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
                return (WebUtility.UrlDecode(pair[0]), pair.Length > 1 ? WebUtility.UrlDecode(pair[1]) : null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }
        return (NullIfEmpty(form["client_id"]), NullIfEmpty(form["client_secret"]));
    }

    // Google compares the redirect URI with the registered ones character for character: scheme, host, port, path and
    // trailing slash (a web client registered as http://127.0.0.1:5000/cb does not accept :5001). Loopback port freedom is
    // only for "Desktop app" clients, which this sandbox does not model.
    private static bool RedirectMatches(string registered, string requested) => string.Equals(registered, requested, StringComparison.Ordinal);

    private static RedirectHttpResult RedirectBack(string redirectUri, string state, params (string Name, string Value)[] parameters)
    {
        var query = new QueryBuilder();
        if (state.Length > 0) query.Add("state", state);
        foreach (var (name, value) in parameters) query.Add(name, value);
        var separator = redirectUri.Contains('?') ? "&" : "?";
        return TypedResults.Redirect(redirectUri + separator + query.ToString().TrimStart('?'));
    }

    private static ContentHttpResult ErrorPage(string error, string description) => TypedResults.Content(
        $"""
        <!doctype html><html><head><title>Error 400 ({WebUtility.HtmlEncode(error)})</title></head>
        <body><h1>Access blocked: Authorization Error</h1><p>Error 400: {WebUtility.HtmlEncode(error)}</p><p>{WebUtility.HtmlEncode(description)}</p></body></html>
        """, "text/html; charset=utf-8", Encoding.UTF8, 400);

    private static ContentHttpResult ConsentPage(string originalQuery, IQueryCollection query, Mailbox suggested, MailboxStore store, GoogleSandbox settings)
    {
        var appName = settings.FindClient(query["client_id"].ToString())?.Name ?? query["client_id"].ToString();
        var accounts = new StringBuilder();
        foreach (var m in store.Mailboxes)
        {
            var initial = m.User.DisplayName.Length > 0 ? char.ToUpperInvariant(m.User.DisplayName[0]).ToString() : "?";
            accounts.Append(CultureInfo.InvariantCulture, $"""
                <label class="account"><input type="radio" name="email" value="{Html(m.User.Email)}"{(m == suggested ? " checked" : "")}>
                <span class="avatar">{Html(initial)}</span><span class="who"><strong>{Html(m.User.DisplayName)}</strong><small>{Html(m.User.Email)}</small></span></label>
                """);
        }
        var permissions = string.Concat(GoogleScopes.Parse(query["scope"]).Order(StringComparer.Ordinal).Select(s => $"<li>{Html(GoogleScopes.Describe(s))}</li>"));
        return TypedResults.Content(
            $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in with Google – ApplyTrack sandbox</title>
            <style>
              :root { font-family: Roboto, "Google Sans", system-ui, -apple-system, sans-serif; color: #1f1f1f; background: #f0f4f9; }
              body { margin: 0; }
              .banner { background: #1a73e8; color: #fff; padding: .6rem 1rem; font-size: .9rem; text-align: center; }
              main { max-width: 460px; margin: 2.5rem auto; background: #fff; padding: 2rem 2.25rem; border-radius: 28px; }
              .brand { font-size: .95rem; color: #444746; margin: 0 0 1rem; }
              h1 { font-size: 1.6rem; font-weight: 400; margin: 0 0 .5rem; }
              .app { color: #444746; margin: 0 0 1.25rem; }
              fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; }
              legend { font-weight: 500; margin-bottom: .5rem; }
              .account { display: flex; align-items: center; gap: .75rem; padding: .6rem .5rem; border-bottom: 1px solid #e3e3e3; cursor: pointer; }
              .account:has(input:checked) { background: #e8f0fe; }
              .avatar { width: 2rem; height: 2rem; border-radius: 50%; background: #0b57d0; color: #fff; display: grid; place-items: center; flex: none; }
              .who { display: flex; flex-direction: column; min-width: 0; }
              .who small { color: #444746; overflow-wrap: anywhere; }
              ul { margin: .25rem 0 1.5rem; padding-left: 1.2rem; }
              li { margin: .35rem 0; }
              .actions { display: flex; justify-content: flex-end; gap: .5rem; }
              button { font: inherit; padding: .55rem 1.5rem; border-radius: 20px; border: 0; background: transparent; color: #0b57d0; cursor: pointer; }
              button.primary { background: #0b57d0; color: #fff; }
              .fine { color: #444746; font-size: .8rem; margin-top: 1.5rem; }
            </style></head>
            <body>
            <div class="banner"><strong>ApplyTrack mail sandbox</strong> — a local stand-in for Google sign-in. No real account or password is used.</div>
            <main>
              <p class="brand">Sign in with Google</p>
              <h1>{{Html(appName)}} wants to access your Google Account</h1>
              <form method="post" action="/o/oauth2/v2/auth/consent">
                <input type="hidden" name="request" value="{{Html(originalQuery)}}">
                <fieldset><legend>Choose an account</legend>{{accounts}}</fieldset>
                <div><strong>This will allow {{Html(appName)}} to:</strong><ul>{{permissions}}</ul></div>
                <div class="actions">
                  <button type="submit" name="decision" value="deny">Cancel</button>
                  <button type="submit" name="decision" value="allow" class="primary">Allow</button>
                </div>
              </form>
              <p class="fine">Make sure you trust {{Html(appName)}}. Allowing grants exactly the access listed above, as Google's consent screen would.</p>
            </main>
            </body></html>
            """, "text/html; charset=utf-8", Encoding.UTF8, 200);
    }

    private static string Html(string value) => WebUtility.HtmlEncode(value);

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();
}
