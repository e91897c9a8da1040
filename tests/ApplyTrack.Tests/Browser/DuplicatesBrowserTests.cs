using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class DuplicatesBrowserTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_a_person_merges_a_possible_duplicate_into_the_other_card_with_the_keyboard_and_an_open_board_follows()
    {
        await using var boardSession = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        await using var phoneSession = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        boardSession.SetDefaultTimeout(60_000);
        phoneSession.SetDefaultTimeout(60_000);
        var board = await boardSession.NewPageAsync();
        var email = await BrowserSession.SignUpAsync(board, "duplicates");
        await BrowserSession.AddApplicationAsync(board, "Acme via Greenhouse", "Sr. Software Engineer");
        await BrowserSession.AddApplicationAsync(board, "Acme Inc.", "Senior Software Engineer", "interviewing");
        await Assertions.Expect(board.Locator(".card .card-duplicate")).ToHaveCountAsync(2);
        await Assertions.Expect(board.Locator("#board[data-connected=true]")).ToBeAttachedAsync();
        var atsId = await board.Locator(".card", new() { HasText = "Acme via Greenhouse" }).GetAttributeAsync("data-id");
        var employerId = await board.Locator(".card", new() { HasText = "Acme Inc." }).GetAttributeAsync("data-id");

        var phone = await phoneSession.NewPageAsync();
        var scriptErrors = new List<string>();
        phone.PageError += (_, error) => scriptErrors.Add(error);
        await phone.GotoAsync("/account/login");
        await phone.GetByLabel("Email").FillAsync(email);
        await phone.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await phone.WaitForURLAsync("**/board");
        await phone.GotoAsync($"/applications/{atsId}");
        var banner = phone.Locator(".duplicate-banner");
        await Assertions.Expect(banner).ToContainTextAsync("Possible duplicate");
        await Assertions.Expect(banner).ToContainTextAsync("Acme Inc. · Senior Software Engineer");

        // Keyboard only: keep the other card as the primary, then Merge.
        var keepOther = banner.GetByLabel("The other (Acme Inc. · Senior Software Engineer)");
        await keepOther.FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await Assertions.Expect(keepOther).ToBeCheckedAsync();
        await phone.Keyboard.PressAsync("Tab");
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Merge" })).ToBeFocusedAsync();
        await phone.Keyboard.PressAsync("Enter");

        await phone.WaitForURLAsync($"**/applications/{employerId}**");
        await Assertions.Expect(phone.Locator(".alert-success")).ToContainTextAsync("Merged.");
        await Assertions.Expect(phone.Locator(".duplicate-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(phone.Locator("#history-title + .timeline")).ToContainTextAsync("Merged with Acme via Greenhouse · Sr. Software Engineer");
        // The open board follows without a reload: one card left, no duplicate flag.
        await Assertions.Expect(board.Locator(".card")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(board.Locator(".card-duplicate")).ToHaveCountAsync(0);

        await phone.GetByRole(AriaRole.Button, new() { Name = "Undo merge" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".alert-success")).ToContainTextAsync("Merge undone");
        await Assertions.Expect(board.Locator(".card")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        Assert.Empty(scriptErrors);
    }
}
