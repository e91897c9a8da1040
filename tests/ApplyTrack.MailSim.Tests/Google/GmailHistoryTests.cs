using System.Net;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GmailHistoryTests : IAsyncLifetime
{
    private const string Email = "sam.rivera@gmail.com";
    private MailSandbox _sandbox = null!;
    private Mailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false });
        _mailbox = _sandbox.Mailboxes.GetOrCreate(Email);
        _mailbox.Add(GoogleClients.Letter("Before the baseline"));
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task History_replays_adds_label_changes_and_permanent_deletes_after_the_baseline()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var baseline = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        var added = _mailbox.Add(GoogleClients.Letter("Interview invitation"));
        _mailbox.SetRead(added.Id, true);
        _mailbox.Move(added.Id, WellKnownFolder.DeletedItems);
        _mailbox.Delete(added.ImmutableId);

        var history = await session.Gmail.GetOkAsync($"history?startHistoryId={baseline}");

        var records = history["history"]!.AsArray();
        Assert.Equal(4, records.Count);
        Assert.Equal(added.GmailId(), records[0]!["messagesAdded"]![0]!["message"]!["id"]!.GetValue<string>());
        Assert.Equal(["INBOX", "UNREAD"], Labels(records[0]!["messagesAdded"]![0]!["message"]!["labelIds"]));
        Assert.Equal(["UNREAD"], Labels(records[1]!["labelsRemoved"]![0]!["labelIds"]));
        Assert.Equal(["TRASH"], Labels(records[2]!["labelsAdded"]![0]!["labelIds"]));
        Assert.Equal(["INBOX"], Labels(records[2]!["labelsRemoved"]![0]!["labelIds"]));
        Assert.Equal(added.GmailId(), records[3]!["messagesDeleted"]![0]!["message"]!["id"]!.GetValue<string>());
        Assert.Equal((await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>(), history["historyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_ids_increase_with_gaps()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var baseline = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        for (var i = 0; i < 5; i++) _mailbox.Add(GoogleClients.Letter($"Mail {i}"));

        var ids = (await session.Gmail.GetOkAsync($"history?startHistoryId={baseline}"))["history"]!.AsArray()
            .Select(r => ulong.Parse(r!["id"]!.GetValue<string>())).ToList();

        Assert.Equal(5, ids.Count);
        Assert.True(ids.Zip(ids.Skip(1)).All(p => p.Second > p.First + 1), string.Join(",", ids));
        Assert.True(ids[0] > ulong.Parse(baseline));
    }

    [Fact]
    public async Task History_pages_until_no_next_page_token_and_the_last_page_carries_the_current_history_id()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var baseline = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        for (var i = 0; i < 7; i++) _mailbox.Add(GoogleClients.Letter($"Mail {i}"));

        var added = new List<string>();
        JsonNode page;
        string? pageToken = null;
        do
        {
            page = await session.Gmail.GetOkAsync($"history?startHistoryId={baseline}&maxResults=3&historyTypes=messageAdded{(pageToken is null ? "" : "&pageToken=" + pageToken)}");
            added.AddRange(page["history"]!.AsArray().Select(r => r!["messagesAdded"]![0]!["message"]!["id"]!.GetValue<string>()));
            pageToken = page["nextPageToken"]?.GetValue<string>();
        }
        while (pageToken is not null);

        Assert.Equal(7, added.Distinct().Count());
        Assert.Equal((await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>(), page["historyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_types_and_label_id_filter_the_records()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var baseline = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        var inbox = _mailbox.Add(GoogleClients.Letter("Inbox mail"));
        _mailbox.Add(GoogleClients.Letter("Sent mail"), WellKnownFolder.SentItems);
        _mailbox.SetRead(inbox.Id, true);

        var addedToInbox = (await session.Gmail.GetOkAsync($"history?startHistoryId={baseline}&historyTypes=messageAdded&labelId=INBOX"))["history"]!.AsArray();

        var record = Assert.Single(addedToInbox)!.AsObject();
        Assert.Equal(inbox.GmailId(), record["messagesAdded"]![0]!["message"]!["id"]!.GetValue<string>());
        Assert.False(record.ContainsKey("labelsRemoved"));
    }

    [Fact]
    public async Task A_start_history_id_older_than_the_retention_window_is_404_not_found()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var baseline = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        _mailbox.Add(GoogleClients.Letter("Arrives while the client is away"));

        _sandbox.Clock.Advance(TimeSpan.FromDays(8));
        await session.Credential.RefreshTokenAsync(CancellationToken.None);
        var (status, body) = await session.Gmail.GetJsonAsync($"history?startHistoryId={baseline}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("notFound", body.Reason());
        Assert.Equal("NOT_FOUND", body!["error"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Expire_history_switch_makes_every_earlier_start_history_id_404()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var baseline = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        _mailbox.Add(GoogleClients.Letter("New"));

        _sandbox.Settings().ExpireHistory(_mailbox);
        var (status, _) = await session.Gmail.GetJsonAsync($"history?startHistoryId={baseline}");
        var current = (await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>();
        var (currentStatus, _) = await session.Gmail.GetJsonAsync($"history?startHistoryId={current}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.OK, currentStatus);
    }

    [Fact]
    public async Task Unknown_or_future_history_id_is_404()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var (tooSmall, _) = await session.Gmail.GetJsonAsync("history?startHistoryId=5");
        var (future, _) = await session.Gmail.GetJsonAsync("history?startHistoryId=999999999999");

        Assert.Equal(HttpStatusCode.NotFound, tooSmall);
        Assert.Equal(HttpStatusCode.NotFound, future);
    }

    private static List<string> Labels(JsonNode? array) => [.. array!.AsArray().Select(l => l!.GetValue<string>())];
}
