using System.Diagnostics;
using System.Net;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.AspNetCore.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ApplyTrack.Tests.Operations;

/// <summary>ApplyTrack's spans and meters are process-wide: these tests run alone so the numbers are theirs.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>Demo mode with every span and metric exported to memory.</summary>
public class TelemetryApplication : OutlookApplication
{
    public List<Activity> Spans { get; } = [];
    public List<MetricSnapshot> Metrics { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics)));
    }

    public IReadOnlyList<Activity> ExportedSpans()
    {
        lock (Spans) return [.. Spans];
    }

    /// <summary>Flushes the meter provider and returns the latest snapshot of each metric.</summary>
    public Dictionary<string, MetricSnapshot> ExportedMetrics()
    {
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        lock (Metrics) return Metrics.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());
    }
}

[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests(TelemetryApplication app) : IClassFixture<TelemetryApplication>
{
    [Fact]
    public async Task A_pushed_email_is_one_trace_from_webhook_to_board_event_and_the_metrics_count_it()
    {
        var before = app.ExportedMetrics();   // the fixture's other tests count too: compare differences
        var (client, mailbox, connectionId, _) = await SyncedMailboxAsync();
        const string company = "Adatum";

        mailbox.Add(TestMail.Receipt(company, "SRE", DateTimeOffset.UtcNow, "conv-trace"));
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey(company), TimeSpan.FromSeconds(60), "the pushed email on the board");

        var boardEvent = await FindSpanAsync(s => s.DisplayName == "board event" && (string?)s.GetTagItem("applytrack.board.event") == "synced"
            && Trace(s).Any(w => w.DisplayName == "sync" && (string?)w.GetTagItem("applytrack.sync.trigger") == "push"
                                 && (string?)w.GetTagItem("applytrack.connection_id") == connectionId.ToString()));
        var trace = Trace(boardEvent);
        var webhook = Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/webhooks/graph");
        var queued = Assert.Single(trace, s => s.DisplayName == "sync queued");
        var sync = Assert.Single(trace, s => s.DisplayName == "sync");
        Assert.Equal(webhook.SpanId, queued.ParentSpanId);
        Assert.Equal(queued.SpanId, sync.ParentSpanId);
        Assert.Equal("outlook", sync.GetTagItem("applytrack.provider"));
        var page = Assert.Single(trace, s => s.DisplayName == "sync page" && s.ParentSpanId == sync.SpanId && trace.Any(c => c.DisplayName == "classify batch" && c.ParentSpanId == s.SpanId));
        var classified = Assert.Single(trace, s => s.DisplayName == "classify batch" && s.ParentSpanId == page.SpanId);
        Assert.True((int)classified.GetTagItem("applytrack.classification.messages")! >= 1);
        Assert.Equal(1, (int)classified.GetTagItem("applytrack.classification.job_emails")!);
        Assert.Contains(trace, s => s.DisplayName == "match and apply");
        Assert.Contains(trace, s => s.Source.Name == "Microsoft.EntityFrameworkCore" || s.GetTagItem("db.system") is not null || s.GetTagItem("db.system.name") is not null);
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.GetTagItem("http.request.method") is not null);   // Graph over HttpClient
        Assert.True(boardEvent.StartTimeUtc >= webhook.StartTimeUtc);

        var runs = await client.SyncHistoryAsync(connectionId);
        var metrics = app.ExportedMetrics();
        long Delta(string name, params (string, string)[] filter) => Sum(metrics, name, filter) - Sum(before, name, filter);
        Assert.Equal(runs.Count, Delta("applytrack.syncs.started", ("provider", "outlook")));
        Assert.Equal(runs.Count(r => r.GetProperty("outcome").GetString()!.StartsWith("succeeded", StringComparison.Ordinal)), Delta("applytrack.syncs.succeeded", ("provider", "outlook")));
        Assert.True(Delta("applytrack.syncs.started", ("trigger", "push")) >= 1);
        Assert.Equal(runs.Sum(r => r.GetProperty("messagesSeen").GetInt32()), Delta("applytrack.messages.read"));
        Assert.Equal(runs.Sum(r => r.GetProperty("jobEvents").GetInt32()), Delta("applytrack.job_emails.found"));
        Assert.True(Delta("applytrack.webhook.notifications", ("result", "accepted")) >= 1);
        Assert.Equal(0, Delta("applytrack.webhook.notifications", ("result", "refused")));
        Assert.True(HistogramCount(metrics, "applytrack.classification.duration") - HistogramCount(before, "applytrack.classification.duration") >= 8, "every new message is classified once");
        Assert.True(HistogramCount(metrics, "applytrack.push_to_board.duration") - HistogramCount(before, "applytrack.push_to_board.duration") >= 1);
        Assert.Equal(0, Sum(metrics, "applytrack.sync.queue.depth"));
        Assert.Equal(0, Sum(metrics, "applytrack.lease.takeovers"));
    }

    [Fact]
    public async Task No_span_attribute_event_or_metric_label_carries_a_subject_sender_or_address()
    {
        var (client, mailbox, _, secrets) = await SyncedMailboxAsync();
        var pushed = TestMail.Receipt("Litware", "Analyst", DateTimeOffset.UtcNow);
        mailbox.Add(pushed);
        secrets.AddRange(Private(pushed));
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey("Litware"), TimeSpan.FromSeconds(60), "the pushed email on the board");

        var exported = new List<string>();
        foreach (var span in app.ExportedSpans())
        {
            exported.Add(span.DisplayName);
            exported.Add(span.StatusDescription ?? "");
            exported.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            exported.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)));
            exported.AddRange(span.Baggage.Select(b => $"{b.Key}={b.Value}"));
        }
        foreach (var metric in app.ExportedMetrics().Values)
        {
            exported.Add(metric.Name);
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    exported.Add($"{tag.Key}={tag.Value}");
                }
            }
        }

        Assert.True(exported.Count > 1000, $"only {exported.Count} exported strings: the scan would prove nothing");
        foreach (var secret in secrets.Distinct())
        {
            var leak = exported.FirstOrDefault(e => e.Contains(secret, StringComparison.OrdinalIgnoreCase) || Uri.UnescapeDataString(e).Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"\"{secret}\" was exported in: {leak}");
        }
    }

    [Fact]
    public async Task A_sync_that_ends_a_dead_instances_run_counts_one_lease_takeover()
    {
        var (client, _, connectionId, _) = await SyncedMailboxAsync();
        var before = app.ExportedMetrics();
        // What an instance that died mid-sync leaves behind: a run that never ended (its lease has long run out).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Data.ApplyTrackDbContext>();
            db.SyncRuns.Add(new ApplyTrack.Features.Mail.SyncRun { Id = Guid.CreateVersion7(), ConnectionId = connectionId, StartedAt = DateTimeOffset.UtcNow.AddMinutes(-20), Trigger = ApplyTrack.Features.Mail.SyncTrigger.Poll });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/connections/{connectionId}/sync", null)).StatusCode);
        // The sync span is exported when the sync ends; the takeover was counted as it began.
        await FindSpanAsync(s => s.DisplayName == "sync" && (string?)s.GetTagItem("applytrack.connection_id") == connectionId.ToString()
                                 && s.GetTagItem("applytrack.lease.takeover") is true);

        Assert.Equal(1, Sum(app.ExportedMetrics(), "applytrack.lease.takeovers") - Sum(before, "applytrack.lease.takeovers"));
        Assert.Contains(await client.SyncHistoryAsync(connectionId), r => r.GetProperty("outcome").GetString() == "abandoned");
    }

    [Fact]
    public async Task The_prometheus_endpoint_is_off_by_default()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpClient Client, Mailbox Mailbox, Guid ConnectionId, List<string> Secrets)> SyncedMailboxAsync()
    {
        var mailboxEmail = $"otel-{Guid.NewGuid():N}@sandbox.test";
        var userEmail = $"otel-user-{Guid.NewGuid():N}@example.com";
        var mailbox = app.Mailbox(mailboxEmail);
        var now = DateTimeOffset.UtcNow;
        List<string> secrets = [mailboxEmail, userEmail, "jordan@example.com"];
        NewMailMessage[] messages =
        [
            TestMail.Receipt("Contoso", "Product Manager", now.AddDays(-5)),
            TestMail.Receipt("Fabrikam", "Data Engineer", now.AddDays(-4), "conv-otel"),
            TestMail.InterviewInvite("Northwind Traders", "Designer", now.AddDays(-3)),
            .. Enumerable.Range(0, 4).Select(i => TestMail.NonJob(i, now.AddHours(-i - 1)).Message),
        ];
        foreach (var message in messages)
        {
            mailbox.Add(message);
            secrets.AddRange(Private(message));
        }
        var client = await app.CreateSignedInClientAsync(userEmail);
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        try
        {
            await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);
        }
        catch (Xunit.Sdk.FailException)
        {
            var trail = string.Join("\n", app.Logs.Lines.Where(l => l.Contains("ApplyTrack.", StringComparison.Ordinal) && !l.Contains("EntityFrameworkCore", StringComparison.Ordinal)).TakeLast(30));
            Assert.Fail($"No successful sync. Runs: {string.Join(" | ", await client.SyncHistoryAsync(connectionId))}. Log:\n{trail}");
        }
        return (client, mailbox, connectionId, secrets);
    }

    private static IEnumerable<string> Private(NewMailMessage message) =>
        [message.Subject, message.From!.Address, message.From.Name!, message.TextBody![^14..]];

    private async Task<Activity> FindSpanAsync(Func<Activity, bool> predicate)
    {
        Activity? found = null;
        await Eventually.WaitAsync(() => Task.FromResult((found = app.ExportedSpans().FirstOrDefault(predicate)) is not null), TimeSpan.FromSeconds(30), "the span");
        return found!;
    }

    private List<Activity> Trace(Activity span) => [.. app.ExportedSpans().Where(s => s.TraceId == span.TraceId)];

    internal static long Sum(Dictionary<string, MetricSnapshot> metrics, string name, params (string Key, string Value)[] filter)
    {
        if (!metrics.TryGetValue(name, out var metric))
        {
            return 0;
        }
        long total = 0;
        foreach (var point in metric.MetricPoints)
        {
            var tags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags) tags[tag.Key] = tag.Value;
            if (filter.All(f => Equals(tags.GetValueOrDefault(f.Key), f.Value)))
            {
                total += metric.MetricType is MetricType.LongSum or MetricType.LongSumNonMonotonic ? point.GetSumLong() : (long)point.GetSumDouble();
            }
        }
        return total;
    }

    private static long HistogramCount(Dictionary<string, MetricSnapshot> metrics, string name)
    {
        if (!metrics.TryGetValue(name, out var metric))
        {
            return 0;
        }
        long count = 0;
        foreach (var point in metric.MetricPoints) count += point.GetHistogramCount();
        return count;
    }
}
