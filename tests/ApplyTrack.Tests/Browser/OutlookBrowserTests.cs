using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class OutlookBrowserTests(ConsentPageOutlookApplication app, BrowserFixture browser)
    : IClassFixture<ConsentPageOutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Connecting_Outlook_through_the_consent_page_fills_the_board_and_new_mail_moves_a_card_live()
    {
        var mailboxEmail = $"casey-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3), "conv-contoso"));
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
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Demo mode");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect Outlook" }).ClickAsync();

        // The sandbox's consent page: pick the account, accept.
        await page.Locator($"input[type=radio][value='{mailboxEmail}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        await Assertions.Expect(page.Locator(".connection")).ToContainTextAsync(mailboxEmail);

        await page.GetByRole(AriaRole.Link, new() { Name = "Board" }).ClickAsync();
        await Assertions.Expect(page.Locator(".column-applied .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#board[data-connected=true]")).ToBeAttachedAsync();

        mailbox.Add(TestMail.InterviewInvite("Contoso", "Product Manager", DateTimeOffset.UtcNow, "conv-contoso"));

        await Assertions.Expect(page.Locator(".column-interviewing .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        if (Environment.GetEnvironmentVariable("APPLYTRACK_SCREENSHOT_DIR") is { Length: > 0 } dir)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "board-outlook.png") });
        }
    }
}
