using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class AccountBrowserTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    [Theory]
    [InlineData("/board")]
    [InlineData("/activity")]
    [InlineData("/settings/integrations")]
    [InlineData("/settings/account")]
    [InlineData("/plans")]
    public async Task Sign_out_from_the_header_menu_ends_the_session(string path)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSession.SignUpAsync(page);
        await page.GotoAsync(path);

        await page.Locator(".account-menu > summary").ClickAsync();
        var landing = page.WaitForResponseAsync(r => r.Url == new Uri(app.BaseAddress, "/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        Assert.Equal(200, (await landing).Status);
        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/board");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task Deleting_the_account_asks_in_a_dialog_that_says_what_is_lost()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var email = await BrowserSession.SignUpAsync(page, "delete");
        await BrowserSession.AddApplicationAsync(page, "Contoso", "Product Manager");
        await page.GotoAsync("/settings/account");
        await page.GetByLabel("Type your email to confirm").FillAsync(email);

        // First press: a dialog, and nothing deleted yet. Cancel keeps everything.
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Delete your account?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("1 application");
        await Assertions.Expect(dialog).ToContainTextAsync("cannot be undone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.EndsWith("/settings/account", page.Url);
        Assert.Equal(200, (await context.APIRequest.GetAsync("/api/me")).Status);

        // Second press, confirmed: the account is gone.
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete my account for ever" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/").ToString());
        var login = await context.APIRequest.PostAsync("/api/account/login", new() { DataObject = new { email, password = BrowserSession.Password } });
        Assert.Equal(401, login.Status);
    }
}
