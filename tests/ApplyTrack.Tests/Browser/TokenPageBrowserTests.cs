using System.Net;
using System.Net.Http.Headers;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class TokenPageBrowserTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_token_made_on_the_settings_page_is_shown_once_works_and_stops_working_when_revoked()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserSession.SignUpAsync(page, "tokens");
        await page.GotoAsync("/settings/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "access token" }).ClickAsync();

        // Keyboard only: name it, tab past the scopes (both ticked), create.
        await page.GetByLabel("Name").FillAsync("Chrome on my phone");
        await page.GetByLabel("Name").PressAsync("Enter");
        var secret = await page.Locator("#new-token-secret").InputValueAsync();
        Assert.Matches("^atk_[A-Za-z0-9_-]{43}$", secret);

        using var api = new HttpClient { BaseAddress = app.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/applications")).StatusCode);

        // Shown once: the list never carries it again, but says the token was used.
        await page.GotoAsync("/settings/tokens");
        Assert.DoesNotContain(secret, await page.ContentAsync());
        var row = page.Locator(".token", new() { HasText = "Chrome on my phone" });
        await Assertions.Expect(row).ToContainTextAsync("last used");

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke Chrome on my phone" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Revoke this token?" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("revoked");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/applications")).StatusCode);

        await page.GotoAsync("/settings/security");
        var log = page.Locator(".audit-log");
        await Assertions.Expect(log).ToContainTextAsync("Access token created");
        await Assertions.Expect(log).ToContainTextAsync("Access token revoked");
        await Assertions.Expect(log).ToContainTextAsync("Access token refused");
        await Assertions.Expect(log).ToContainTextAsync("Signed in");
    }
}
