using System.Net;
using System.Text.RegularExpressions;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Accounts;

/// <summary>
/// "Sign in with Microsoft / Google" over real HTTP: the app's OpenID Connect handler, the sandbox's authorize, token,
/// discovery and key endpoints (signed id_token, nonce, PKCE), following every redirect by hand.
/// </summary>
public sealed partial class SingleSignOnTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private const string Password = "correct horse battery";

    private static string NewEmail() => $"casey-{Guid.NewGuid():N}@contoso.example";

    /// <summary>Start → the sandbox's authorize → the app's callback; returns the answer of the <c>/account/sso</c> page.</summary>
    private async Task<HttpResponseMessage> SignInWithAsync(HttpClient client, string scheme, string email)
    {
        var start = await client.GetAsync($"/account/sso/{scheme}/start?loginHint={Uri.EscapeDataString(email)}");
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        using var browser = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var authorize = await browser.GetAsync(start.Headers.Location);
        Assert.True(authorize.StatusCode == HttpStatusCode.Found, $"the sandbox answered {authorize.StatusCode}: {await authorize.Content.ReadAsStringAsync()}");
        var callback = await client.GetAsync(authorize.Headers.Location!.PathAndQuery);
        Assert.True(callback.StatusCode == HttpStatusCode.Found, $"the callback answered {callback.StatusCode}");
        Assert.Equal("/account/sso", callback.Headers.Location!.ToString());
        return await client.GetAsync("/account/sso");
    }

    private static async Task<string?> SignedInEmailAsync(HttpClient client)
    {
        var me = await client.GetAsync("/api/me");
        return me.StatusCode == HttpStatusCode.OK ? (await me.ReadJsonAsync()).GetProperty("email").GetString() : null;
    }

    [Theory]
    [InlineData("microsoft")]
    [InlineData("google")]
    public async Task A_new_person_signing_in_with_a_provider_gets_an_account(string scheme)
    {
        var client = app.CreateCookieClient();
        var email = NewEmail();

        var complete = await SignInWithAsync(client, scheme, email);

        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);
        Assert.Equal("/board", complete.Headers.Location!.ToString());
        Assert.Equal(email, await SignedInEmailAsync(client));
    }

    [Fact]
    public async Task An_existing_password_account_is_linked_only_after_its_password_is_entered()
    {
        var email = NewEmail();
        await app.CreateSignedInClientAsync(email);
        var client = app.CreateCookieClient();

        var complete = await SignInWithAsync(client, "microsoft", email);
        var page = await complete.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Contains("Enter its password", page);
        Assert.Null(await SignedInEmailAsync(client));

        var wrong = await client.PostAsync("/account/sso", Form(page, "not the password"));
        Assert.Contains("not the password of this account", await wrong.Content.ReadAsStringAsync());
        Assert.Null(await SignedInEmailAsync(client));

        var right = await client.PostAsync("/account/sso", Form(page, Password));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(email, await SignedInEmailAsync(client));

        // Linked: the next provider sign-in needs no password.
        var later = app.CreateCookieClient();
        var again = await SignInWithAsync(later, "microsoft", email);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(email, await SignedInEmailAsync(later));
        // The security log has the link once, and the wrong password typed on the way.
        var log = (await (await later.GetAsync("/api/me/security-log")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Single(log, e => e.GetProperty("event").GetString() == "SsoLinked");
        Assert.Single(log, e => e.GetProperty("event").GetString() == "SignInFailed" && e.GetProperty("detail").GetString()!.Contains("linking", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_callback_signs_nobody_in()
    {
        var client = app.CreateCookieClient();
        await client.GetAsync($"/account/sso/microsoft/start?loginHint={Uri.EscapeDataString(NewEmail())}");

        var forged = await client.GetAsync("/signin-oidc-microsoft?code=1.AXkAforged&state=forged");

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.StartsWith("/account/login?sso=failed", forged.Headers.Location!.ToString());
        Assert.Null(await SignedInEmailAsync(client));
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_configured_providers()
    {
        var page = await app.CreateCookieClient().GetStringAsync("/account/login");

        Assert.Contains("Sign in with Microsoft", page);
        Assert.Contains("Sign in with Google", page);
    }

    private static FormUrlEncodedContent Form(string page, string password) => new(new Dictionary<string, string>
    {
        ["Password"] = password,
        ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
