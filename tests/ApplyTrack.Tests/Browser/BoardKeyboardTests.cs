using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class BoardKeyboardTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Arrow_keys_only_move_the_focus_and_the_move_dialog_moves_the_card()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserSession.SignUpAsync(page, "keys");
        await BrowserSession.AddApplicationAsync(page, "Contoso", "Product Manager");
        await BrowserSession.AddApplicationAsync(page, "Fabrikam", "Data Scientist");
        await BrowserSession.AddApplicationAsync(page, "Northwind", "Backend Engineer", "interviewing");
        await Assertions.Expect(page.Locator("#board[data-connected=true]")).ToBeAttachedAsync();

        // One tab stop per card.
        var tabbable = await page.Locator(".card").EvaluateAllAsync<int[]>(
            "cards => cards.map(c => [...c.querySelectorAll('a[href], button, select, input, [tabindex]')].filter(e => e.tabIndex >= 0).length)");
        Assert.All(tabbable, count => Assert.Equal(1, count));

        // Every arrow key, on a focused card: the focus travels, no card changes status.
        var contoso = page.Locator(".card", new() { HasText = "Contoso" }).Locator(".card-link");
        await contoso.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator(".column-interviewing .card-link", new() { HasText = "Northwind" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page.Locator(".column-applied .card-link").First).ToBeFocusedAsync();
        foreach (var key in new[] { "ArrowDown", "ArrowDown", "ArrowUp", "ArrowRight", "ArrowDown", "ArrowLeft", "Home", "End", "Space" })
        {
            await page.Keyboard.PressAsync(key);
        }
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(new Dictionary<string, string> { ["Contoso"] = "applied", ["Fabrikam"] = "applied", ["Northwind"] = "interviewing" }, await StatusesAsync(context));

        // The explicit action: M opens the dialog, arrows pick a status (still nothing moves), Move applies it.
        await contoso.FocusAsync();
        await page.Keyboard.PressAsync("m");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Move Contoso · Product Manager" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Applied")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(dialog.GetByLabel("Offer Extended")).ToBeCheckedAsync();
        Assert.Equal("applied", (await StatusesAsync(context))["Contoso"]);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.Equal("applied", (await StatusesAsync(context))["Contoso"]);

        await page.Keyboard.PressAsync("m");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".column-interviewing .card", new() { HasText = "Contoso" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".column-interviewing .card-link", new() { HasText = "Contoso" })).ToBeFocusedAsync();
        Assert.Equal("interviewing", (await StatusesAsync(context))["Contoso"]);
    }

    [Fact]
    public async Task Question_mark_shows_the_shortcuts()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserSession.SignUpAsync(page, "help");

        await page.Keyboard.PressAsync("?");

        var help = page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Assertions.Expect(help).ToBeVisibleAsync();
        await Assertions.Expect(help).ToContainTextAsync("Move the application");
    }

    private static async Task<Dictionary<string, string>> StatusesAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/api/applications");
        var json = await response.JsonAsync();
        return json!.Value.EnumerateArray().ToDictionary(a => a.GetProperty("company").GetString()!, a => a.GetProperty("status").GetString()!);
    }
}
