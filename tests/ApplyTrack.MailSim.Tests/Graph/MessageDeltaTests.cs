using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Tests.Infrastructure;
using Microsoft.Graph;
using Microsoft.Graph.Me.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Models.ODataErrors;

namespace ApplyTrack.MailSim.Tests.Graph;

public sealed class MessageDeltaTests : IAsyncLifetime
{
    private const string Email = "sam.okafor@contoso.example";
    private static readonly string[] Select = ["id", "subject", "from", "receivedDateTime", "parentFolderId", "isRead", "conversationId", "internetMessageId"];
    private MailSandbox _sandbox = null!;
    private GraphServiceClient _graph = null!;
    private Mailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false });
        _graph = await GraphClients.SignInAsync(_sandbox, Email);
        _mailbox = _sandbox.Mailboxes.Find(Email)!;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private MailMessage Receive(string subject, DateTimeOffset? at = null, string folder = WellKnownFolder.Inbox) =>
        _mailbox.Add(new NewMailMessage { From = new("talent@northwind.example", "Northwind Talent"), Subject = subject, HtmlBody = $"<p>{subject}</p>", ReceivedDateTime = at }, folder);

    private DeltaRequestBuilder Delta => _graph.Me.MailFolders["inbox"].Messages.Delta;

    /// <summary>Runs one delta round to its deltaLink the way PROTOCOLS §6.2 does, returning every page.</summary>
    private async Task<(List<DeltaGetResponse> Pages, string DeltaLink)> RoundAsync(string? deltaLink = null, int pageSize = 10, string? filter = null)
    {
        var pages = new List<DeltaGetResponse>();
        var page = deltaLink is null
            ? await Delta.GetAsDeltaGetResponseAsync(r =>
            {
                r.QueryParameters.Select = Select;
                r.QueryParameters.Filter = filter;
                r.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
            })
            : await Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(r => r.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}"));
        while (true)
        {
            pages.Add(page!);
            if (page!.OdataNextLink is { } next)
            {
                page = await Delta.WithUrl(next).GetAsDeltaGetResponseAsync(r => r.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}"));
                continue;
            }
            return (pages, page.OdataDeltaLink!);
        }
    }

    [Fact]
    public async Task First_round_pages_through_the_folder_with_distinct_links_and_ends_with_a_delta_link()
    {
        for (var i = 0; i < 25; i++) Receive($"Message {i}");

        var (pages, deltaLink) = await RoundAsync();

        Assert.Equal([10, 10, 5], pages.Select(p => p.Value!.Count));
        Assert.Equal(25, pages.SelectMany(p => p.Value!).Select(m => m.Id).Distinct().Count());
        Assert.Equal(2, pages.Select(p => p.OdataNextLink).OfType<string>().Distinct().Count());
        Assert.All(pages.Take(2), p => Assert.Null(p.OdataDeltaLink));
        Assert.StartsWith(_sandbox.GraphBaseUrl, deltaLink);
        Assert.Contains("$deltatoken=", deltaLink);
    }

    [Fact]
    public async Task Next_round_returns_only_new_mail_and_removals_for_moves_and_deletes()
    {
        var staying = Receive("Staying");
        var movedAway = Receive("Moved to archive");
        var deleted = Receive("Deleted");
        var (_, deltaLink) = await RoundAsync();

        var arrived = Receive("Interview invitation");
        _mailbox.Move(movedAway.Id, WellKnownFolder.Archive);
        _mailbox.Delete(deleted.Id);
        var (pages, _) = await RoundAsync(deltaLink);
        var items = pages.SelectMany(p => p.Value!).ToList();

        Assert.Equal(3, items.Count);
        Assert.Contains(items, m => m.Id == arrived.Id && m.Subject == "Interview invitation" && !m.AdditionalData.ContainsKey("@removed"));
        Assert.Contains(items, m => m.Id == movedAway.Id && m.AdditionalData.ContainsKey("@removed"));
        Assert.Contains(items, m => m.Id == deleted.Id && m.AdditionalData.ContainsKey("@removed"));
        Assert.DoesNotContain(items, m => m.Id == staying.Id);
    }

    [Fact]
    public async Task A_round_with_no_changes_is_empty_and_hands_out_a_new_delta_link()
    {
        Receive("Only one");
        var (_, deltaLink) = await RoundAsync();

        var (pages, nextDeltaLink) = await RoundAsync(deltaLink);

        Assert.Empty(pages.Single().Value!);
        Assert.NotEqual(deltaLink, nextDeltaLink);
    }

    [Fact]
    public async Task Read_state_change_shows_up_as_an_updated_item()
    {
        var message = Receive("Please read");
        var (_, deltaLink) = await RoundAsync();

        _mailbox.SetRead(message.Id, true);
        var (pages, _) = await RoundAsync(deltaLink);

        var item = Assert.Single(pages.SelectMany(p => p.Value!));
        Assert.True(item.IsRead);
    }

    [Fact]
    public async Task ReceivedDateTime_filter_limits_the_first_round_to_the_window()
    {
        var now = _sandbox.Clock.GetUtcNow();
        Receive("Old", now.AddDays(-40));
        Receive("Recent", now.AddDays(-3));
        Receive("Today", now.AddHours(-1));

        var (pages, _) = await RoundAsync(filter: $"receivedDateTime ge {now.AddDays(-30):yyyy-MM-ddTHH:mm:ssZ}");

        Assert.Equal(["Recent", "Today"], pages.SelectMany(p => p.Value!).Select(m => m.Subject!).Order());
    }

    [Fact]
    public async Task Unsupported_delta_filter_is_a_bad_request()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => Delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Filter = "isRead eq false"));

        Assert.Equal(400, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Invalidated_delta_link_answers_410_sync_state_not_found()
    {
        Receive("Before invalidation");
        var (_, deltaLink) = await RoundAsync();
        _sandbox.Faults.InvalidateDeltaTokens(_mailbox.Id);

        var error = await Assert.ThrowsAsync<ODataError>(() => Delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Equal("syncStateNotFound", error.Error!.Code);
    }

    [Fact]
    public async Task Invalidation_mid_round_fails_the_next_link_too()
    {
        for (var i = 0; i < 15; i++) Receive($"Message {i}");
        var first = await Delta.GetAsDeltaGetResponseAsync(r => r.Headers.Add("Prefer", "odata.maxpagesize=10"));
        _sandbox.Faults.InvalidateDeltaTokens(null);

        var error = await Assert.ThrowsAsync<ODataError>(() => Delta.WithUrl(first!.OdataNextLink!).GetAsDeltaGetResponseAsync());

        Assert.Equal(410, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Immutable_ids_survive_a_move_between_folders()
    {
        var message = Receive("Keep my id");

        var before = await _graph.Me.Messages[message.ImmutableId].GetAsync(r => r.Headers.Add("Prefer", "IdType=\"ImmutableId\""));
        _mailbox.Move(message.Id, WellKnownFolder.Archive);
        var after = await _graph.Me.Messages[message.ImmutableId].GetAsync(r => r.Headers.Add("Prefer", "IdType=\"ImmutableId\""));
        var restId = await _graph.Me.Messages[_mailbox.FindMessage(message.ImmutableId)!.Id].GetAsync();

        Assert.Equal(before!.Id, after!.Id);
        Assert.NotEqual(message.Id, restId!.Id);
        Assert.NotEqual(before.ParentFolderId, after.ParentFolderId);
    }

    [Fact]
    public async Task Empty_pages_with_next_links_do_not_lose_items()
    {
        for (var i = 0; i < 12; i++) Receive($"Message {i}");
        _sandbox.Faults.Delta = new DeltaQuirks { EmptyPages = true };

        var (pages, deltaLink) = await RoundAsync();

        Assert.Contains(pages, p => p.Value!.Count == 0 && p.OdataNextLink is not null);
        Assert.Equal(12, pages.SelectMany(p => p.Value!).Select(m => m.Id).Distinct().Count());
        Assert.NotNull(deltaLink);
    }

    [Fact]
    public async Task Replays_bring_back_items_already_seen_in_the_previous_round()
    {
        var first = Receive("First");
        var (_, deltaLink) = await RoundAsync();
        var second = Receive("Second");
        var (_, nextLink) = await RoundAsync(deltaLink);
        _sandbox.Faults.Delta = new DeltaQuirks { Replays = true };

        var (pages, _) = await RoundAsync(nextLink);

        Assert.Contains(pages.SelectMany(p => p.Value!), m => m.Id == second.Id);
    }

    [Fact]
    public async Task Without_orderby_the_first_round_comes_in_no_particular_order()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        for (var i = 0; i < 40; i++) Receive($"Message {i}", start.AddHours(i));

        var (pages, _) = await RoundAsync(pageSize: 100);
        var received = pages.SelectMany(p => p.Value!).Select(m => m.ReceivedDateTime!.Value).ToList();

        Assert.Equal(40, received.Count);
        Assert.NotEqual(received.OrderByDescending(r => r).ToList(), received);
    }

    [Fact]
    public async Task With_orderby_received_date_desc_the_first_round_is_newest_first()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        for (var i = 0; i < 40; i++) Receive($"Message {i}", start.AddHours(i));

        var page = await Delta.GetAsDeltaGetResponseAsync(r =>
        {
            r.QueryParameters.Select = Select;
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.Headers.Add("Prefer", "odata.maxpagesize=100");
        });
        var received = page!.Value!.Select(m => m.ReceivedDateTime!.Value).ToList();

        Assert.Equal(received.OrderByDescending(r => r).ToList(), received);
    }

    [Fact]
    public async Task A_filtered_round_stops_at_5000_messages_newest_first_when_ordered()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-20);
        for (var i = 0; i < 5_050; i++)
            _mailbox.Add(new NewMailMessage { From = new("news@example.com"), Subject = $"Bulk {i}", TextBody = "x", ReceivedDateTime = start.AddMinutes(i) });

        var page = await Delta.GetAsDeltaGetResponseAsync(r =>
        {
            r.QueryParameters.Select = ["id", "receivedDateTime"];
            r.QueryParameters.Filter = $"receivedDateTime ge {start.AddDays(-1).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}";
            r.QueryParameters.Orderby = ["receivedDateTime desc"];
            r.Headers.Add("Prefer", "odata.maxpagesize=1000");
        });
        var items = new List<Microsoft.Graph.Models.Message>();
        while (true)
        {
            items.AddRange(page!.Value!);
            if (page.OdataNextLink is not { } next) break;
            page = await Delta.WithUrl(next).GetAsDeltaGetResponseAsync(r => r.Headers.Add("Prefer", "odata.maxpagesize=1000"));
        }

        Assert.Equal(5_000, items.Count);
        Assert.NotNull(page.OdataDeltaLink);
        Assert.Equal(start.AddMinutes(5_049), items[0].ReceivedDateTime!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(start.AddMinutes(50), items[^1].ReceivedDateTime!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Delta_does_not_honour_outlook_body_content_type_and_says_so_in_preference_applied()
    {
        Receive("Interview invitation");
        var inspection = new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options.HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var page = await Delta.GetAsDeltaGetResponseAsync(r =>
        {
            r.QueryParameters.Select = ["subject", "body"];
            r.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
            r.Options.Add(inspection);
        });

        Assert.Equal(Microsoft.Graph.Models.BodyType.Html, page!.Value![0].Body!.ContentType);
        Assert.DoesNotContain("body-content-type", string.Join(",", inspection.ResponseHeaders.TryGetValue("Preference-Applied", out var applied) ? applied : []));
    }
}
