using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;

namespace ApplyTrack.Tests.Hosting;

/// <summary>Every page the product serves, signed out and signed in, with a connected demo mailbox so no page is empty.</summary>
public sealed partial class SecurityHeadersTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    public static readonly string[] AnonymousPages = ["/", "/account/login", "/account/register", "/plans", "/Error"];

    [Fact]
    public async Task Every_page_has_a_strict_policy_and_no_inline_script_or_handler()
    {
        var (client, connectionId, applicationId) = await SignedInWithMailAsync();
        string[] signedIn =
        [
            "/board", $"/applications/{applicationId}", "/activity", "/activity?unmatched=true", "/settings/integrations",
            "/settings/integrations/imap", $"/settings/integrations/{connectionId}/folders", "/settings/account", "/plans", "/connections/problem?code=gmail-failed",
            "/board?handler=Columns", "/activity?handler=Rows", "/settings/integrations?handler=Connections",
        ];
        var anonymous = app.CreateCookieClient();

        foreach (var (who, path) in AnonymousPages.Select(p => (anonymous, p)).Concat(signedIn.Select(p => (client, p))))
        {
            var response = await who.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy);
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(InlineScript().IsMatch(html), $"{path} has an inline <script>: {InlineScript().Match(html).Value}");
            Assert.False(InlineHandler().IsMatch(html), $"{path} has an on*= handler: {InlineHandler().Match(html).Value}");
        }
    }

    [Fact]
    public async Task Api_and_static_files_carry_the_headers_too()
    {
        var client = app.CreateCookieClient();

        var health = await client.GetAsync("/health");
        var script = await client.GetAsync("/js/site.js");

        Assert.Contains("frame-ancestors 'none'", health.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("nosniff", script.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private async Task<(HttpClient Client, Guid ConnectionId, Guid ApplicationId)> SignedInWithMailAsync()
    {
        var mailboxEmail = $"csp-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3), "conv-contoso"));
        mailbox.Add(TestMail.Rejection("Initech", "Analyst", DateTimeOffset.UtcNow.AddDays(-1), "conv-initech"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);
        var application = await client.CreateApplicationAsync("Northwind", "Backend Engineer");
        return (client, connectionId, application.GetProperty("id").GetGuid());
    }

    /// <summary>A script element with code in it (an external one, src=…, has none).</summary>
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    /// <summary>An event-handler attribute (onclick=, onsubmit=, …) inside any tag.</summary>
    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}

/// <summary>Behind HTTPS (TestServer answers for any scheme the client uses): HSTS and Secure cookies.</summary>
public sealed class HttpsHeadersTests(SqliteApplication app) : IClassFixture<SqliteApplication>
{
    [Fact]
    public async Task Over_https_cookies_are_secure_and_hsts_is_sent()
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://applytrack.example"), AllowAutoRedirect = false, HandleCookies = true });

        var register = await client.PostAsJsonAsync("/api/account/register", new { email = $"https-{Guid.NewGuid():N}@example.com", password = "correct horse battery" });
        var page = await client.GetAsync("/board");

        Assert.Contains(register.Headers.GetValues("Set-Cookie"), c => c.StartsWith("applytrack.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Over_plain_http_there_is_no_hsts()
    {
        var response = await app.CreateClient(new() { BaseAddress = new Uri("http://applytrack.example") }).GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
