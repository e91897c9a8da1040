using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

/// <summary>
/// An open board follows new mail everywhere it shows something, without a reload: the Today panel (a follow-up the email
/// made due) and the "possible duplicate" flag on the older card (the email made a card like it).
/// </summary>
public sealed class LiveTodayAndDuplicateTests(OutlookApplication app, BrowserFixture browser) : IClassFixture<OutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_new_email_that_makes_a_follow_up_due_appears_in_the_today_panel_of_an_open_board()
    {
        var (context, page, connectionId, mailbox) = await OpenBoardAsync("live-today");
        await Assertions.Expect(page.Locator("#today")).ToContainTextAsync("Nothing to follow up today");

        // An interview three weeks ago and nothing since: a check-in is due.
        mailbox.Add(TestMail.InterviewInvite("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-20), "conv-live-today"));
        await SyncAsync(context, connectionId);

        await Assertions.Expect(page.Locator("#today")).ToContainTextAsync("Check in after your interview", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#today")).ToContainTextAsync("Contoso");
        await Assertions.Expect(page.Locator("#today .count")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".card", new() { HasText = "Contoso" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.__notReloaded === true"), "the page was reloaded");
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_new_email_that_makes_a_possible_duplicate_flags_the_older_card_of_an_open_board_too()
    {
        var (context, page, connectionId, mailbox) = await OpenBoardAsync("live-duplicate");
        await BrowserSession.AddApplicationAsync(page, "Contoso", "PM");
        await Assertions.Expect(page.Locator("#board[data-connected=true]")).ToBeAttachedAsync();
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var older = page.Locator(".card", new() { HasText = "Contoso" });
        await Assertions.Expect(older.Locator(".card-duplicate")).ToHaveCountAsync(0);
        var olderId = await older.GetAttributeAsync("data-id");

        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-1), "conv-live-duplicate"));
        await SyncAsync(context, connectionId);

        await Assertions.Expect(page.Locator(".card")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator($".card[data-id=\"{olderId}\"] .card-duplicate")).ToHaveTextAsync("Possible duplicate", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".card .card-duplicate")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("window.__notReloaded === true"), "the page was reloaded");

        // "Not a duplicate" elsewhere takes both flags off the open board.
        var dismissed = await context.APIRequest.PostAsync("/api/duplicates/dismiss",
            new() { DataObject = new { firstId = olderId, secondId = await page.Locator(".card", new() { HasText = "Product Manager" }).GetAttributeAsync("data-id") } });
        Assert.True(dismissed.Ok, await dismissed.TextAsync());
        await Assertions.Expect(page.Locator(".card .card-duplicate")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await context.CloseAsync();
    }

    private async Task<(IBrowserContext Context, IPage Page, Guid ConnectionId, ApplyTrack.MailSim.Mailboxes.Mailbox Mailbox)> OpenBoardAsync(string prefix)
    {
        var mailboxEmail = $"{prefix}-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var register = await context.APIRequest.PostAsync("/api/account/register", new() { DataObject = new { email = $"{prefix}-{Guid.NewGuid():N}@example.com", password = BrowserSession.Password } });
        Assert.Equal(201, register.Status);
        var start = await context.APIRequest.PostAsync("/api/connections/outlook", new() { DataObject = new { loginHint = mailboxEmail } });
        var page = await context.NewPageAsync();
        await page.GotoAsync((await start.JsonAsync())!.Value.GetProperty("authorizeUrl").GetString()!);
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        var connections = (await (await context.APIRequest.GetAsync("/api/connections")).JsonAsync())!.Value;
        var connectionId = connections.EnumerateArray().Single().GetProperty("id").GetGuid();
        await Eventually.WaitAsync(async () => (await (await context.APIRequest.GetAsync($"/api/connections/{connectionId}/history")).JsonAsync())!.Value
            .EnumerateArray().Any(r => r.GetProperty("outcome").GetString()!.StartsWith("succeeded", StringComparison.Ordinal)), TimeSpan.FromSeconds(60), "the first sync");
        await page.GotoAsync("/board");
        await Assertions.Expect(page.Locator("#board[data-connected=true]")).ToBeAttachedAsync();
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        return (context, page, connectionId, mailbox);
    }

    private static async Task SyncAsync(IBrowserContext context, Guid connectionId)
    {
        var sync = await context.APIRequest.PostAsync($"/api/connections/{connectionId}/sync");
        Assert.True(sync.Ok, await sync.TextAsync());
    }
}
