using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class LiveCardTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_card_moved_through_the_API_in_another_session_updates_alone_on_an_open_board()
    {
        await using var boardSession = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        await using var apiSession = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        boardSession.SetDefaultTimeout(60_000);
        apiSession.SetDefaultTimeout(60_000);
        var board = await boardSession.NewPageAsync();
        var email = await BrowserSession.SignUpAsync(board, "live-card");
        await BrowserSession.AddApplicationAsync(board, "Contoso", "Product Manager");
        await BrowserSession.AddApplicationAsync(board, "Fabrikam", "Data Scientist", "offer");
        await Assertions.Expect(board.Locator("#board[data-connected=true]")).ToBeAttachedAsync();
        var contosoId = await board.Locator(".card", new() { HasText = "Contoso" }).GetAttributeAsync("data-id");

        // Mark what is on the page now: a full re-render of the columns would replace these elements.
        await board.EvaluateAsync("() => document.querySelectorAll('.column, .card').forEach(e => e.dataset.kept = 'yes')");
        var columnReads = 0;
        var cardReads = 0;
        var navigations = 0;
        board.Request += (_, request) =>
        {
            if (request.Url.Contains("handler=Columns", StringComparison.Ordinal)) Interlocked.Increment(ref columnReads);
            if (request.Url.Contains("handler=Card", StringComparison.Ordinal)) Interlocked.Increment(ref cardReads);
        };
        board.FrameNavigated += (_, frame) => { if (frame == board.MainFrame) navigations++; };

        // The same person, signed in elsewhere, moves Contoso through the JSON API.
        var other = await apiSession.NewPageAsync();
        await other.GotoAsync("/account/login");
        await other.GetByLabel("Email").FillAsync(email);
        await other.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await other.WaitForURLAsync("**/board");
        var moved = await apiSession.APIRequest.PatchAsync($"/api/applications/{contosoId}", new() { DataObject = new { status = "interviewing" } });
        Assert.Equal(200, moved.Status);

        await Assertions.Expect(board.Locator(".column-interviewing .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(board.Locator(".column-applied .card")).ToHaveCountAsync(0);
        await Assertions.Expect(board.Locator(".column-applied .empty")).ToBeVisibleAsync();
        await Assertions.Expect(board.Locator(".column-interviewing .column-head .count")).ToHaveTextAsync("1");
        await Assertions.Expect(board.Locator(".column-applied .column-head .count")).ToHaveTextAsync("0");
        await Assertions.Expect(board.Locator("#board-summary")).ToContainTextAsync("2 applications, 2 active");

        Assert.Equal(0, columnReads);
        Assert.True(cardReads >= 1, "the moved card was read again");
        Assert.Equal(0, navigations);
        Assert.Equal(ApplyTrack.Features.Pipeline.ApplicationStatusNames.BoardOrder.Count, await board.Locator(".column[data-kept=yes]").CountAsync());
        await Assertions.Expect(board.Locator(".column-offer .card[data-kept=yes]", new() { HasText = "Fabrikam" })).ToHaveCountAsync(1);
        await Assertions.Expect(board.Locator(".column-interviewing .card[data-kept=yes]")).ToHaveCountAsync(0);
    }
}
