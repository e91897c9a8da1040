using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

/// <summary>Demo Gmail looks and works like demo Outlook: a plain-HTTP sign-in page (no certificate warning), a real consent page.</summary>
public sealed class GmailBrowserTests(ConsentPageOutlookApplication app, BrowserFixture browser)
    : IClassFixture<ConsentPageOutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Connecting_Gmail_in_demo_mode_goes_through_a_plain_http_consent_page_and_fills_the_board()
    {
        var mailboxEmail = $"robin-{Guid.NewGuid():N}@gmail.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3), "conv-contoso"));
        // No IgnoreHTTPSErrors: a self-signed sandbox certificate in the browser's way fails this test, as it stops a person.
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync($"browser-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/board");

        await page.GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect Gmail" }).ClickAsync();

        await page.WaitForURLAsync(new Uri(app.Sandbox.HttpBaseAddress, "o/oauth2/v2/auth").ToString() + "?**");
        Assert.StartsWith("http://", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("wants to access your Google Account");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("View your email messages and settings");
        await page.Locator($"input[type=radio][value='{mailboxEmail}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();

        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        await Assertions.Expect(page.Locator(".connection", new() { HasText = mailboxEmail })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Board" }).ClickAsync();
        await Assertions.Expect(page.Locator(".column-applied .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task Cancelling_on_the_Gmail_consent_page_lands_on_the_problem_page_and_connects_nothing()
    {
        var mailboxEmail = $"robin-{Guid.NewGuid():N}@gmail.test";
        app.Mailbox(mailboxEmail);
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync($"browser-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/board");
        await page.GotoAsync("/settings/integrations");

        await page.GetByRole(AriaRole.Button, new() { Name = "Connect Gmail" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await page.WaitForURLAsync("**/connections/problem**");
        await page.GotoAsync("/settings/integrations");
        await Assertions.Expect(page.Locator(".connection", new() { HasText = mailboxEmail })).ToHaveCountAsync(0);
    }
}
