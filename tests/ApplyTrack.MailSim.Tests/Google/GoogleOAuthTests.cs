using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Google;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GoogleOAuthTests : IAsyncLifetime
{
    private MailSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Google_client_redeems_a_pkce_code_for_access_refresh_and_id_tokens()
    {
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");

        var (parameters, verifier) = await GoogleClients.AuthorizeAsync(_sandbox, flow, state: "state-42");
        var token = await flow.ExchangeCodeForTokenAsync("sam", parameters["code"], verifier, GoogleClients.RedirectUri, CancellationToken.None);

        Assert.Equal("state-42", parameters["state"]);
        Assert.StartsWith("ya29.", token.AccessToken);
        Assert.StartsWith("1//0", token.RefreshToken);
        Assert.Contains(GoogleScopes.GmailReadonly, token.Scope.Split(' '));
        var idToken = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(token.IdToken.Split('.')[1]))))!;
        Assert.Equal("https://accounts.google.com", idToken["iss"]!.GetValue<string>());
        Assert.Equal(GoogleClients.ClientId, idToken["aud"]!.GetValue<string>());
        Assert.Equal("sam.rivera@gmail.com", idToken["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_returns_a_new_access_token_and_keeps_the_refresh_token_because_google_does_not_rotate()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, "sam.rivera@gmail.com");
        var firstAccessToken = session.Token.AccessToken;
        var refreshToken = session.Token.RefreshToken;

        Assert.True(await session.Credential.RefreshTokenAsync(CancellationToken.None));

        Assert.NotEqual(firstAccessToken, session.Credential.Token.AccessToken);
        Assert.Equal(refreshToken, session.Credential.Token.RefreshToken);
        using var http = new HttpClient(_sandbox.CreateTrustingHandler());
        using var raw = await http.PostAsync(new Uri(_sandbox.HttpsBaseAddress, "token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = GoogleClients.ClientId, ["client_secret"] = GoogleClients.ClientSecret,
        }));
        var body = JsonNode.Parse(await raw.Content.ReadAsStringAsync())!.AsObject();
        Assert.False(body.ContainsKey("refresh_token"));
        Assert.Equal(3599, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task Signing_in_again_without_prompt_consent_brings_no_refresh_token_and_prompt_consent_brings_one()
    {
        await GoogleClients.SignInAsync(_sandbox, "sam.rivera@gmail.com");

        var again = await GoogleClients.SignInAsync(_sandbox, "sam.rivera@gmail.com");
        var reconsented = await GoogleClients.SignInAsync(_sandbox, "sam.rivera@gmail.com", prompt: "consent");

        Assert.Null(again.Token.RefreshToken);
        Assert.NotNull(reconsented.Token.RefreshToken);
    }

    [Fact]
    public async Task Expired_refresh_token_switch_makes_refresh_fail_with_invalid_grant()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, "sam.rivera@gmail.com");

        _sandbox.Services.GetRequiredService<GoogleTokens>().ExpireRefreshTokens("sam.rivera@gmail.com");
        var error = await Assert.ThrowsAsync<TokenResponseException>(() => session.Credential.RefreshTokenAsync(CancellationToken.None));

        Assert.Equal("invalid_grant", error.Error.Error);
        Assert.Equal("Token has been expired or revoked.", error.Error.ErrorDescription);
    }

    [Fact]
    public async Task A_code_redeemed_twice_is_rejected()
    {
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");
        var (parameters, verifier) = await GoogleClients.AuthorizeAsync(_sandbox, flow);
        await flow.ExchangeCodeForTokenAsync("sam", parameters["code"], verifier, GoogleClients.RedirectUri, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TokenResponseException>(() =>
            flow.ExchangeCodeForTokenAsync("sam", parameters["code"], verifier, GoogleClients.RedirectUri, CancellationToken.None));

        Assert.Equal("invalid_grant", error.Error.Error);
    }

    [Fact]
    public async Task A_wrong_pkce_verifier_is_rejected()
    {
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");
        var (parameters, _) = await GoogleClients.AuthorizeAsync(_sandbox, flow);

        var error = await Assert.ThrowsAsync<TokenResponseException>(() =>
            flow.ExchangeCodeForTokenAsync("sam", parameters["code"], new string('x', 43), GoogleClients.RedirectUri, CancellationToken.None));

        Assert.Equal("invalid_grant", error.Error.Error);
        Assert.Equal("Invalid code verifier.", error.Error.ErrorDescription);
    }

    [Theory]
    [InlineData("http://127.0.0.1:53124/")]   // another loopback port: Google does not ignore it for a web client
    [InlineData("http://127.0.0.1:53123")]    // no trailing slash
    [InlineData("http://localhost:53123/")]   // another host name for the same address
    public async Task A_redirect_uri_that_differs_from_the_registered_one_in_any_character_is_refused(string requested)
    {
        _sandbox.Settings().RegisterClient(new GoogleClient(GoogleClients.ClientId, GoogleClients.ClientSecret, [GoogleClients.RedirectUri]));
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");
        var url = flow.CreateAuthorizationCodeRequest(requested).Build();
        using var http = new HttpClient(_sandbox.CreateTrustingHandler());

        using var response = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("redirect_uri_mismatch", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_registered_redirect_uri_itself_is_accepted()
    {
        _sandbox.Settings().RegisterClient(new GoogleClient(GoogleClients.ClientId, GoogleClients.ClientSecret, [GoogleClients.RedirectUri]));
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");

        var (parameters, _) = await GoogleClients.AuthorizeAsync(_sandbox, flow);

        Assert.NotEmpty(parameters["code"]);
    }

    [Fact]
    public async Task A_registered_client_with_the_wrong_secret_gets_invalid_client()
    {
        _sandbox.Settings().RegisterClient(new GoogleClient(GoogleClients.ClientId, "the-real-secret"));
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");
        var (parameters, verifier) = await GoogleClients.AuthorizeAsync(_sandbox, flow);

        var error = await Assert.ThrowsAsync<TokenResponseException>(() =>
            flow.ExchangeCodeForTokenAsync("sam", parameters["code"], verifier, GoogleClients.RedirectUri, CancellationToken.None));

        Assert.Equal("invalid_client", error.Error.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Deny_switch_redirects_back_with_access_denied_and_the_state()
    {
        _sandbox.Settings().DenyConsent = true;
        var flow = GoogleClients.Flow(_sandbox, loginHint: "sam.rivera@gmail.com");

        var (parameters, _) = await GoogleClients.AuthorizeAsync(_sandbox, flow, state: "s1");

        Assert.Equal("access_denied", parameters["error"]);
        Assert.Equal("s1", parameters["state"]);
        Assert.False(parameters.ContainsKey("code"));
    }

    [Fact]
    public async Task Revoking_the_refresh_token_ends_the_grant_for_the_api_and_a_second_revoke_is_400()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, "sam.rivera@gmail.com");

        await session.Credential.RevokeTokenAsync(CancellationToken.None);
        using var http = new HttpClient(_sandbox.CreateTrustingHandler());
        http.DefaultRequestHeaders.Authorization = new("Bearer", session.Token.AccessToken);
        var (status, body) = await http.GetJsonAsync(new Uri(_sandbox.HttpsBaseAddress, "gmail/v1/users/me/profile").ToString());
        using var second = await http.PostAsync(new Uri(_sandbox.HttpsBaseAddress, $"revoke?token={Uri.EscapeDataString(session.Token.RefreshToken)}"), null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("authError", body.Reason());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task With_auto_consent_off_the_consent_page_picks_an_account_and_allow_redirects_with_a_code()
    {
        _sandbox.Settings().AutoConsent = false;
        _sandbox.Mailboxes.GetOrCreate("sam.rivera@gmail.com");
        var flow = GoogleClients.Flow(_sandbox);
        var request = (GoogleAuthorizationCodeRequestUrl)flow.CreateAuthorizationCodeRequest(GoogleClients.RedirectUri, out _);
        request.State = "s2";
        using var http = new HttpClient(_sandbox.CreateTrustingHandler());

        var page = await http.GetStringAsync(request.Build());
        using var decision = await http.PostAsync(new Uri(_sandbox.HttpsBaseAddress, "o/oauth2/v2/auth/consent"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["request"] = request.Build().Query, ["email"] = "sam.rivera@gmail.com", ["decision"] = "allow",
        }));

        Assert.Contains("sam.rivera@gmail.com", page);
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        var location = decision.Headers.Location!.ToString();
        Assert.StartsWith(GoogleClients.RedirectUri, location);
        Assert.Contains("code=", location);
        Assert.Contains("state=s2", location);
    }

    [Fact]
    public async Task Discovery_document_names_the_sandbox_endpoints_and_google_issuer()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler());

        var doc = await http.GetOkAsync(new Uri(_sandbox.HttpsBaseAddress, ".well-known/openid-configuration").ToString());

        Assert.Equal("https://accounts.google.com", doc["issuer"]!.GetValue<string>());
        Assert.Equal(new Uri(_sandbox.HttpsBaseAddress, "token").ToString(), doc["token_endpoint"]!.GetValue<string>());
        var keys = await http.GetOkAsync(doc["jwks_uri"]!.GetValue<string>());
        Assert.Equal("RSA", keys["keys"]![0]!["kty"]!.GetValue<string>());
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
    }
}
