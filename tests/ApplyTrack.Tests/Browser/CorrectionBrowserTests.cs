using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class CorrectionBrowserTests(ConsentPageOutlookApplication app, BrowserFixture browser)
    : IClassFixture<ConsentPageOutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task At_phone_width_a_person_marks_an_email_not_job_from_the_activity_log_with_the_keyboard()
    {
        Corrections.ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"riley-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3), "conv-contoso"));
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await RegisterAndConnectOutlookAsync(page, mailboxEmail);

        await page.GotoAsync("/activity");
        var item = page.Locator(".activity-item", new() { HasText = "Contoso" });
        await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Keyboard only: open the disclosure, choose "Not a job email", tab on to the button and press it.
        await item.GetByText("Classified wrong?").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var notJob = item.GetByLabel("Not a job email");
        await notJob.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(notJob).ToBeCheckedAsync();
        await Assertions.Expect(item.GetByLabel("It belongs to")).ToBeDisabledAsync();
        var save = item.GetByRole(AriaRole.Button, new() { Name = "Save correction" });
        await save.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var corrected = page.Locator(".activity-item.outcome-corrected");
        await Assertions.Expect(corrected).ToContainTextAsync("You marked this not a job email");
        await Assertions.Expect(corrected).ToContainTextAsync("deleted");
        await page.GotoAsync("/board");
        await Assertions.Expect(page.Locator(".card", new() { HasText = "Contoso" })).ToHaveCountAsync(0);
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task News_that_arrives_while_a_person_writes_a_correction_waits_until_they_close_it()
    {
        Corrections.ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"morgan-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3), "conv-contoso"));
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        var connectionId = await RegisterAndConnectOutlookAsync(page, mailboxEmail);

        await page.GotoAsync("/activity");
        var contoso = page.Locator(".activity-item:not(.outcome-pending)", new() { HasText = "Contoso" });
        await Assertions.Expect(contoso).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("body[data-live=true]")).ToBeAttachedAsync();
        await contoso.GetByText("Classified wrong?").ClickAsync();
        var notJob = contoso.GetByLabel("Not a job email");
        await notJob.CheckAsync();

        // A new email arrives and is applied: the activity log would re-render, but the half-written correction stays.
        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "Designer", DateTimeOffset.UtcNow.AddMinutes(-1), "conv-fabrikam"));
        var sync = await context.APIRequest.PostAsync($"/api/connections/{connectionId}/sync");
        Assert.True(sync.Ok, await sync.TextAsync());
        await Assertions.Expect(page.Locator("#activity[data-stale=true]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(notJob).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".activity-item .activity-head", new() { HasText = "Fabrikam" })).ToHaveCountAsync(0);

        // Closing the disclosure lets the log catch up.
        await contoso.GetByText("Classified wrong?").ClickAsync();
        await Assertions.Expect(page.Locator(".activity-item .activity-head", new() { HasText = "Fabrikam" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#activity[data-stale]")).ToHaveCountAsync(0);
        Assert.Empty(scriptErrors);
    }

    /// <summary>A new account connects the sandbox mailbox through the consent page; returns the connection's id.</summary>
    private static async Task<string?> RegisterAndConnectOutlookAsync(IPage page, string mailboxEmail)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync($"browser-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/board");
        await page.GotoAsync("/settings/integrations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect Outlook" }).ClickAsync();
        await page.Locator($"input[type=radio][value='{mailboxEmail}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        return System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["connected"];
    }
}
