using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Identity.Client;

namespace ApplyTrack.MailSim.Tests.Infrastructure;

/// <summary>MSAL pointed at the sandbox the way the product points it at Microsoft: only the authority and the HTTP client differ.</summary>
public sealed class SandboxMsalHttpClientFactory(MailSandbox sandbox) : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(sandbox.CreateTrustingHandler());

    public HttpClient GetHttpClient() => _client;
}

public static class MicrosoftClients
{
    public const string RedirectUri = "http://localhost:5173/signin-microsoft";
    public static readonly string[] MailScopes = ["Mail.Read", "User.Read"];

    public static IConfidentialClientApplication ConfidentialClient(MailSandbox sandbox, string clientId = "3f6b2f8e-7a1d-4c55-9d0e-2a7c1b9e4f10", string secret = "sandbox-secret")
    {
        var app = ConfidentialClientApplicationBuilder.Create(clientId)
            .WithClientSecret(secret)
            .WithAuthority(sandbox.Authority().ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithRedirectUri(RedirectUri)
            .WithHttpClientFactory(new SandboxMsalHttpClientFactory(sandbox))
            .Build();
        return app;
    }

    /// <summary>Follows the authorize request like a browser would with auto-consent: GET, read the redirect.</summary>
    public static async Task<(string? Code, Dictionary<string, string> Parameters, string Verifier)> AuthorizeAsync(
        MailSandbox sandbox, IConfidentialClientApplication app, string? loginHint = null, IEnumerable<string>? scopes = null)
    {
        var request = app.GetAuthorizationRequestUrl(scopes ?? MailScopes).WithPkce(out var verifier);
        if (loginHint is not null) request = request.WithLoginHint(loginHint);
        // A confidential client's authorize URL carries no state; the web app adds its own, as here.
        var authorizeUri = await request.ExecuteAsync() + "&state=" + Guid.NewGuid().ToString("N");
        using var http = new HttpClient(sandbox.CreateTrustingHandler());
        using var response = await http.GetAsync(authorizeUri);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var parameters = QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        return (parameters.GetValueOrDefault("code"), parameters, verifier);
    }

    public static async Task<AuthenticationResult> SignInAsync(MailSandbox sandbox, IConfidentialClientApplication app, string? loginHint = null,
        IEnumerable<string>? scopes = null)
    {
        var (code, parameters, verifier) = await AuthorizeAsync(sandbox, app, loginHint, scopes);
        Assert.True(code is not null, $"authorize failed: {string.Join(", ", parameters)}");
        return await app.AcquireTokenByAuthorizationCode(scopes ?? MailScopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync();
    }

    /// <summary>The refresh token MSAL holds in its cache (the product stores exactly this).</summary>
    public static string? CachedRefreshToken(byte[] serializedCache)
    {
        var cache = JsonNode.Parse(serializedCache)!;
        return cache["RefreshToken"]?.AsObject().Select(p => (string?)p.Value!["secret"]).SingleOrDefault();
    }
}
