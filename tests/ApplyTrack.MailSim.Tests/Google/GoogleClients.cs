using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Mailboxes;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.MailSim.Tests.Google;

/// <summary>The Google client's HTTP factory, trusting the sandbox certificate (PROTOCOLS §6.4: only URLs and the handler differ).</summary>
public sealed class SandboxGoogleHttpClientFactory(MailSandbox sandbox) : HttpClientFactory
{
    protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) => sandbox.CreateTrustingHandler();
}

/// <summary>Google's flow initializer with the sandbox's endpoints (its URL constructor is protected, so a subclass sets them).</summary>
public sealed class SandboxFlowInitializer(MailSandbox sandbox) : GoogleAuthorizationCodeFlow.Initializer(
    new Uri(sandbox.HttpsBaseAddress, "o/oauth2/v2/auth").ToString(),
    new Uri(sandbox.HttpsBaseAddress, "token").ToString(),
    new Uri(sandbox.HttpsBaseAddress, "revoke").ToString());

/// <summary>A signed-in Google client: the unmodified <see cref="UserCredential"/> plus an HTTP client it authorizes (and refreshes).</summary>
public sealed record GoogleSession(UserCredential Credential, ConfigurableHttpClient Gmail, TokenResponse Token, string Email);

public static class GoogleClients
{
    public const string ClientId = "1234-sandbox.apps.googleusercontent.com";
    public const string ClientSecret = "GOCSPX-sandbox-secret";
    public const string RedirectUri = "http://127.0.0.1:53123/";
    public static readonly string[] ReadonlyScopes = ["openid", "email", GoogleScopes.GmailReadonly];

    public static GoogleSandbox Settings(this MailSandbox sandbox) => sandbox.Services.GetRequiredService<GoogleSandbox>();

    public static PkceGoogleAuthorizationCodeFlow Flow(MailSandbox sandbox, IEnumerable<string>? scopes = null, string? prompt = null, string? loginHint = null) =>
        new(new SandboxFlowInitializer(sandbox)
        {
            ClientSecrets = new ClientSecrets { ClientId = ClientId, ClientSecret = ClientSecret },
            Scopes = scopes ?? ReadonlyScopes,
            HttpClientFactory = new SandboxGoogleHttpClientFactory(sandbox),
            Prompt = prompt,
            LoginHint = loginHint,
        });

    /// <summary>Follows the authorize URL the Google client builds, like a browser with auto-consent, and returns the redirect's parameters.</summary>
    public static async Task<(Dictionary<string, string> Parameters, string Verifier)> AuthorizeAsync(MailSandbox sandbox, PkceGoogleAuthorizationCodeFlow flow,
        string state = "xyz-state")
    {
        var request = (GoogleAuthorizationCodeRequestUrl)flow.CreateAuthorizationCodeRequest(RedirectUri, out var verifier);
        request.State = state;
        using var http = new HttpClient(sandbox.CreateTrustingHandler());
        using var response = await http.GetAsync(request.Build());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.ToString());
        return (QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString()), verifier);
    }

    public static async Task<GoogleSession> SignInAsync(MailSandbox sandbox, string email, IEnumerable<string>? scopes = null, string? prompt = null)
    {
        var flow = Flow(sandbox, scopes, prompt, email);
        var (parameters, verifier) = await AuthorizeAsync(sandbox, flow);
        Assert.True(parameters.ContainsKey("code"), $"authorize failed: {string.Join(", ", parameters)}");
        var token = await flow.ExchangeCodeForTokenAsync(email, parameters["code"], verifier, RedirectUri, CancellationToken.None);
        var credential = new UserCredential(flow, email, token);
        var gmail = new SandboxGoogleHttpClientFactory(sandbox).CreateHttpClient(new CreateHttpClientArgs { Initializers = { credential } });
        gmail.BaseAddress = new Uri(sandbox.HttpsBaseAddress, "gmail/v1/users/me/");
        return new GoogleSession(credential, gmail, token, email);
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string relativeUrl)
    {
        using var response = await client.GetAsync(relativeUrl);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string relativeUrl)
    {
        var (status, body) = await client.GetJsonAsync(relativeUrl);
        Assert.True(status == HttpStatusCode.OK, $"GET {relativeUrl} → {(int)status} {body}");
        return body!;
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> PostJsonAsync(this HttpClient client, string relativeUrl, object body)
    {
        using var response = await client.PostAsJsonAsync(relativeUrl, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The `errors[0].reason` of a Google JSON API error body.</summary>
    public static string? Reason(this JsonNode? body) => body?["error"]?["errors"]?[0]?["reason"]?.GetValue<string>();

    public static NewMailMessage Letter(string subject, DateTimeOffset? received = null, string? text = "Hello", string? html = null,
        string? conversationId = null) =>
        new()
        {
            From = new MailAddress("talent@acme.example", "Acme Talent"),
            Subject = subject,
            TextBody = text,
            HtmlBody = html,
            ReceivedDateTime = received,
            ConversationId = conversationId,
        };

    public static string GmailId(this MailMessage message) => message.Number.ToString("x16");
}
