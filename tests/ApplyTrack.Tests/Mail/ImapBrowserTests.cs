using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Mail;

public sealed class ImapBrowserTests(ImapApplication app, BrowserFixture browser) : IClassFixture<ImapApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Connecting_an_IMAP_mailbox_through_the_form_fills_the_board_and_new_mail_moves_a_card_live()
    {
        try
        {
            await ConnectAndWatchTheBoardAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // What the sync machinery did is the first thing to know when this fails on a busy machine.
            var trail = app.Logs.Lines.Where(l => l.Contains(".Imap.", StringComparison.Ordinal) || l.Contains(".Sync.", StringComparison.Ordinal)).TakeLast(40);
            throw new Xunit.Sdk.XunitException($"{ex.Message}\n--- IMAP and sync log ---\n{string.Join('\n', trail)}");
        }
    }

    private async Task ConnectAndWatchTheBoardAsync()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3), "conv-contoso"));
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        // Generous: CI machines are shared and the first sync competes with other test classes for two cores.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync($"browser-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/board");

        await page.GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/integrations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Connect IMAP" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Fastmail" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("IMAP server")).ToHaveValueAsync("imap.fastmail.com");
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("app password");
        await page.GetByLabel("IMAP server").FillAsync(ImapTestServer.Host);
        await page.GetByLabel("Security").SelectOptionAsync("none");
        await page.GetByLabel("Port").FillAsync(ImapTestServer.Port.ToString());
        await page.GetByLabel("Login").FillAsync(login);
        await page.GetByLabel("App password").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert")).ToContainTextAsync("refused the login");
        if (Environment.GetEnvironmentVariable("APPLYTRACK_SCREENSHOT_DIR") is { Length: > 0 } dir)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "connect-imap.png"), FullPage = true });
        }
        await page.GetByLabel("App password").FillAsync(ImapTestServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        await Assertions.Expect(page.Locator(".connection")).ToContainTextAsync($"IMAP · {login}@{ImapTestServer.Host}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Board" }).ClickAsync();
        await Assertions.Expect(page.Locator(".column-applied .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#board[data-connected=true]")).ToBeAttachedAsync();

        await ImapTestServer.AppendAsync(login, TestMail.InterviewInvite("Contoso", "Product Manager", DateTimeOffset.UtcNow, "conv-contoso"));

        // IDLE → push sync → the board's live update: no reload, no polling (hourly in this fixture).
        await Assertions.Expect(page.Locator(".column-interviewing .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
