using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Accounts;

/// <summary>Signing out ends the session itself, not just the browser's copy of the cookie.</summary>
public sealed partial class SessionEndTests(SqliteApplication app) : IClassFixture<SqliteApplication>
{
    private HttpClient NewClient() => app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client that sends exactly the given cookie and keeps none it is sent.</summary>
    private HttpClient ClientWithCookie(string cookie)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<(HttpClient Client, string AuthCookie)> RegisterAsync(HttpClient client)
    {
        var register = await client.PostAsJsonAsync("/api/account/register", new { email = $"session-{Guid.NewGuid():N}@example.com", password = "correct horse battery" });
        register.EnsureSuccessStatusCode();
        var cookie = register.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("applytrack.auth=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';')]);
    }

    [Fact]
    public async Task A_cookie_captured_before_api_logout_is_refused_afterwards()
    {
        var (client, captured) = await RegisterAsync(NewClient());
        Assert.Equal(HttpStatusCode.OK, (await ClientWithCookie(captured).GetAsync("/api/me")).StatusCode);

        var logout = await client.PostAsync("/api/account/logout", null);
        var replay = await ClientWithCookie(captured).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Sign_out_from_the_page_header_posts_with_antiforgery_and_invalidates_a_captured_cookie()
    {
        var (client, captured) = await RegisterAsync(NewClient());
        var board = await client.GetStringAsync("/board");
        var form = LogoutForm().Match(board);
        Assert.True(form.Success, "The header's sign-out form must carry an antiforgery token.");

        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(form.Groups["token"].Value),
        }));
        var replayPage = await ClientWithCookie(captured).GetAsync("/board");
        var replayApi = await ClientWithCookie(captured).GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, replayPage.StatusCode);
        Assert.StartsWith("/account/login", replayPage.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, replayApi.StatusCode);
    }

    [GeneratedRegex("""<form[^>]*action="/account/logout"[^>]*>.*?name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)".*?</form>""", RegexOptions.Singleline)]
    private static partial Regex LogoutForm();
}
