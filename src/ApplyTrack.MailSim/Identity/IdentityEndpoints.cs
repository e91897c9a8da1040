using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Identity;

/// <summary>Microsoft identity platform v2.0 (PROTOCOLS §1, §8.2) under `/{tenant}/…`; any tenant segment is accepted.</summary>
public static class IdentityEndpoints
{
    public static IHostApplicationBuilder AddMicrosoftIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ClientRegistry>();
        builder.Services.AddSingleton<ISandboxStateSection>(sp => sp.GetRequiredService<ClientRegistry>());
        builder.Services.AddSingleton<AuthorizationCodes>();
        builder.Services.AddSingleton<TokenIssuer>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMicrosoftIdentity(this IEndpointRouteBuilder app)
    {
        app.ServiceProvider.GetRequiredService<FaultResponses>().Register(SandboxSurface.Identity, (context, status, _) =>
        {
            var time = context.RequestServices.GetRequiredService<TimeProvider>();
            var error = status == 429
                ? new AadError("temporarily_unavailable", 50196, "The server terminated an operation because it encountered a client request loop. Please try again later.", 429)
                : new AadError(status >= 500 ? "temporarily_unavailable" : "invalid_request", status >= 500 ? 90006 : 90000, "Injected fault: the service is not available right now.", status);
            return error.ToResult(context, time).ExecuteAsync(context);
        });

        var tenant = app.MapGroup("/{tenant}").ExcludeFromDescription();
        tenant.MapGet("/oauth2/v2.0/authorize", Authorize);
        tenant.MapPost("/oauth2/v2.0/authorize", Consent).DisableAntiforgery();
        tenant.MapPost("/oauth2/v2.0/token", Token.RedeemAsync).DisableAntiforgery();
        tenant.MapPost("/oauth2/v2.0/devicecode", (HttpContext context, TimeProvider time) =>
            new AadError("invalid_request", 70002, "The device code flow is not available in the ApplyTrack sandbox; use the authorization code flow.").ToResult(context, time));
        tenant.MapGet("/v2.0/.well-known/openid-configuration", Discovery);
        tenant.MapGet("/discovery/v2.0/keys", (SandboxKeys keys) => Results.Json(keys.Jwks()));
        app.MapGet("/discovery/v2.0/keys", (SandboxKeys keys) => Results.Json(keys.Jwks()));
        tenant.MapGet("/v2.0/adminconsent", AdminConsent);
        tenant.MapPost("/v2.0/adminconsent", AdminConsentDecision).DisableAntiforgery();
        return app;
    }

    private static IResult Authorize(string tenant, HttpRequest http, MailboxStore store, ClientRegistry clients, AuthorizationCodes codes,
        SandboxFaults faults, MailSandboxOptions options, TimeProvider time)
    {
        var request = AuthorizeRequest.FromQuery(tenant, http.Query);
        if (Validate(request, clients) is { } invalid) return invalid;

        // Tenant policies apply to work accounts only; personal accounts have no administrator.
        var signingIn = request.LoginHint is { } who ? store.Find(who)?.User : store.Find(options.DemoUserEmail)?.User;
        var workAccount = signingIn?.IsPersonalAccount != true;
        if (workAccount && faults.Identity.UserNotAssigned)
            return request.ReplyError("access_denied", new AadError("access_denied", 50105,
                "Your administrator has configured the application ApplyTrack to block users unless they are specifically granted ('assigned') access to the application."));
        if (workAccount && faults.Identity.RequireAdminConsent && !faults.HasAdminConsent(signingIn?.TenantId ?? MailUser.SandboxTenantId, request.Scopes))
            return faults.Identity.AdminConsentReply switch
            {
                AdminConsentReply.ReturnedToApp => request.Reply([new("error", "access_denied"), new("error_subcode", "cancel"),
                    new("error_description", "AADSTS65004: User declined to consent to access the app.")]),
                var reply => request.ReplyError(reply == AdminConsentReply.AccessDenied ? "access_denied" : "consent_required", AadError.AdminConsentRequired with
                {
                    Description = "Need admin approval. The app needs permission to access resources in your organization that only an admin can grant. Ask an admin to grant permission to this app before you can use it.",
                }),
            };
        if (faults.Identity.RequireConsent)
            return request.ReplyError("consent_required", AadError.ConsentRequired);

        if (request.Prompt == "none")
        {
            var known = request.LoginHint is not null ? store.Find(request.LoginHint) : store.Mailboxes is [var only] ? only : null;
            if (known is null) return request.ReplyError("login_required", new AadError("login_required", 50058, "A silent sign-in request was sent but no user is signed in."));
            if (!Scopes.ResourceScopes(request.Scopes).All(known.ConsentedScopes(request.ClientId!).Contains))
                return request.ReplyError("consent_required", AadError.ConsentRequired);
            return IssueCode(request, known, codes, time);
        }

        if (options.AutoConsent)
        {
            if (faults.Identity.UserDeclines) return Declined(request);
            var mailbox = request.LoginHint is { } hint ? store.GetOrCreate(hint)
                : store.Find(options.DemoUserEmail) ?? store.Mailboxes.FirstOrDefault() ?? store.GetOrCreate("sandbox.user@sandbox.applytrack.local");
            mailbox.GrantConsent(request.ClientId!, request.Scopes);
            return IssueCode(request, mailbox, codes, time);
        }

        return ConsentPage.Render(request, AppName(request, clients), [.. store.Mailboxes.Select(m => m.User)], request.LoginHint);
    }

    private static async Task<IResult> Consent(string tenant, HttpRequest http, MailboxStore store, ClientRegistry clients,
        AuthorizationCodes codes, TimeProvider time)
    {
        var form = await http.ReadFormAsync();
        var request = AuthorizeRequest.FromForm(tenant, form);
        if (Validate(request, clients) is { } invalid) return invalid;
        if (form["decision"] != "accept") return Declined(request);

        var email = form["account"].ToString() is { Length: > 0 } picked ? picked : form["new_account"].ToString().Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
            return ConsentPage.Render(request, AppName(request, clients), [.. store.Mailboxes.Select(m => m.User)], request.LoginHint,
                "Enter a valid email address, or pick one of the accounts.");
        var mailbox = store.GetOrCreate(email);
        mailbox.GrantConsent(request.ClientId!, request.Scopes);
        return IssueCode(request, mailbox, codes, time);
    }

    /// <summary>Errors that cannot be sent to the app (no trustworthy redirect) are shown on a page, as the real service does.</summary>
    private static IResult? Validate(AuthorizeRequest request, ClientRegistry clients)
    {
        if (request.RedirectUri is null)
            return ConsentPage.Error("Sign-in failed", "AADSTS900144: The request body must contain the following parameter: 'redirect_uri'.");
        if (clients.Admit(request.ClientId, request.RedirectUri) is { } error)
            return ConsentPage.Error("Sign-in failed", $"AADSTS{error.Code}: {error.Description}");
        if (request.ResponseType != "code")
            return request.ReplyError("unsupported_response_type", AadError.InvalidRequest(700054, "response_type 'code' is the only type the sandbox supports."));
        if (request.Scopes.Count == 0)
            return request.ReplyError("invalid_request", AadError.InvalidRequest(900144, "The request body must contain the following parameter: 'scope'."));
        if (request.CodeChallengeMethod is not (null or "S256" or "plain"))
            return request.ReplyError("invalid_request", AadError.InvalidRequest(501491, "Invalid code_challenge_method."));
        if (request.CodeChallenge is null && request.CodeChallengeMethod is not null)
            return request.ReplyError("invalid_request", AadError.InvalidRequest(501491, "code_challenge_method requires a code_challenge."));
        return null;
    }

    private static IResult IssueCode(AuthorizeRequest request, Mailbox mailbox, AuthorizationCodes codes, TimeProvider time)
    {
        var code = codes.Issue(new CodeGrant(mailbox.Id, request.ClientId!, request.RedirectUri!, request.Scopes, request.CodeChallenge,
            request.CodeChallengeMethod, request.Nonce, time.GetUtcNow()));
        return request.Reply([new("code", code), new("session_state", Guid.NewGuid().ToString())]);
    }

    private static IResult Declined(AuthorizeRequest request) =>
        request.ReplyError("access_denied", new AadError("access_denied", 65004, "User declined to consent to access the app."));

    private static string AppName(AuthorizeRequest request, ClientRegistry clients) =>
        clients.Find(request.ClientId!)?.DisplayName ?? $"App {request.ClientId}";

    private static IResult Discovery(string tenant, HttpRequest request)
    {
        var baseUrl = TokenIssuer.BaseUrl(request);
        var issuerTenant = tenant is "common" or "organizations" or "consumers" ? "{tenantid}" : tenant;
        return Results.Json(new JsonObject
        {
            ["token_endpoint"] = $"{baseUrl}{tenant}/oauth2/v2.0/token",
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt", "client_secret_basic"),
            ["jwks_uri"] = $"{baseUrl}{tenant}/discovery/v2.0/keys",
            ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
            ["issuer"] = $"{baseUrl}{issuerTenant}/v2.0",
            ["request_uri_parameter_supported"] = false,
            ["userinfo_endpoint"] = $"{baseUrl}oidc/userinfo",
            ["authorization_endpoint"] = $"{baseUrl}{tenant}/oauth2/v2.0/authorize",
            ["device_authorization_endpoint"] = $"{baseUrl}{tenant}/oauth2/v2.0/devicecode",
            ["http_logout_supported"] = true,
            ["frontchannel_logout_supported"] = true,
            ["end_session_endpoint"] = $"{baseUrl}{tenant}/oauth2/v2.0/logout",
            ["claims_supported"] = new JsonArray("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "preferred_username", "name", "tid", "ver", "oid", "email"),
            ["code_challenge_methods_supported"] = new JsonArray("plain", "S256"),
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = "sandbox.applytrack.local",
        });
    }

    /// <summary>`/adminconsent` (PROTOCOLS §1.8): a tenant admin approves the app for everyone; `common` is refused.</summary>
    private static IResult AdminConsent(string tenant, HttpRequest http, ClientRegistry clients, MailSandboxOptions options, SandboxFaults faults)
    {
        var request = AdminConsentRequest(tenant, http.Query["client_id"], http.Query["redirect_uri"], http.Query["scope"], http.Query["state"]);
        if (request.RedirectUri is null)
            return ConsentPage.Error("Admin consent failed", "AADSTS900144: The request body must contain the following parameter: 'redirect_uri'.");
        if (clients.Admit(request.ClientId, request.RedirectUri) is { } error)
            return ConsentPage.Error("Admin consent failed", $"AADSTS{error.Code}: {error.Description}");
        if (tenant is "common" or "consumers")
            return request.ReplyError("invalid_request", AadError.InvalidRequest(90130, "Application is not supported for this API version. Use a tenant id or 'organizations' for admin consent."));
        if (string.IsNullOrWhiteSpace(http.Query["scope"]))
            return request.ReplyError("invalid_request", AadError.InvalidRequest(900144, "The request body must contain the following parameter: 'scope'."));
        if (options.AutoConsent) return Approve(request, clients, faults);
        return Results.Content($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admin consent – ApplyTrack sandbox</title>
            <style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;background:#f3f2f1}.banner{background:#5c2d91;color:#fff;padding:.6rem 1rem;text-align:center}
            main{max-width:440px;margin:2.5rem auto;background:#fff;padding:2rem;box-shadow:0 2px 6px rgba(0,0,0,.2)}h1{font-size:1.4rem;font-weight:600}
            button{font:inherit;padding:.45rem 1.6rem;border:1px solid #8a8886;background:#fff}.primary{background:#0067b8;color:#fff;border-color:#0067b8}</style></head>
            <body><div class="banner"><strong>ApplyTrack mail sandbox</strong> — admin consent for the sandbox organization</div>
            <main><h1>Grant permission for your organization</h1>
            <p><strong>{{AuthorizeRequest.Html(clients.Find(request.ClientId!)?.DisplayName ?? request.ClientId!)}}</strong> asks for
            {{AuthorizeRequest.Html(string.Join(", ", request.Scopes))}} on behalf of every user in the organization.</p>
            <form method="post">{{string.Concat(request.Fields().Where(f => f.Value is not null).Select(f => $"""<input type="hidden" name="{f.Key}" value="{AuthorizeRequest.Html(f.Value!)}">"""))}}
            <button name="decision" value="cancel">Cancel</button> <button class="primary" name="decision" value="accept">Accept</button></form></main></body></html>
            """, "text/html; charset=utf-8");
    }

    private static async Task<IResult> AdminConsentDecision(string tenant, HttpRequest http, ClientRegistry clients, SandboxFaults faults)
    {
        var form = await http.ReadFormAsync();
        var request = AdminConsentRequest(tenant, form["client_id"], form["redirect_uri"], form["scope"], form["state"]);
        if (clients.Admit(request.ClientId, request.RedirectUri) is not null || request.RedirectUri is null)
            return ConsentPage.Error("Admin consent failed", "The request is not valid.");
        return form["decision"] == "accept"
            ? Approve(request, clients, faults)
            : request.Reply([new("admin_consent", "True"), new("error", "consent_required"), new("error_description", "AADSTS65004: User declined to consent to access the app.")]);
    }

    private static AuthorizeRequest AdminConsentRequest(string tenant, string? clientId, string? redirectUri, string? scope, string? state) =>
        new(tenant, clientId, "code", redirectUri, "query", Scopes.Parse(scope), state, null, null, null, null, null);

    /// <summary>Grants exactly what was asked (`.default` = the registration's static permissions plus sign-in) to the tenant.</summary>
    private static IResult Approve(AuthorizeRequest request, ClientRegistry clients, SandboxFaults faults)
    {
        var granted = request.Scopes.SelectMany(s => s == ".default"
            ? [.. clients.Find(request.ClientId!)?.StaticScopes ?? ["User.Read", "Mail.Read"], .. Scopes.Oidc]
            : new[] { s });
        faults.GrantAdminConsent(MailUser.SandboxTenantId, granted);
        return request.Reply([new("admin_consent", "True"), new("tenant", MailUser.SandboxTenantId), new("scope", Scopes.Format(request.Scopes))]);
    }
}
