using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class BoardBrowserTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Moving_a_card_shows_in_a_second_session_without_reload()
    {
        var email = $"browser-{Guid.NewGuid():N}@example.com";
        await using var first = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        await using var second = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        first.SetDefaultTimeout(60_000);
        second.SetDefaultTimeout(60_000);
        var page = await first.NewPageAsync();
        var watcher = await second.NewPageAsync();

        // Sign up and add an application.
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/board");
        await Assertions.Expect(page.Locator(".column-applied .empty")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add application" }).ClickAsync();
        await page.GetByLabel("Company").FillAsync("Contoso");
        await page.GetByLabel("Role").FillAsync("Product Manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".column-applied .card", new() { HasText = "Contoso" })).ToBeVisibleAsync();

        // A second session of the same person watches the board.
        await watcher.GotoAsync("/account/login");
        await watcher.GetByLabel("Email").FillAsync(email);
        await watcher.GetByLabel("Password").FillAsync(Password);
        await watcher.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await watcher.WaitForURLAsync("**/board");
        await Assertions.Expect(watcher.Locator(".column-applied .card", new() { HasText = "Contoso" })).ToBeVisibleAsync();
        await Assertions.Expect(watcher.Locator("#board[data-connected=true]")).ToBeAttachedAsync();
        var watcherNavigations = 0;
        watcher.FrameNavigated += (_, frame) => { if (frame == watcher.MainFrame) watcherNavigations++; };

        // Move it to Interviewing from the card's Move dialog.
        await page.Locator(".card", new() { HasText = "Contoso" }).GetByRole(AriaRole.Button, new() { Name = "Move…" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Interviewing").CheckAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".column-interviewing .card", new() { HasText = "Contoso" })).ToBeVisibleAsync();

        // The other session sees the move live, with no reload.
        await Assertions.Expect(watcher.Locator(".column-interviewing .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(watcher.Locator(".column-applied .card")).ToHaveCountAsync(0);
        Assert.Equal(0, watcherNavigations);

        if (Environment.GetEnvironmentVariable("APPLYTRACK_SCREENSHOT_DIR") is { Length: > 0 } dir)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add application" }).ClickAsync();
            await page.GetByLabel("Company").FillAsync("Fabrikam");
            await page.GetByLabel("Role").FillAsync("Data Scientist");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".column-applied .card", new() { HasText = "Fabrikam" })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "board.png") });
        }
    }

    [Fact]
    public async Task Application_detail_shows_history_and_takes_notes()
    {
        var email = $"detail-{Guid.NewGuid():N}@example.com";
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        // Generous: CI machines are shared and the first sync competes with other test classes for two cores.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add application" }).ClickAsync();
        await page.GetByLabel("Company").FillAsync("Northwind");
        await page.GetByLabel("Role").FillAsync("Backend Engineer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Northwind Backend Engineer" }).ClickAsync();
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("offer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set status" }).ClickAsync();
        await page.GetByLabel("New note").FillAsync("Offer call on Friday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        await Assertions.Expect(page.Locator("#status-badge")).ToHaveTextAsync("Offer Extended");
        await Assertions.Expect(page.Locator(".timeline li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("Applied → Offer Extended");
        await Assertions.Expect(page.Locator(".notes")).ToContainTextAsync("Offer call on Friday");
    }
}
