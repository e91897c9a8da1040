using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class TemplatesBrowserTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_premium_user_copies_a_german_template_renames_and_rewrites_it_then_deletes_it()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var email = await BrowserSession.SignUpAsync(page, "templates");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, await db.Users.SingleAsync(u => u.Email == email), Plan.Premium, CancellationToken.None);
        }

        await page.GotoAsync("/settings/templates");
        await page.GetByLabel("Language").SelectOptionAsync("de");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var library = page.Locator("#library-templates");
        await library.GetByText("Thank you after an interview").ClickAsync();
        await Assertions.Expect(library).ToContainTextAsync("herzlichen Dank für das angenehme Gespräch am {interviewDate}");
        await library.Locator("[data-template='thank-you.de']").GetByRole(AriaRole.Button, new() { Name = "Copy to your templates" }).ClickAsync();

        var mine = page.Locator("#own-templates li");
        await Assertions.Expect(mine).ToHaveCountAsync(1);
        await mine.GetByText("Thank you after an interview (Deutsch)").ClickAsync();
        await mine.GetByLabel("Name").FillAsync("Kurzer Dank");
        await mine.GetByLabel("Message").FillAsync("Guten Tag {recruiterName},\n\ndanke für das Gespräch zur Stelle {role}!\n\n{yourName}");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(mine).ToContainTextAsync("Kurzer Dank");

        await mine.GetByText("Kurzer Dank").ClickAsync();
        await Assertions.Expect(mine.GetByLabel("Message")).ToHaveValueAsync("Guten Tag {recruiterName},\n\ndanke für das Gespräch zur Stelle {role}!\n\n{yourName}");
        await mine.GetByLabel("Message").FillAsync("Salary {salary}");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("{salary}");

        await mine.GetByText("Kurzer Dank").ClickAsync();
        await mine.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Delete this template?" }).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(page.Locator("#own-empty")).ToBeVisibleAsync();
    }
}
