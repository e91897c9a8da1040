using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

internal static class BrowserSession
{
    public const string Password = "correct horse battery";

    /// <summary>Signs up through the page, as a person would, and lands on the board.</summary>
    public static async Task<string> SignUpAsync(IPage page, string prefix = "browser")
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/board");
        return email;
    }

    public static async Task AddApplicationAsync(IPage page, string company, string role, string status = "applied")
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Add application" }).ClickAsync();
        await page.GetByLabel("Company").FillAsync(company);
        await page.GetByLabel("Role").FillAsync(role);
        await page.Locator("#add-status").SelectOptionAsync(status);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($".column-{status} .card", new() { HasText = company })).ToBeAttachedAsync();
    }
}
