using System.Diagnostics;
using ApplyTrack.MailSim.Google;
using ApplyTrack.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ApplyTrack.Tests.Mail;

/// <summary>Runs only when APPLYTRACK_BENCH=1: it measures, it does not assert a time.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("APPLYTRACK_BENCH") != "1")
        {
            Skip = "Benchmark: set APPLYTRACK_BENCH=1 to run it.";
        }
    }
}

/// <summary>Demo mode without our own quota pacing (the sandbox's quota is switched off by the test): the raw pipeline.</summary>
public sealed class UnpacedGmailApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Google:UnitsPerMinute"] = "100000000",
    };
}

/// <summary>The raw pipeline: no quota anywhere, so the time is HTTP, MIME, classification and database.</summary>
public sealed class GmailUnpacedSyncBenchmark(UnpacedGmailApplication app, ITestOutputHelper output) : IClassFixture<UnpacedGmailApplication>
{
    [BenchmarkFact]
    public async Task Initial_sync_of_5000_messages_without_quota()
    {
        var google = app.Sandbox.Services.GetRequiredService<GoogleSandbox>();
        google.UserUnitsPerMinute = int.MaxValue / 2;
        var elapsed = await GmailSyncBenchmark.MeasureAsync(app, output);
        output.WriteLine($"Gmail initial sync, {GmailSyncBenchmark.Messages} messages, no quota: {elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"BENCH gmail quota=none messages={GmailSyncBenchmark.Messages} seconds={elapsed.TotalSeconds:0.0}");
    }
}

/// <summary>How long an initial Gmail sync of 5,000 messages (10 % job mail) takes through the sandbox, over real HTTP.</summary>
public sealed class GmailSyncBenchmark(OutlookApplication app, ITestOutputHelper output) : IClassFixture<OutlookApplication>
{
    public const int Messages = 5_000;
    private const int JobMessages = 500;

    [BenchmarkFact]
    public async Task Initial_sync_of_5000_messages_with_googles_quota()
    {
        var elapsed = await MeasureAsync(app, output);
        output.WriteLine($"Gmail initial sync, {Messages} messages ({JobMessages} job), Google's per-user quota (15,000 units/min), our pacing at 13,500: {elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"BENCH gmail quota=15000/min messages={Messages} seconds={elapsed.TotalSeconds:0.0}");
    }

    public static async Task<TimeSpan> MeasureAsync(OutlookApplication app, ITestOutputHelper output)
    {
        var mailboxEmail = $"bench-{Guid.NewGuid():N}@gmail.test";
        var mailbox = app.Mailbox(mailboxEmail);
        var now = DateTimeOffset.UtcNow;
        var step = TimeSpan.FromDays(29) / Messages;
        for (var i = 0; i < Messages; i++)
        {
            var at = now - step * (i + 1);
            mailbox.Add(i % 10 == 0 ? TestMail.Receipt($"Bench{i / 10:000} Corp", "Engineer", at) : TestMail.NonJob(i, at).Message);
        }
        var client = await app.CreateSignedInClientAsync();

        var watch = Stopwatch.StartNew();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 1200);
        watch.Stop();

        var run = (await client.SyncHistoryAsync(connectionId)).Last();
        output.WriteLine($"messagesSeen={run.GetProperty("messagesSeen").GetInt32()} jobEvents={run.GetProperty("jobEvents").GetInt32()} errors={run.GetProperty("errors").GetInt32()}");
        Assert.Equal(Messages, run.GetProperty("messagesSeen").GetInt32());
        return watch.Elapsed;
    }
}
