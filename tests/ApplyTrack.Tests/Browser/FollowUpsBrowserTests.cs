using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

/// <summary>The Today panel and a draft, on a phone, with the keyboard: what a person clicks (Playwright, system Chromium).</summary>
public sealed class FollowUpsBrowserTests(OutlookApplication app, BrowserFixture browser) : IClassFixture<OutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_the_today_panel_opens_a_draft_to_copy_and_done_takes_it_off_with_the_keyboard()
    {
        var mailboxEmail = $"today-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.InterviewInvite("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-20), "conv-contoso"));
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(60_000);
        var register = await context.APIRequest.PostAsync("/api/account/register", new() { DataObject = new { email = $"today-{Guid.NewGuid():N}@example.com", password = BrowserSession.Password } });
        Assert.Equal(201, register.Status);
        var start = await context.APIRequest.PostAsync("/api/connections/outlook", new() { DataObject = new { loginHint = mailboxEmail } });
        var page = await context.NewPageAsync();
        await page.GotoAsync((await start.JsonAsync())!.Value.GetProperty("authorizeUrl").GetString()!);
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        await Eventually.WaitAsync(async () =>
            (await (await context.APIRequest.GetAsync("/api/follow-ups")).JsonAsync())!.Value.GetArrayLength() == 1, TimeSpan.FromSeconds(90), "the check-in to be due");

        await page.GotoAsync("/board");
        var today = page.Locator("#today");
        await Assertions.Expect(today).ToContainTextAsync("Check in after your interview");
        await Assertions.Expect(today).ToContainTextAsync("Contoso");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the board scrolls sideways on a phone");

        await today.GetByRole(AriaRole.Link, new() { Name = "Draft" }).ClickAsync();
        var body = page.Locator("#draft-body");
        await Assertions.Expect(body).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Contoso"));
        var outlook = page.GetByRole(AriaRole.Link, new() { Name = "Open in Outlook" });
        Assert.StartsWith("https://outlook.office.com/mail/deeplink/compose?to=recruiting%40contoso.example", await outlook.GetAttributeAsync("href"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Copied");

        await page.GotoAsync("/board");
        await today.GetByRole(AriaRole.Button, new() { Name = "Done: Check in after your interview for Contoso" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#today")).ToContainTextAsync("Nothing to follow up today");
        Assert.Equal(0, (await (await context.APIRequest.GetAsync("/api/follow-ups")).JsonAsync())!.Value.GetArrayLength());
        await context.CloseAsync();
    }
}
