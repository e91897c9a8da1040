using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Extension;

/// <summary>
/// The unpacked extension in the system Chromium, against fixture pages written for these tests: what the popup reads
/// from each kind of posting, and a save through the real running app that a later receipt email (real Dovecot,
/// IMAP IDLE) moves on the same card.
/// </summary>
public sealed class ExtensionTests(ExtensionBrowser browser, ImapApplication app) : IClassFixture<ExtensionBrowser>, IClassFixture<ImapApplication>
{
    public static TheoryData<string, string, string, string, string, string> Postings() => new()
    {
        // fixture, reader, company, role, location, salary
        { "jsonld", "json-ld", "Contoso", "Product Manager", "Berlin, DE", "EUR 70,000–85,000 per year" },
        { "linkedin", "linkedin", "Fabrikam", "Senior Designer", "Amsterdam, North Holland, Netherlands", "" },
        { "indeed", "indeed", "Litware", "Warehouse Lead", "Leeds LS1", "£32,000 - £36,000 a year" },
        { "greenhouse", "greenhouse", "Tailspin Toys", "Backend Engineer", "Remote – Europe", "" },
        { "lever", "lever", "Wingtip", "Customer Success Manager", "Lisbon", "" },
        { "workday", "workday", "Woodgrove Bank", "Financial Analyst", "Toronto, ON", "" },
        { "ashby", "ashby", "Proseware", "Machine Learning Engineer", "London", "£90K – £120K" },
        { "smartrecruiters", "smartrecruiters", "Adventure Works", "Store Manager", "Denver, CO, United States", "" },
        { "welcometothejungle", "welcometothejungle", "Blue Yonder", "Développeur Full Stack", "Lyon", "Salaire : 45K à 55K €" },
        { "stepstone", "stepstone", "Fourth Coffee", "Projektleiter (m/w/d)", "Hamburg", "55.000 – 65.000 €" },
    };

    [Theory]
    [MemberData(nameof(Postings))]
    public async Task The_popup_is_prefilled_from_the_posting(string fixture, string reader, string company, string role, string location, string salary)
    {
        var (page, tabId) = await browser.OpenPostingAsync(fixture);
        var popup = await browser.OpenPopupAsync(tabId);

        await Assertions.Expect(popup.GetByLabel("Company")).ToHaveValueAsync(company);
        await Assertions.Expect(popup.GetByLabel("Role")).ToHaveValueAsync(role);
        await Assertions.Expect(popup.GetByLabel("Location")).ToHaveValueAsync(location);
        await Assertions.Expect(popup.GetByLabel("Salary")).ToHaveValueAsync(salary);
        await Assertions.Expect(popup.GetByLabel("Posting", new() { Exact = true })).ToHaveValueAsync(page.Url);
        await Assertions.Expect(popup.Locator("#reader")).ToHaveTextAsync($"Read from {reader}.");
        await Assertions.Expect(popup.Locator("#keep-text")).ToBeCheckedAsync();
        await popup.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_page_without_a_posting_leaves_the_fields_for_the_person()
    {
        var (page, tabId) = await browser.OpenPostingAsync("no-posting");
        var popup = await browser.OpenPopupAsync(tabId);

        await Assertions.Expect(popup.Locator("#reader")).ToHaveTextAsync("No job posting recognised here: fill in what you know.");
        await Assertions.Expect(popup.GetByLabel("Company")).ToHaveValueAsync("");
        await Assertions.Expect(popup.GetByLabel("Role")).ToHaveValueAsync("Ten tips for a calmer inbox");
        await Assertions.Expect(popup.GetByLabel("Company")).ToBeFocusedAsync();
        await popup.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_hostile_page_yields_plain_text_and_its_oversized_json_ld_is_ignored()
    {
        var dialogs = new List<string>();
        var (page, tabId) = await browser.OpenPostingAsync("malicious");
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        var popup = await browser.OpenPopupAsync(tabId);
        popup.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };

        await Assertions.Expect(popup.GetByLabel("Company")).ToHaveValueAsync("Contoso Security");
        await Assertions.Expect(popup.GetByLabel("Role")).ToHaveValueAsync("Night Guard");
        await Assertions.Expect(popup.Locator("#keep-text-label")).ToContainTextAsync("(16 characters)");
        Assert.Equal(0, await popup.Locator("img, script:not([src])").CountAsync());
        Assert.Empty(dialogs);
        await popup.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Submitting_an_application_form_on_a_known_ats_offers_to_track_it()
    {
        var (page, tabId) = await browser.OpenPostingAsync("greenhouse");
        var postingUrl = page.Url;
        await browser.InjectAsync(tabId, "reader.js", "ats-submit.js");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
        await Eventually.WaitAsync(() => browser.HasPendingSubmitAsync(tabId), TimeSpan.FromSeconds(15), "the submit remembered by the background worker");
        var popup = await browser.OpenPopupAsync(tabId);

        await Assertions.Expect(popup.Locator("#submitted")).ToHaveTextAsync("You just sent an application on this page. Track it?");
        await Assertions.Expect(popup.GetByLabel("Company")).ToHaveValueAsync("Tailspin Toys");
        await Assertions.Expect(popup.GetByLabel("Role")).ToHaveValueAsync("Backend Engineer");
        await Assertions.Expect(popup.GetByLabel("Posting", new() { Exact = true })).ToHaveValueAsync(postingUrl);
        await Assertions.Expect(popup.GetByRole(AriaRole.Button, new() { Name = "Save as Applied" })).ToBeFocusedAsync();
        await popup.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_saved_posting_is_a_card_on_the_board_and_the_receipt_email_moves_the_same_card()
    {
        // A person with a token and an IMAP mailbox (real Dovecot), through the app's real HTTP API.
        var email = $"extension-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var token = (await (await client.PostAsJsonAsync("/api/tokens", new { name = "Chromium", scopes = new[] { "applications:write", "applications:read" } })).ReadJsonAsync())
            .GetProperty("secret").GetString()!;
        var login = ImapTestServer.NewLogin();
        var connected = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        Assert.Equal(HttpStatusCode.Created, connected.StatusCode);
        var connectionId = (await connected.ReadJsonAsync()).GetProperty("id").GetGuid();
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 60);
        await browser.ConfigureAsync(app.BaseAddress, token);

        // Two clicks: the toolbar button (here: the popup for the tab), then Save for later.
        var (posting, tabId) = await browser.OpenPostingAsync("jsonld");
        var popup = await browser.OpenPopupAsync(tabId);
        await popup.GetByRole(AriaRole.Button, new() { Name = "Save for later" }).ClickAsync();
        await Assertions.Expect(popup.Locator("#status")).ToContainTextAsync("Saved as Saved.");
        var cardPage = popup.GetByRole(AriaRole.Link, new() { Name = "Open in ApplyTrack" });
        var detailUrl = await cardPage.GetAttributeAsync("href");

        // The board, signed in as that person in the same browser.
        var board = await browser.Context.NewPageAsync();
        await board.GotoAsync(new Uri(app.BaseAddress, "/account/login").ToString());
        await board.GetByLabel("Email").FillAsync(email);
        await board.GetByLabel("Password").FillAsync("correct horse battery");
        await board.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await board.WaitForURLAsync("**/board");
        var card = board.Locator(".card", new() { HasText = "Contoso" });
        await Assertions.Expect(board.Locator(".column-saved .card", new() { HasText = "Product Manager" })).ToBeVisibleAsync();
        await Assertions.Expect(board.Locator("#board[data-connected=true]")).ToBeAttachedAsync();

        // The employer's receipt arrives: IDLE → sync → match (company + role) → the same card moves to Applied, live.
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", DateTimeOffset.UtcNow.AddMinutes(1)));
        await Assertions.Expect(board.Locator(".column-applied .card", new() { HasText = "Contoso" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        Assert.EndsWith(await card.GetAttributeAsync("data-id") ?? "?", detailUrl);

        // The detail page shows the posting as it was saved.
        var detail = await browser.Context.NewPageAsync();
        await detail.GotoAsync(detailUrl!);
        await Assertions.Expect(detail.Locator("#posting")).ToContainTextAsync("EUR 70,000–85,000 per year");
        await detail.GetByText("The posting as you saw it").ClickAsync();
        await Assertions.Expect(detail.Locator("#posting-text")).ToContainTextAsync("• Talk to customers");
        await Assertions.Expect(detail.Locator("#posting-text")).Not.ToContainTextAsync("alert(");

        // Page content went to this machine only: the fixture server and the configured ApplyTrack server.
        lock (browser.Requests)
        {
            Assert.All(browser.Requests.Where(u => u.StartsWith("http", StringComparison.Ordinal)), u => Assert.Equal("127.0.0.1", new Uri(u).Host));
        }
    }
}
