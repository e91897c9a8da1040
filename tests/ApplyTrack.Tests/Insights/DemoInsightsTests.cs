using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Xunit.Abstractions;

namespace ApplyTrack.Tests.Insights;

/// <summary>Demo mode with the seeded demo mailbox (Alex Morgan's six-week search).</summary>
public sealed class DemoMailboxApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Sandbox:SeedDemoMailbox"] = "true" };
}

/// <summary>The "done": a Premium user who connects the demo mailbox sees its funnel and timings on the insights page.</summary>
public sealed class DemoInsightsTests(DemoMailboxApplication app, ITestOutputHelper output) : IClassFixture<DemoMailboxApplication>
{
    [Fact]
    public async Task The_demo_search_shows_its_funnel_timings_and_ats_vendors()
    {
        var client = await app.CreateSignedInClientAsync(); // demo mode: Premium
        var connectionId = await app.ConnectOutlookAsync(client, app.Sandbox.DemoUserEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 180);
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending"),
            TimeSpan.FromSeconds(60), "every job email applied");

        var report = await (await client.GetAsync("/api/insights")).ReadJsonAsync();
        var page = await client.GetStringAsync("/insights");
        output.WriteLine(report.GetRawText());

        var funnel = report.GetProperty("funnel");
        Assert.InRange(funnel.GetProperty("applied").GetInt32(), 6, 40);
        Assert.InRange(funnel.GetProperty("interviewing").GetInt32(), 2, funnel.GetProperty("applied").GetInt32());
        Assert.InRange(funnel.GetProperty("offer").GetInt32(), 1, funnel.GetProperty("interviewing").GetInt32());
        Assert.InRange(report.GetProperty("responses").GetProperty("medianDaysToFirstResponse").GetDouble(), 0.5, 30);
        Assert.Contains(report.GetProperty("byAtsVendor").EnumerateArray(), g => g.GetProperty("group").GetString() == "Greenhouse");
        Assert.Contains(report.GetProperty("rejections").EnumerateArray(), r => r.GetProperty("count").GetInt32() > 0);
        Assert.Contains("id=\"funnel-chart\"", page);
        Assert.DoesNotContain("<dd id=\"stat-median\">—</dd>", page);
    }
}
