using System.Net;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Identity;
using ApplyTrack.MailSim.Tests.Infrastructure;
using Microsoft.Identity.Client;

namespace ApplyTrack.MailSim.Tests.Identity;

public sealed class AuthorizationCodeFlowTests : IAsyncLifetime
{
    private MailSandbox _sandbox = null!;

    public async Task InitializeAsync() =>
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Msal_redeems_a_pkce_code_and_gets_an_account_for_the_login_hint_user()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);

        var result = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");

        Assert.False(string.IsNullOrEmpty(result.AccessToken));
        Assert.Equal("jordan.lee@contoso.example", result.Account.Username);
        var mailbox = _sandbox.Mailboxes.Find("jordan.lee@contoso.example")!;
        Assert.Equal($"{mailbox.Id}.{mailbox.User.TenantId}", result.Account.HomeAccountId.Identifier);
        Assert.Contains("Mail.Read", result.Scopes.Select(Scopes.Normalize));
    }

    [Fact]
    public async Task Authorize_echoes_state_on_the_redirect()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);

        var (_, parameters, _) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "jordan.lee@contoso.example");

        Assert.Equal(32, parameters["state"].Length);
    }

    [Fact]
    public async Task Wrong_pkce_verifier_is_rejected_with_aadsts501481()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var (code, _, _) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "jordan.lee@contoso.example");

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() =>
            app.AcquireTokenByAuthorizationCode(MicrosoftClients.MailScopes, code).WithPkceCodeVerifier(new string('x', 43)).ExecuteAsync());

        Assert.Equal("invalid_grant", error.ErrorCode);
        Assert.Contains("AADSTS501481", error.Message);
    }

    [Fact]
    public async Task A_code_redeemed_twice_fails_with_aadsts54005()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var (code, _, verifier) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "jordan.lee@contoso.example");
        await app.AcquireTokenByAuthorizationCode(MicrosoftClients.MailScopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync();

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() =>
            MicrosoftClients.ConfidentialClient(_sandbox).AcquireTokenByAuthorizationCode(MicrosoftClients.MailScopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync());

        Assert.Contains("AADSTS54005", error.Message);
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_keeps_the_account()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        byte[]? cache = null;
        app.UserTokenCache.SetAfterAccess(args => { if (args.HasStateChanged) cache = args.TokenCache.SerializeMsalV3(); });
        var first = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        var firstRefreshToken = MicrosoftClients.CachedRefreshToken(cache!);

        var second = await app.AcquireTokenSilent(MicrosoftClients.MailScopes, first.Account).WithForceRefresh(true).ExecuteAsync();

        Assert.NotNull(firstRefreshToken);
        Assert.NotEqual(firstRefreshToken, MicrosoftClients.CachedRefreshToken(cache!));
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal(first.Account.HomeAccountId, second.Account.HomeAccountId);
    }

    [Fact]
    public async Task Expired_refresh_token_surfaces_as_ui_required_with_aadsts700082()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Faults.ExpireRefreshTokens(null, _sandbox.Clock.GetUtcNow());

        var error = await Assert.ThrowsAsync<MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync());

        Assert.Equal("invalid_grant", error.ErrorCode);
        Assert.Contains("AADSTS700082", error.Message);
    }

    [Fact]
    public async Task Refresh_token_after_90_days_of_inactivity_is_expired()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Clock.Advance(TimeSpan.FromDays(91));

        var error = await Assert.ThrowsAsync<MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).ExecuteAsync());

        Assert.Contains("AADSTS700082", error.Message);
    }

    [Fact]
    public async Task Revoked_sessions_surface_as_ui_required_with_aadsts50173()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        _sandbox.Mailboxes.Find("jordan.lee@contoso.example")!.RevokeSignInSessions();

        var error = await Assert.ThrowsAsync<MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync());

        Assert.Contains("AADSTS50173", error.Message);
    }

    [Fact]
    public async Task Missing_consent_on_refresh_is_classified_as_consent_required_with_aadsts65001()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Mailboxes.Find("jordan.lee@contoso.example")!.RevokeConsent("3f6b2f8e-7a1d-4c55-9d0e-2a7c1b9e4f10");

        var error = await Assert.ThrowsAsync<MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync());

        Assert.Equal(UiRequiredExceptionClassification.ConsentRequired, error.Classification);
        Assert.Contains("AADSTS65001", error.Message);
    }

    [Fact]
    public async Task Admin_consent_required_comes_back_on_the_authorize_redirect_with_aadsts90094()
    {
        _sandbox.Faults.Identity = new IdentityFaults { RequireAdminConsent = true };
        var app = MicrosoftClients.ConfidentialClient(_sandbox);

        var (code, parameters, _) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "jordan.lee@contoso.example");

        Assert.Null(code);
        Assert.Equal("consent_required", parameters["error"]);
        Assert.StartsWith("AADSTS90094:", parameters["error_description"]);
        Assert.False(string.IsNullOrEmpty(parameters["state"]));
    }

    [Fact]
    public async Task Admin_consent_required_on_refresh_surfaces_aadsts90094_until_an_admin_consents()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Faults.Identity = new IdentityFaults { RequireAdminConsent = true };

        var error = await Assert.ThrowsAsync<MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync());
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };
        using var adminConsent = await http.GetAsync(
            $"organizations/v2.0/adminconsent?client_id=3f6b2f8e-7a1d-4c55-9d0e-2a7c1b9e4f10&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri={Uri.EscapeDataString(MicrosoftClients.RedirectUri)}&state=42");

        Assert.Contains("AADSTS90094", error.Message);
        Assert.Contains("admin_consent=True", adminConsent.Headers.Location!.Query);
        Assert.Contains(MailSim.Mailboxes.MailUser.SandboxTenantId, adminConsent.Headers.Location!.Query);
    }

    [Fact]
    public async Task Token_errors_use_the_identity_platform_body_format()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };

        using var response = await http.PostAsync("common/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "any-client", ["grant_type"] = "refresh_token", ["refresh_token"] = "not-a-token",
        }));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (string?)body["error"]);
        Assert.StartsWith("AADSTS9002313:", (string?)body["error_description"]);
        Assert.Equal(9002313, (int)body["error_codes"]![0]!);
        foreach (var field in new[] { "timestamp", "trace_id", "correlation_id", "error_uri" }) Assert.NotNull(body[field]);
    }

    [Fact]
    public async Task An_authorization_code_older_than_ten_minutes_is_expired_aadsts70008()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var (code, _, verifier) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Clock.Advance(TimeSpan.FromMinutes(11));

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() =>
            app.AcquireTokenByAuthorizationCode(MicrosoftClients.MailScopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync());

        Assert.Contains("AADSTS70008", error.Message);
    }

    [Fact]
    public async Task Mfa_step_up_on_refresh_surfaces_as_interaction_required_with_claims()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "jordan.lee@contoso.example");
        _sandbox.Faults.Identity = new IdentityFaults { RequireInteraction = true };

        var error = await Assert.ThrowsAnyAsync<MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync());

        Assert.Contains("AADSTS50076", error.Message);
        Assert.False(string.IsNullOrEmpty(error.Claims));
    }

    [Fact]
    public async Task Scopes_from_two_resources_in_one_token_request_are_refused_aadsts700022()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var (code, _, verifier) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "jordan.lee@contoso.example");

        using var response = await http.PostAsync("common/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "3f6b2f8e-7a1d-4c55-9d0e-2a7c1b9e4f10", ["client_secret"] = "sandbox-secret", ["grant_type"] = "authorization_code",
            ["code"] = code!, ["code_verifier"] = verifier, ["redirect_uri"] = MicrosoftClients.RedirectUri,
            ["scope"] = "https://graph.microsoft.com/Mail.Read https://outlook.office.com/IMAP.AccessAsUser.All",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS700022", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Discovery_document_and_keys_point_at_the_sandbox()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };

        var discovery = JsonNode.Parse(await http.GetStringAsync("common/v2.0/.well-known/openid-configuration"))!;
        var keys = JsonNode.Parse(await http.GetStringAsync(new Uri((string)discovery["jwks_uri"]!)))!;

        Assert.Equal($"{_sandbox.HttpsBaseAddress}common/oauth2/v2.0/token", (string?)discovery["token_endpoint"]);
        Assert.Equal($"{_sandbox.HttpsBaseAddress}{{tenantid}}/v2.0", (string?)discovery["issuer"]);
        Assert.Equal("RSA", (string?)keys["keys"]![0]!["kty"]);
    }
}
