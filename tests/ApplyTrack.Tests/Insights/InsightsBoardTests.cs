using System.Net;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Insights;

/// <summary>
/// A board synced from the mail sandbox, once per provider: six applications whose every date comes from an email, so
/// each figure is known to the day. Contoso: applied, invited 5 days later, offer. Fabrikam: rejected 3 days after
/// applying. Northwind: silent for 50 days. Tailspin: applied 10 days ago. Litware: invited after 10 days, rejected after
/// the first round. Adatum: a recruiter's invitation, nothing before it.
/// </summary>
public sealed class SeededBoard<TApp> : IAsyncLifetime where TApp : OutlookApplication, new()
{
    public TApp App { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public string Email { get; } = $"insights-{Guid.NewGuid():N}@example.com";
    public string MailboxEmail { get; } = $"insights-{Guid.NewGuid():N}@sandbox.test";

    /// <summary>"Now" for the board's emails: the last whole hour, so no email lands in the future.</summary>
    public DateTimeOffset Base { get; } = new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, TimeSpan.Zero).AddHours(-1);

    public DateTimeOffset DaysAgo(double days) => Base - TimeSpan.FromDays(days);

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        Client = await App.CreateSignedInClientAsync(Email);
        await SetPlanAsync(Email, Plan.Premium);
        var mailbox = App.Mailbox(MailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Data Analyst", DaysAgo(40)));
        mailbox.Add(TestMail.InterviewInvite("Contoso", "Data Analyst", DaysAgo(35)));
        mailbox.Add(TestMail.Offer("Contoso", "Data Analyst", DaysAgo(20)));
        mailbox.Add(TestMail.Receipt("Fabrikam", "Product Designer", DaysAgo(30)));
        mailbox.Add(TestMail.Rejection("Fabrikam", "Product Designer", DaysAgo(27)));
        mailbox.Add(TestMail.Receipt("Northwind", "Buyer", DaysAgo(50)));
        mailbox.Add(TestMail.Receipt("Tailspin", "Pilot Trainer", DaysAgo(10)));
        mailbox.Add(TestMail.Receipt("Litware", "Backend Engineer", DaysAgo(60)));
        mailbox.Add(TestMail.InterviewInvite("Litware", "Backend Engineer", DaysAgo(50)));
        mailbox.Add(TestMail.Rejection("Litware", "Backend Engineer", DaysAgo(45)));
        mailbox.Add(TestMail.InterviewInvite("Adatum", "Solutions Architect", DaysAgo(5)));
        var connectionId = await App.ConnectOutlookAsync(Client, MailboxEmail);
        await Client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 60);
        var expected = new Dictionary<string, string>
        {
            ["Contoso"] = "offer", ["Fabrikam"] = "rejected", ["Northwind"] = "applied", ["Tailspin"] = "applied", ["Litware"] = "rejected", ["Adatum"] = "interviewing",
        };
        await Eventually.WaitAsync(async () =>
                (await Client.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending") &&
                (await Client.StatusesAsync()).OrderBy(p => p.Key).SequenceEqual(expected.OrderBy(p => p.Key)),
            TimeSpan.FromSeconds(60), $"the board to be synced as expected (now: {string.Join(", ", await Client.StatusesAsync())})");
    }

    public async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

/// <summary>Insights over HTTP on a board synced from the sandbox: the JSON, the CSV, the page, Free against Premium, one user against another.</summary>
public abstract class InsightsBoardTests<TApp>(SeededBoard<TApp> board) where TApp : OutlookApplication, new()
{
    [Fact]
    public async Task Insights_api_gives_the_synced_boards_funnel_timings_and_breakdowns_exactly()
    {
        var report = await (await board.Client.GetAsync("/api/insights")).ReadJsonAsync();

        var funnel = report.GetProperty("funnel");
        Assert.Equal((6, 3, 1), (funnel.GetProperty("applied").GetInt32(), funnel.GetProperty("interviewing").GetInt32(), funnel.GetProperty("offer").GetInt32()));
        Assert.Equal((0.5, Math.Round(1 / 3.0, 6)), (funnel.GetProperty("interviewRate").GetDouble(), Math.Round(funnel.GetProperty("offerRate").GetDouble(), 6)));
        Assert.Equal("""{"group":"All applications","applications":5,"responded":3,"responseRate":0.6,"medianDaysToFirstResponse":5}""",
            report.GetProperty("responses").GetRawText());
        Assert.Equal("""{"count":1,"of":6,"share":0.16666666666666666,"noResponseDays":30}""", report.GetProperty("ghosted").GetRawText());
        Assert.Equal("""[{"status":"applied","completed":3,"medianDays":5,"current":2},{"status":"interviewing","completed":2,"medianDays":10,"current":1},{"status":"offer","completed":0,"medianDays":null,"current":1}]""",
            report.GetProperty("timeInStage").GetRawText());
        Assert.Equal([("After applying", 1), ("After interview round 1", 1)],
            report.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("label").GetString(), r.GetProperty("count").GetInt32())));
        Assert.Equal([($"outlook:{board.MailboxEmail}", 5, 3)], Groups(report, "byMailbox"));
        Assert.Equal([("From your mailboxes", 5, 3)], Groups(report, "bySource"));
        Assert.Equal([("Straight from the employer", 5, 3)], Groups(report, "byAtsVendor"));
    }

    [Fact]
    public async Task Weekly_outcomes_put_each_application_response_and_rejection_in_its_utc_week()
    {
        var report = await (await board.Client.GetAsync("/api/insights")).ReadJsonAsync();

        var weeks = report.GetProperty("weeks").EnumerateArray().ToDictionary(
            w => DateOnly.Parse(w.GetProperty("weekStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            w => (w.GetProperty("applications").GetInt32(), w.GetProperty("responses").GetInt32(), w.GetProperty("rejections").GetInt32()));
        var expected = weeks.Keys.ToDictionary(k => k, _ => (0, 0, 0));
        foreach (var days in new[] { 40, 30, 50, 10, 60, 5 })
        {
            var week = Monday(board.DaysAgo(days));
            expected[week] = (expected[week].Item1 + 1, expected[week].Item2, expected[week].Item3);
        }
        foreach (var days in new[] { 35, 27, 50 })
        {
            var week = Monday(board.DaysAgo(days));
            expected[week] = (expected[week].Item1, expected[week].Item2 + 1, expected[week].Item3);
        }
        foreach (var days in new[] { 27, 45 })
        {
            var week = Monday(board.DaysAgo(days));
            expected[week] = (expected[week].Item1, expected[week].Item2, expected[week].Item3 + 1);
        }

        Assert.Equal(12, weeks.Count);
        Assert.Equal(Monday(DateTimeOffset.UtcNow), weeks.Keys.Max());
        Assert.Equal(expected.OrderBy(p => p.Key), weeks.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Csv_export_is_one_figure_a_row_with_the_same_numbers()
    {
        var response = await board.Client.GetAsync("/api/insights/export.csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^applytrack-insights-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("section,group,measure,value", lines[0]);
        Assert.Equal("", lines[^1]); // every row ends with CRLF, the last one too
        Assert.All(lines[1..^1], line => Assert.Equal(4, line.Split(',').Length));
        Assert.Contains("funnel,applied,count,6", lines);
        Assert.Contains("funnel,interviewing,rate_from_applied,0.5", lines);
        Assert.Contains("funnel,offer,rate_from_interviewing,0.3333", lines);
        Assert.Contains("ghosted,applied,share,0.1667", lines);
        Assert.Contains("responses,All applications,median_days_to_first_response,5", lines);
        Assert.Contains($"responses_by_mailbox,outlook:{board.MailboxEmail},response_rate,0.6", lines);
        Assert.Contains("time_in_stage,interviewing,median_days,10", lines);
        Assert.Contains("time_in_stage,offer,median_days,", lines);
        Assert.Contains("rejections,After interview round 1,count,1", lines);
        Assert.Equal(12 * 3, lines.Count(l => l.StartsWith("weekly,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_free_user_sees_only_their_own_basics_and_what_premium_adds()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var free = await board.App.CreateSignedInClientAsync(email);
        await board.SetPlanAsync(email, Plan.Free);
        var created = await free.CreateApplicationAsync("Wingtip", "Analyst", "interviewing");

        var report = await (await free.GetAsync("/api/insights")).ReadJsonAsync();
        var csv = await free.GetStringAsync("/api/insights/export.csv");
        var page = await free.GetStringAsync("/insights");
        var premium = await (await board.Client.GetAsync("/api/insights")).ReadJsonAsync();

        Assert.False(report.GetProperty("complete").GetBoolean());
        Assert.Equal((1, 1), (report.GetProperty("funnel").GetProperty("applied").GetInt32(), report.GetProperty("funnel").GetProperty("interviewing").GetInt32()));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("bySource").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("timeInStage").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("rejections").ValueKind);
        Assert.Equal(3, report.GetProperty("premiumAdds").GetArrayLength());
        Assert.DoesNotContain("responses_by_source", csv);
        Assert.DoesNotContain("time_in_stage", csv);
        Assert.Contains("id=\"insights-premium\"", page);
        Assert.DoesNotContain("id=\"stage-chart\"", page);
        Assert.True(premium.GetProperty("complete").GetBoolean());
        Assert.Equal(6, premium.GetProperty("funnel").GetProperty("applied").GetInt32()); // the free user's card is not counted here
        Assert.Equal(JsonValueKind.String, created.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task The_insights_page_draws_each_chart_with_a_table_view()
    {
        var page = await board.Client.GetStringAsync("/insights");

        foreach (var chart in new[] { "funnel-chart", "weekly-chart", "source-chart", "mailbox-chart", "ats-chart", "stage-chart", "rejection-chart" })
        {
            Assert.Contains($"id=\"{chart}\"", page);
        }
        Assert.Equal(7, CountOf(page, "role=\"img\""));
        Assert.Equal(7, CountOf(page, "<summary>Table view"));
        Assert.Matches(@"<th scope=""row"">Applied</th>\s*<td>6</td>\s*<td>(—|&#x2014;)</td>", page);
        Assert.Contains("<dd id=\"stat-median\">5 days</dd>", page);
        Assert.Contains("<dd id=\"stat-response-rate\">60%</dd>", page);
        Assert.Contains("id=\"company-size\"", page);
        Assert.Contains("href=\"/insights\" class=\"active\" aria-current=\"page\"", page);
    }

    private static List<(string?, int, int)> Groups(JsonElement report, string name) =>
        [.. report.GetProperty(name).EnumerateArray().Select(g => (g.GetProperty("group").GetString(), g.GetProperty("applications").GetInt32(), g.GetProperty("responded").GetInt32()))];

    private static DateOnly Monday(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

public sealed class SqliteInsightsBoardTests(SeededBoard<OutlookApplication> board)
    : InsightsBoardTests<OutlookApplication>(board), IClassFixture<SeededBoard<OutlookApplication>>;

public sealed class PostgresInsightsBoardTests(SeededBoard<PostgresOutlookApplication> board)
    : InsightsBoardTests<PostgresOutlookApplication>(board), IClassFixture<SeededBoard<PostgresOutlookApplication>>;
