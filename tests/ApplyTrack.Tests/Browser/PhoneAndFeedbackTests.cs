using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

/// <summary>The whole product with a connected demo mailbox: phone widths, live sync feedback, the activity filters.</summary>
public sealed class PhoneAndFeedbackTests(OutlookApplication app, BrowserFixture browser) : IClassFixture<OutlookApplication>, IClassFixture<BrowserFixture>
{
    /// <summary>A browser context signed up through the API it shares cookies with, its Outlook demo mailbox connected and synced.</summary>
    private async Task<(IBrowserContext Context, IPage Page, Guid ConnectionId)> ConnectedAsync(int width, int height = 800)
    {
        var mailboxEmail = $"phone-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-10), "conv-contoso"));
        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "Data Scientist", DateTimeOffset.UtcNow.AddDays(-2), "conv-fabrikam"));
        mailbox.Add(TestMail.Rejection("Initech", "Analyst", DateTimeOffset.UtcNow.AddDays(-1), "conv-initech"));

        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(60_000);
        var register = await context.APIRequest.PostAsync("/api/account/register", new() { DataObject = new { email = $"phone-{Guid.NewGuid():N}@example.com", password = BrowserSession.Password } });
        Assert.Equal(201, register.Status);
        var start = await context.APIRequest.PostAsync("/api/connections/outlook", new() { DataObject = new { loginHint = mailboxEmail } });
        var authorizeUrl = (await start.JsonAsync())!.Value.GetProperty("authorizeUrl").GetString()!;
        var page = await context.NewPageAsync();
        await page.GotoAsync(authorizeUrl);
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        var connectionId = Guid.Parse(page.Url[(page.Url.IndexOf("connected=", StringComparison.Ordinal) + "connected=".Length)..]);
        await Eventually.WaitAsync(async () =>
        {
            var history = await (await context.APIRequest.GetAsync($"/api/connections/{connectionId}/history")).JsonAsync();
            return history!.Value.EnumerateArray().Any(r => r.GetProperty("endedAt").ValueKind != JsonValueKind.Null);
        }, TimeSpan.FromSeconds(90), "the first sync to end");
        // Pages are checked with long names whatever the classifier made of the mail.
        var added = await context.APIRequest.PostAsync("/api/applications", new() { DataObject = new { company = "Northwind Traders International Holdings", role = "Principal Software Engineer, Developer Productivity Platform", status = "interviewing" } });
        Assert.Equal(201, added.Status);
        return (context, page, connectionId);
    }

    private async Task WaitForAllThreeJobEmailsAsync(IBrowserContext context, Guid connectionId)
    {
        try
        {
            await Eventually.WaitAsync(async () =>
            {
                var activity = await (await context.APIRequest.GetAsync("/api/activity")).JsonAsync();
                return activity!.Value.GetArrayLength() == 3;
            }, TimeSpan.FromSeconds(90), "the first sync to process the three job emails");
        }
        catch (Xunit.Sdk.FailException)
        {
            // Say why: on an overloaded machine the classifier's regular expressions have timed out (a skipped message).
            var history = await (await context.APIRequest.GetAsync($"/api/connections/{connectionId}/history")).TextAsync();
            throw new TimeoutException($"The first sync did not process the three job emails. History: {history} Log: {string.Join(" | ", app.Logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).Take(5))}");
        }
    }

    private static async Task<JsonElement> FirstApplicationAsync(IBrowserContext context) =>
        (await (await context.APIRequest.GetAsync("/api/applications")).JsonAsync())!.Value.EnumerateArray().First();

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    public async Task No_page_scrolls_sideways_on_a_phone(int width)
    {
        var (context, page, connectionId) = await ConnectedAsync(width);
        await using var _ = context;
        var applicationId = (await FirstApplicationAsync(context)).GetProperty("id").GetString();
        string[] signedIn =
        [
            "/board", $"/applications/{applicationId}", "/activity", "/activity?unmatched=true", "/settings/integrations",
            "/settings/integrations/imap", "/settings/integrations/imap?preset=icloud", $"/settings/integrations/{connectionId}/folders",
            "/settings/account", "/plans", "/connections/problem", "/insights", "/settings/templates",
        ];
        var anonymous = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 800 } });
        await using var __ = anonymous;
        var anonymousPage = await anonymous.NewPageAsync();

        var overflowing = new List<string>();
        foreach (var (p, path) in SecurityHeadersPaths.Anonymous.Select(path => (anonymousPage, path)).Concat(signedIn.Select(path => (page, path))))
        {
            await p.GotoAsync(path);
            // Open what a person would open: the sync history table and the account menu.
            foreach (var details in await p.Locator("details").AllAsync())
            {
                await details.EvaluateAsync("d => d.open = true");
            }
            var widths = await p.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            var (scrollWidth, innerWidth) = (widths[0], widths[1]);
            if (scrollWidth > innerWidth)
            {
                // Name the widest culprits, so a failure says what to fix.
                var culprits = await p.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll("body *")]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                      .map(e => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`)
                      .slice(0, 6)
                    """);
                overflowing.Add($"{path}: {scrollWidth} px wide in a {innerWidth} px window: {string.Join(", ", culprits)}");
            }
            await Screenshot(p, $"phone-{width}-{path}");
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Fact]
    public async Task On_a_phone_sign_out_is_reachable_and_the_board_shows_one_column_with_a_tab_bar()
    {
        var (context, page, _) = await ConnectedAsync(360);
        await using var _ = context;
        await page.GotoAsync("/board");

        // The header: the menu button is on screen; Sign out is inside it and fully visible.
        await page.Locator(".account-menu > summary").ClickAsync();
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Assertions.Expect(signOut).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Keyboard.PressAsync("Escape");

        // The board: one column at a time, switched from the tab bar.
        var visibleColumns = page.Locator(".column:visible");
        await Assertions.Expect(visibleColumns).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejected" }).ClickAsync();
        await Assertions.Expect(visibleColumns).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("section.column-interviewing")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Interviewing" }).ClickAsync();
        await Assertions.Expect(page.Locator(".column-interviewing .card", new() { HasText = "Northwind" })).ToBeVisibleAsync();
        // The card's relative date stays on one line.
        var dateHeight = await page.Locator(".column-interviewing .card time").First.EvaluateAsync<double>("t => t.getBoundingClientRect().height");
        var lineHeight = await page.Locator(".column-interviewing .card time").First.EvaluateAsync<double>("t => parseFloat(getComputedStyle(t).lineHeight)");
        Assert.True(dateHeight <= lineHeight * 1.2, $"The date is {dateHeight} px tall for {lineHeight} px lines.");
        await Screenshot(page, "phone-360-board-tabs");
    }

    [Fact]
    public async Task Sync_now_says_queued_then_syncing_then_done_without_a_reload()
    {
        var (context, page, _) = await ConnectedAsync(1280);
        await using var _ = context;
        await page.GotoAsync("/settings/integrations");
        await Assertions.Expect(page.Locator("body[data-live=true]")).ToBeAttachedAsync();
        await page.EvaluateAsync("""
            () => {
              window.syncStates = [];
              const record = () => {
                const state = document.querySelector("[data-sync-feedback]")?.dataset.state;
                if (state && window.syncStates.at(-1) !== state) window.syncStates.push(state);
              };
              new MutationObserver(record).observe(document.getElementById("connections"), { subtree: true, childList: true, attributes: true, characterData: true });
            }
            """);
        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) navigations++; };

        await page.GetByRole(AriaRole.Button, new() { Name = "Sync now" }).ClickAsync();

        var feedback = page.Locator("[data-sync-feedback]");
        await Assertions.Expect(feedback).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 30_000 });
        await Assertions.Expect(feedback).ToContainTextAsync("Sync done");
        var states = await page.EvaluateAsync<string[]>("() => window.syncStates");
        Assert.Equal("queued", states[0]);
        Assert.Equal("done", states[^1]);
        Assert.Equal(0, navigations);
        await Assertions.Expect(page.Locator(".history thead")).ToContainTextAsync("Unreadable");
        await Screenshot(page, "desktop-integrations-sync");
    }

    [Fact]
    public async Task Activity_honours_unmatched_and_filters_by_kind_and_text()
    {
        var (context, page, connectionId) = await ConnectedAsync(1280);
        await using var _ = context;
        await WaitForAllThreeJobEmailsAsync(context, connectionId);

        await page.GotoAsync("/activity?unmatched=true");
        await Assertions.Expect(page.Locator(".activity-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".activity-item")).ToContainTextAsync("Initech");
        await Assertions.Expect(page.GetByLabel("What it did")).ToHaveValueAsync("unmatched");
        // "Attach to" asks; it does not silently pick the first application.
        var attach = page.Locator(".activity-item select[id^=attach-]");
        await Assertions.Expect(attach).ToHaveValueAsync("");
        // Badges read like the board's columns.
        await Assertions.Expect(page.Locator(".activity-item .badge").First).ToHaveTextAsync("Rejected");

        await page.GotoAsync("/activity");
        await Assertions.Expect(page.Locator(".activity-item")).ToHaveCountAsync(3);
        await page.GetByLabel("Search").FillAsync("fabrikam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".activity-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".activity-item")).ToContainTextAsync("Fabrikam");

        await page.GotoAsync("/activity?label=applied");
        await Assertions.Expect(page.Locator(".activity-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".activity-item")).ToContainTextAsync("Contoso");
        await Screenshot(page, "desktop-activity");
    }

    [Fact]
    public async Task Desktop_pages_fit_and_the_plans_page_shows_the_users_plan()
    {
        var (context, page, _) = await ConnectedAsync(1280);
        await using var _ = context;

        await page.GotoAsync("/plans");
        await Assertions.Expect(page.Locator("#current-plan")).ToContainTextAsync("Premium");
        await Assertions.Expect(page.Locator(".plan.current")).ToContainTextAsync("90 days");
        await Assertions.Expect(page.Locator("section[aria-labelledby=plan-free]")).ToContainTextAsync("Inbox only");
        foreach (var path in new[] { "/board", "/activity", "/settings/integrations", "/plans", "/settings/account" })
        {
            await page.GotoAsync(path);
            Assert.True(await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 1280 px");
            await Screenshot(page, $"desktop-{path}");
        }
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("APPLYTRACK_SCREENSHOT_DIR") is { Length: > 0 } dir)
        {
            var stable = System.Text.RegularExpressions.Regex.Replace(name, "[0-9a-f]{8}-[0-9a-f-]{27}", "id");
            var file = string.Concat(stable.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, file + ".png"), FullPage = true });
        }
    }
}

internal static class SecurityHeadersPaths
{
    public static readonly string[] Anonymous = ["/", "/account/login", "/account/register", "/plans"];
}
