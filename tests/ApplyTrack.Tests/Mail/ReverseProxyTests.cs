using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.WebUtilities;

namespace ApplyTrack.Tests.Mail;

/// <summary>Behind a TLS-terminating reverse proxy the OAuth redirect URIs carry the public https host, from trusted proxies only.</summary>
public sealed class ReverseProxyTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task Behind_a_trusted_proxy_the_redirect_uris_use_the_forwarded_https_host()
    {
        // One client per call: an answer to a forwarded-https request re-issues the session cookie as Secure, which this
        // plain-http test client would then keep to itself (a browser behind the proxy is on https throughout).
        var gmail = await RedirectUriAsync(await app.CreateSignedInClientAsync(), "/api/connections/gmail", ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "tracker.example.com"));
        var outlook = await RedirectUriAsync(await app.CreateSignedInClientAsync(), "/api/connections/outlook", ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "tracker.example.com"));

        Assert.Equal("https://tracker.example.com/connections/gmail/callback", gmail);
        Assert.Equal("https://tracker.example.com/connections/outlook/callback", outlook);
    }

    internal static async Task<string> RedirectUriAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { loginHint = "someone@gmail.test" }) };
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var authorizeUrl = new Uri((await response.ReadJsonAsync()).GetProperty("authorizeUrl").GetString()!);
        return QueryHelpers.ParseQuery(authorizeUrl.Query)["redirect_uri"].ToString();
    }
}

/// <summary>Demo mode whose only trusted proxy is elsewhere: forwarded headers from loopback are a stranger's claim.</summary>
public sealed class UntrustedProxyApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["ReverseProxy:KnownProxies:0"] = "10.9.8.7",
    };
}

public sealed class UntrustedProxyTests(UntrustedProxyApplication app) : IClassFixture<UntrustedProxyApplication>
{
    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        var client = await app.CreateSignedInClientAsync();

        var gmail = await ReverseProxyTests.RedirectUriAsync(client, "/api/connections/gmail", ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "evil.example"));

        Assert.Equal($"{app.BaseAddress.Scheme}://{app.BaseAddress.Authority}/connections/gmail/callback", gmail);
    }
}

public sealed class ProductionRedirectUriTests
{
    private static IServiceProvider MailServices(string section, string redirectUri)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{section}:ClientId"] = "prod-client",
            [$"{section}:ClientSecret"] = "prod-secret",
            [$"{section}:RedirectUri"] = redirectUri,
        });
        builder.AddMail();
        return builder.Services.BuildServiceProvider();
    }

    private static object Options(IServiceProvider services, string section) => section == "Outlook"
        ? services.GetRequiredService<IOptions<OutlookOptions>>().Value
        : services.GetRequiredService<IOptions<GoogleOptions>>().Value;

    [Theory]
    [InlineData("Outlook", "http://tracker.example.com/connections/outlook/callback")]
    [InlineData("Google", "http://tracker.example.com/connections/gmail/callback")]
    public void Production_refuses_an_http_redirect_uri_for_a_public_host_and_says_what_to_set(string section, string redirectUri)
    {
        var services = MailServices(section, redirectUri);

        var error = Assert.Throws<OptionsValidationException>(() => Options(services, section));

        Assert.Contains($"{section}:RedirectUri must use https in Production", error.Message);
        Assert.Contains("ReverseProxy:KnownProxies", error.Message);
    }

    [Theory]
    [InlineData("Outlook", "https://tracker.example.com/connections/outlook/callback")]
    [InlineData("Google", "http://localhost:5000/connections/gmail/callback")]
    [InlineData("Google", "http://127.0.0.1:5000/connections/gmail/callback")]
    public void Production_accepts_an_https_or_loopback_redirect_uri(string section, string redirectUri)
    {
        var services = MailServices(section, redirectUri);

        Assert.NotNull(Options(services, section));
    }
}
