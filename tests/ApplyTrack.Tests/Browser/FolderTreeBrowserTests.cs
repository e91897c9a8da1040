using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

/// <summary>Settings → Folders shows an Outlook mailbox's nested folders as a tree that works from the keyboard and on a phone.</summary>
public sealed class FolderTreeBrowserTests(OutlookApplication app, BrowserFixture browser) : IClassFixture<OutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Nested_folders_show_as_a_tree_a_keyboard_can_choose_from_on_a_phone()
    {
        var mailboxEmail = $"tree-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        var jobs = mailbox.AddFolder("Jobs");
        var recruiters = mailbox.AddFolder("Recruiters", jobs.Id);
        var agencies = mailbox.AddFolder("Agencies", recruiters.Id);
        mailbox.AddFolder("Leads", WellKnownFolder.Inbox);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-3)));

        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 }, HasTouch = true });
        context.SetDefaultTimeout(60_000);
        var register = await context.APIRequest.PostAsync("/api/account/register", new() { DataObject = new { email = $"tree-{Guid.NewGuid():N}@example.com", password = BrowserSession.Password } });
        Assert.Equal(201, register.Status);
        var start = await context.APIRequest.PostAsync("/api/connections/outlook", new() { DataObject = new { loginHint = mailboxEmail } });
        var page = await context.NewPageAsync();
        await page.GotoAsync((await start.JsonAsync())!.Value.GetProperty("authorizeUrl").GetString()!);
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        var connectionId = Guid.Parse(page.Url[(page.Url.IndexOf("connected=", StringComparison.Ordinal) + "connected=".Length)..]);

        await page.GotoAsync($"/settings/integrations/{connectionId}/folders");

        // The tree: Agencies sits in the list inside Recruiters, which sits in the list inside Jobs; Leads inside Inbox.
        Assert.Equal(1, await page.Locator("li:has(> label:has-text('Jobs')) > ul > li:has(> label:has-text('Recruiters')) > ul > li > label:has-text('Agencies')").CountAsync());
        Assert.Equal(1, await page.Locator("li:has(> label:has-text('Inbox')) > ul > li > label:has-text('Leads')").CountAsync());
        // A screen reader hears the whole path of a nested folder.
        var agenciesBox = page.GetByRole(AriaRole.Checkbox, new() { Name = "Jobs / Recruiters / Agencies", Exact = true });
        Assert.Equal(1, await agenciesBox.CountAsync());

        // Keyboard: Tab walks the checkboxes in the tree's reading order; Space ticks one; Enter on Save saves.
        var boxes = await page.Locator("input[name=folders]").EvaluateAllAsync<string[]>("all => all.map(b => b.value)");
        var leads = Array.IndexOf(boxes, await IdOfAsync(page, "Leads"));
        var jobsAt = Array.IndexOf(boxes, jobs.Id);
        Assert.Equal(["inbox", boxes[leads]], boxes[..2]);
        Assert.Equal([jobs.Id, recruiters.Id, agencies.Id], boxes[jobsAt..(jobsAt + 3)]);
        await page.Locator("input[name=folders]").First.FocusAsync();
        var order = new List<string>();
        for (var i = 0; i < boxes.Length; i++)
        {
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.value ?? ''");
            order.Add(focused);
            if (focused == agencies.Id)
            {
                await page.Keyboard.PressAsync("Space");
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal(boxes, order);
        Assert.True(await agenciesBox.IsCheckedAsync());

        // Phone: nothing scrolls sideways, and every row is tall enough to tap.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the folder page scrolls sideways at 360 px");
        foreach (var row in await page.Locator(".folder-tree label").AllAsync())
        {
            Assert.True((await row.BoundingBoxAsync())!.Height >= 40, "a folder row is too small to tap");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/settings/integrations");
        var folders = await (await context.APIRequest.GetAsync($"/api/connections/{connectionId}/folders")).JsonAsync();
        Assert.Contains(agencies.Id, folders!.Value.GetProperty("monitored").EnumerateArray().Select(f => f.GetString()));
    }

    private static async Task<string> IdOfAsync(IPage page, string name) =>
        (await page.Locator($".folder-tree label:has-text('{name}') input").GetAttributeAsync("value"))!;
}
