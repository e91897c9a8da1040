using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

/// <summary>A person writes a rule in the editor at phone width, tests it, saves it with the keyboard, and the next email obeys it.</summary>
public sealed class RulesBrowserTests(OutlookApplication app, BrowserFixture browser) : IClassFixture<OutlookApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_person_writes_tests_and_saves_a_rule_and_the_next_email_obeys_it()
    {
        Corrections.ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"rules-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddDays(-10), "conv-contoso"));
        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "Data Scientist", DateTimeOffset.UtcNow.AddDays(-2), "conv-fabrikam"));
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(60_000);
        var register = await context.APIRequest.PostAsync("/api/account/register", new() { DataObject = new { email = $"rules-{Guid.NewGuid():N}@example.com", password = BrowserSession.Password } });
        Assert.Equal(201, register.Status);
        var start = await context.APIRequest.PostAsync("/api/connections/outlook", new() { DataObject = new { loginHint = mailboxEmail } });
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.GotoAsync((await start.JsonAsync())!.Value.GetProperty("authorizeUrl").GetString()!);
        await page.WaitForURLAsync("**/settings/integrations?connected=*");
        var connectionId = Guid.Parse(page.Url[(page.Url.IndexOf("connected=", StringComparison.Ordinal) + "connected=".Length)..]);
        await WaitForAppliedEmailsAsync(context, 2);

        await page.GotoAsync("/settings/rules");
        await page.GetByLabel("Interviewing (one stage per line, in order)").FillAsync("Phone screen\nOnsite\nFinal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Interviewing stages" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rules-status")).ToHaveTextAsync("Saved the stages of Interviewing.");

        // Keyboard: open the editor, name the rule.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a rule" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Fabrikam onsite");
        await page.GetByLabel("Condition 1: what to look at").SelectOptionAsync("sender");
        await page.GetByLabel("Condition 1: how to compare").SelectOptionAsync("domain");
        await page.GetByLabel("Condition 1: value").FillAsync("fabrikam.example");

        await page.GetByRole(AriaRole.Button, new() { Name = "Test this rule" }).ClickAsync();
        var result = page.Locator("#rule-test-result");
        await Assertions.Expect(result).ToContainTextAsync("It would have matched 1 of your 2 job emails");
        await Assertions.Expect(result).ToContainTextAsync("Interview invitation – Data Scientist at Fabrikam");

        await page.GetByLabel("Action 1: what to do").SelectOptionAsync("setStage");
        await page.GetByLabel("Action 1: value").SelectOptionAsync("interviewing/Onsite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Action 2: what to do")).ToBeFocusedAsync();
        await page.GetByLabel("Action 2: what to do").SelectOptionAsync("tag");
        await page.GetByLabel("Action 2: value").FillAsync("hot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rule" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var saved = page.Locator("#rules-list li", new() { HasText = "Fabrikam onsite" });
        await Assertions.Expect(saved).ToContainTextAsync("When the sender's domain is “fabrikam.example” → stage Onsite, tag “hot”.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add a rule" })).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#rule-editor")).ToBeHiddenAsync();

        // The next email from Fabrikam obeys the rule.
        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "ML Engineer", DateTimeOffset.UtcNow.AddMinutes(-1), "conv-fabrikam-ml"));
        var sync = await context.APIRequest.PostAsync($"/api/connections/{connectionId}/sync");
        Assert.True(sync.Ok, await sync.TextAsync());
        await WaitForAppliedEmailsAsync(context, 3);
        await page.GotoAsync("/board");
        await page.GetByRole(AriaRole.Button, new() { Name = "Interviewing" }).ClickAsync();
        var card = page.Locator(".column-interviewing .card", new() { HasText = "ML Engineer" });
        await Assertions.Expect(card.Locator(".card-stage")).ToHaveTextAsync("Stage: Onsite");
        await Assertions.Expect(card.Locator(".tag")).ToHaveTextAsync("hot");
        await Assertions.Expect(page.Locator(".column-interviewing .stage-head", new() { HasText = "Onsite" })).ToContainTextAsync("1");
        await page.GotoAsync("/activity");
        await Assertions.Expect(page.Locator(".activity-item", new() { HasText = "ML Engineer" }).Locator(".activity-rules"))
            .ToContainTextAsync("Rule “Fabrikam onsite”: stage Onsite, tag hot.");
        Assert.Empty(scriptErrors);
    }

    private static Task WaitForAppliedEmailsAsync(IBrowserContext context, int count) =>
        Eventually.WaitAsync(async () =>
        {
            var activity = (await (await context.APIRequest.GetAsync("/api/activity")).JsonAsync())!.Value;
            return activity.GetArrayLength() == count && activity.EnumerateArray().All(e => e.GetProperty("outcome").GetString() != "pending");
        }, TimeSpan.FromSeconds(90), $"{count} job emails applied");
}
