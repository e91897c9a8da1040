using System.Diagnostics;
using ApplyTrack.MailSim.Mailboxes;
using Xunit.Abstractions;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GmailFullSyncTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Email = "busy.inbox@gmail.com";
    private const int MessageCount = 5_000;
    private MailSandbox _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false });
        var mailbox = _sandbox.Mailboxes.GetOrCreate(Email);
        var now = _sandbox.Mailboxes.Time.GetUtcNow();
        for (var i = 0; i < MessageCount; i++)
            mailbox.Add(GoogleClients.Letter($"Message {i}", now.AddMinutes(-i), text: $"Body of message {i}", html: $"<p>Body of message {i}</p>"));
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Listing_and_getting_five_thousand_messages_with_four_parallel_gets_sees_each_once()
    {
        // 5,000 gets are 25,000 quota units, more than Google's 15,000 per user-minute: this measures the sandbox, not the limit.
        _sandbox.Settings().UserUnitsPerMinute = 1_000_000;
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var stopwatch = Stopwatch.StartNew();

        var ids = new List<string>();
        string? pageToken = null;
        do
        {
            var page = await session.Gmail.GetOkAsync($"messages?maxResults=500{(pageToken is null ? "" : "&pageToken=" + pageToken)}");
            ids.AddRange(page["messages"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
            pageToken = page["nextPageToken"]?.GetValue<string>();
        }
        while (pageToken is not null);
        var subjects = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, _) =>
        {
            var message = await session.Gmail.GetOkAsync($"messages/{id}?format=metadata&metadataHeaders=Subject&metadataHeaders=From");
            subjects.Add(message["payload"]!["headers"]![0]!["value"]!.GetValue<string>());
        });
        stopwatch.Stop();

        output.WriteLine($"list + get of {MessageCount} messages: {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(MessageCount, ids.Distinct().Count());
        Assert.Equal(MessageCount, subjects.Distinct().Count());
    }
}

public sealed class GmailDemoMailboxTests : IAsyncLifetime
{
    private MailSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions());

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Demo_mailbox_inbox_of_the_last_30_days_reads_through_gmail_with_metadata()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, _sandbox.DemoUserEmail);

        var list = await session.Gmail.GetOkAsync("messages?q=newer_than:30d&labelIds=INBOX&maxResults=500");
        var first = list["messages"]![0]!["id"]!.GetValue<string>();
        var message = await session.Gmail.GetOkAsync($"messages/{first}?format=metadata&metadataHeaders=Subject");

        Assert.True(list["resultSizeEstimate"]!.GetValue<int>() > 20);
        Assert.Contains("INBOX", message["labelIds"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("Subject", message["payload"]!["headers"]![0]!["name"]!.GetValue<string>());
    }
}
