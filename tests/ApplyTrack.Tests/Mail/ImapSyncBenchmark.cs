using System.Diagnostics;
using System.Net.Http.Json;
using ApplyTrack.Features.Mail.Imap;
using ApplyTrack.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ApplyTrack.Tests.Mail;

/// <summary>The app with production-sized IMAP pages (50), for the benchmark.</summary>
public sealed class ImapBenchmarkApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Imap:PageSize"] = "50",
    };
}

/// <summary>How long an initial IMAP sync of 5,000 messages (10 % job mail) takes against Dovecot on loopback.</summary>
public sealed class ImapSyncBenchmark(ImapBenchmarkApplication app, ITestOutputHelper output) : IClassFixture<ImapBenchmarkApplication>
{
    private const int Messages = 5_000;
    private const int JobMessages = 500;

    [BenchmarkFact]
    public async Task Initial_sync_of_5000_messages_whole_messages_a_page_per_command()
    {
        var elapsed = await MeasureAsync();
        output.WriteLine($"IMAP initial sync, {Messages} messages ({JobMessages} job), Dovecot on loopback, pages of 50, whole small messages per page: {elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"BENCH imap mode=whole-per-page messages={Messages} seconds={elapsed.TotalSeconds:0.0}");
    }

    [BenchmarkFact]
    public async Task Initial_sync_of_5000_messages_text_part_per_message()
    {
        var options = app.Services.GetRequiredService<IOptions<ImapOptions>>().Value;
        var whole = options.WholeMessageBytes;
        options.WholeMessageBytes = 0;
        try
        {
            var elapsed = await MeasureAsync();
            output.WriteLine($"IMAP initial sync, {Messages} messages ({JobMessages} job), Dovecot on loopback, pages of 50, one text-part FETCH per message: {elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"BENCH imap mode=part-per-message messages={Messages} seconds={elapsed.TotalSeconds:0.0}");
        }
        finally
        {
            options.WholeMessageBytes = whole;
        }
    }

    private async Task<TimeSpan> MeasureAsync()
    {
        var login = ImapTestServer.NewLogin();
        var now = DateTimeOffset.UtcNow;
        using (var imap = new ImapClient())
        {
            await imap.ConnectAsync(ImapTestServer.Host, ImapTestServer.Port, SecureSocketOptions.None);
            await imap.AuthenticateAsync(login, ImapTestServer.Password);
            var requests = Enumerable.Range(0, Messages).Select(i =>
            {
                var at = now.AddMinutes(-(Messages - i) * 8);   // spread over the last four weeks, in arrival order
                var message = i % (Messages / JobMessages) == 0
                    ? TestMail.Receipt($"Company{i:0000} Labs", "Analyst", at)
                    : TestMail.NonJob(i, at).Message;
                return (IAppendRequest)new AppendRequest(ImapTestServer.ToMime(message), MessageFlags.None, at);
            }).ToList();
            foreach (var chunk in requests.Chunk(500))
            {
                await imap.Inbox.AppendAsync(chunk);
            }
            await imap.DisconnectAsync(true);
        }
        var client = await app.CreateSignedInClientAsync();

        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        var connectionId = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 600);
        watch.Stop();

        var run = (await client.SyncHistoryAsync(connectionId)).Last();
        Assert.Equal(Messages, run.GetProperty("messagesSeen").GetInt32());
        Assert.Equal(JobMessages, run.GetProperty("jobEvents").GetInt32());
        return watch.Elapsed;
    }
}
