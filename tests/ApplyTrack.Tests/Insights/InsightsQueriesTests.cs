using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Insights;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ApplyTrack.Tests.Insights;

/// <summary>
/// Every insight figure on a known board, computed by the database on both providers: the same board, the same exact
/// numbers. Eleven applications of one person (two mailboxes, Greenhouse and Lever mail, manual ones, recruiter outreach, a
/// saved job, an offer rescinded, a rejection after three rounds) and one application of someone else.
/// </summary>
public abstract class InsightsQueriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero); // a Wednesday
    private const string Me = "user-me", SomeoneElse = "user-else";
    private const string Work = "outlook:me@work.example", Personal = "gmail:me@gmail.example";

    protected abstract Task<ApplyTrackDbContext> CreateMigratedContextAsync();

    /// <summary>Lets a provider make the session's own idea of "day" differ from UTC before the queries run.</summary>
    protected virtual Task PrepareSessionAsync(ApplyTrackDbContext db) => Task.CompletedTask;

    private async Task<(ApplyTrackDbContext Db, InsightsQueries Insights)> SeededAsync()
    {
        var db = await CreateMigratedContextAsync();
        SeedBoard(db);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await db.Database.OpenConnectionAsync();
        await PrepareSessionAsync(db);
        return (db, new InsightsQueries(db, Options.Create(new ApplyTrack.Features.FollowUps.FollowUpOptions()), new FakeTimeProvider(Now)));
    }

    [Fact]
    public async Task Funnel_ghosted_and_response_figures_are_exact()
    {
        var (db, insights) = await SeededAsync();
        await using var _ = db;

        var report = await insights.ReportAsync(Me, Plan.Premium, CancellationToken.None);

        Assert.Equal(new Funnel(10, 5, 2, 0.5, 0.4), report.Funnel);
        Assert.Equal(new Ghosting(2, 10, 0.2, 30), report.Ghosted);
        Assert.Equal(F("All applications", 9, 5, 5 / 9.0, 4), Rounded(report.Responses));
        Assert.Equal(InsightsQueries.CompanySizeUnknown, report.CompanySize);
    }

    [Fact]
    public async Task The_persons_own_no_response_delay_decides_the_ghosted_share()
    {
        var (db, insights) = await SeededAsync();
        await using var _ = db;
        db.FollowUpSettings.Add(new ApplyTrack.Features.FollowUps.FollowUpSettings { UserId = Me, CheckInAfterApplyingDays = 7, CheckInAfterInterviewDays = 5, NoResponseDays = 365 });
        await db.SaveChangesAsync();

        var report = await insights.ReportAsync(Me, Plan.Premium, CancellationToken.None);

        Assert.Equal(new Ghosting(0, 10, 0, 365), report.Ghosted);
    }

    [Fact]
    public async Task Responses_by_source_mailbox_and_ats_vendor_are_exact()
    {
        var (db, insights) = await SeededAsync();
        await using var _ = db;

        var report = await insights.ReportAsync(Me, Plan.Premium, CancellationToken.None);

        Assert.Equal([F("From your mailboxes", 6, 4, 4 / 6.0, 4), F("Added by you", 3, 1, 1 / 3.0, 6)], report.BySource!.Select(Rounded));
        Assert.Equal([F(Work, 4, 3, 0.75, 4), F(Personal, 2, 1, 0.5, 10)], report.ByMailbox!.Select(Rounded));
        Assert.Equal([F("Greenhouse", 3, 3, 1, 4), F("Straight from the employer", 2, 0, 0, null), F("Lever", 1, 1, 1, 10)],
            report.ByAtsVendor!.Select(Rounded));
    }

    [Fact]
    public async Task Weeks_time_in_stage_and_rejection_points_are_exact()
    {
        var (db, insights) = await SeededAsync();
        await using var _ = db;

        var report = await insights.ReportAsync(Me, Plan.Premium, CancellationToken.None);

        WeekOutcome Week(int month, int day, int applications, int responses, int rejections) => new(new DateOnly(2026, month, day), applications, responses, rejections);
        Assert.Equal(
        [
            Week(9, 7, 0, 0, 0), Week(9, 14, 0, 0, 0), Week(9, 21, 1, 0, 0), Week(9, 28, 0, 0, 0), Week(10, 5, 1, 1, 0), Week(10, 12, 1, 0, 1),
            Week(10, 19, 2, 1, 0), Week(10, 26, 2, 1, 1), Week(11, 2, 1, 1, 0), Week(11, 9, 1, 1, 1), Week(11, 16, 1, 0, 1), Week(11, 23, 0, 0, 0),
        ], report.Weeks);
        Assert.Equal(
            [new StageTime(ApplicationStatus.Applied, 5, 4, 4), new StageTime(ApplicationStatus.Interviewing, 4, 8, 1), new StageTime(ApplicationStatus.Offer, 1, 5, 1)],
            report.TimeInStage!.Select(s => s with { MedianDays = Math.Round(s.MedianDays!.Value, 6) }));
        Assert.Equal(
            [new RejectionPoint("applied", null, 1), new RejectionPoint("interview", 1, 1), new RejectionPoint("interview", 3, 1), new RejectionPoint("offer", null, 1)],
            report.Rejections);
        Assert.Equal(["After applying", "After interview round 1", "After round 3 or later", "After an offer"], report.Rejections!.Select(r => r.Label));
    }

    [Fact]
    public async Task Free_plan_gets_the_basics_and_what_premium_adds()
    {
        var (db, insights) = await SeededAsync();
        await using var _ = db;

        var report = await insights.ReportAsync(Me, Plan.Free, CancellationToken.None);

        Assert.False(report.Complete);
        Assert.Equal(new Funnel(10, 5, 2, 0.5, 0.4), report.Funnel);
        Assert.Equal(9, report.Responses.Applications);
        Assert.Null(report.BySource);
        Assert.Null(report.ByAtsVendor);
        Assert.Null(report.TimeInStage);
        Assert.Null(report.Rejections);
        Assert.Equal(InsightsQueries.PremiumAdditions, report.PremiumAdds);
    }

    [Fact]
    public async Task Another_users_board_is_counted_apart()
    {
        var (db, insights) = await SeededAsync();
        await using var _ = db;

        var theirs = await insights.ReportAsync(SomeoneElse, Plan.Premium, CancellationToken.None);
        var nobody = await insights.ReportAsync("user-nobody", Plan.Premium, CancellationToken.None);

        Assert.Equal(new Funnel(1, 1, 0, 1, 0), theirs.Funnel);
        Assert.Equal([F("Added by you", 1, 1, 1, 3)], theirs.BySource!.Select(Rounded));
        Assert.Equal(new Funnel(0, 0, 0, null, null), nobody.Funnel);
        Assert.Equal(new ResponseFigures("All applications", 0, 0, null, null), nobody.Responses);
        Assert.All(nobody.Weeks, w => Assert.Equal((0, 0, 0), (w.Applications, w.Responses, w.Rejections)));
        Assert.Empty(nobody.Rejections!);
    }

    private static ResponseFigures F(string group, int applications, int responded, double? rate, double? median) =>
        Rounded(new(group, applications, responded, rate, median));

    private static ResponseFigures Rounded(ResponseFigures f) =>
        f with { ResponseRate = f.ResponseRate is { } r ? Math.Round(r, 6) : null, MedianDaysToFirstResponse = f.MedianDaysToFirstResponse is { } d ? Math.Round(d, 6) : null };

    private static void SeedBoard(ApplyTrackDbContext db)
    {
        db.Users.AddRange(new AppUser { Id = Me, UserName = Me }, new AppUser { Id = SomeoneElse, UserName = SomeoneElse });
        var work = new MailboxConnection { Id = Guid.NewGuid(), UserId = Me, Provider = MailProvider.Outlook, AccountEmail = "me@work.example", AccountId = "work" };
        var personal = new MailboxConnection { Id = Guid.NewGuid(), UserId = Me, Provider = MailProvider.Gmail, AccountEmail = "me@gmail.example", AccountId = "personal" };
        db.MailboxConnections.AddRange(work, personal);

        Application Card(string user, string company, string source, ApplicationStatus status)
        {
            var application = new Application { Id = Guid.NewGuid(), UserId = user, Company = company, Role = "Engineer", Source = source, Status = status };
            db.Applications.Add(application);
            return application;
        }
        void Change(Application application, double daysAgo, ApplicationStatus? from, ApplicationStatus to) => db.StatusChanges.Add(new StatusChange
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, At = Now - TimeSpan.FromDays(daysAgo), From = from, To = to,
        });
        void Mail(Application application, MailboxConnection connection, double daysAgo, EmailEvent @event, string? vendor = null) => db.MailEvents.Add(new MailEvent
        {
            Id = Guid.NewGuid(), UserId = application.UserId, ConnectionId = connection.Id, ProviderMessageId = Guid.NewGuid().ToString("N"),
            Sender = [1], Subject = [2], ReceivedAt = Now - TimeSpan.FromDays(daysAgo), ApplicationId = application.Id,
            Event = @event, Label = EmailNames.LabelOf(@event), AtsVendor = vendor,
        });
        const ApplicationStatus Applied = ApplicationStatus.Applied, Interviewing = ApplicationStatus.Interviewing,
            Offer = ApplicationStatus.Offer, Rejected = ApplicationStatus.Rejected;

        // Alpha: Greenhouse; answered after 4 days; offer.
        var alpha = Card(Me, "Alpha", Work, Offer);
        Change(alpha, 40, null, Applied); Change(alpha, 36, Applied, Interviewing); Change(alpha, 20, Interviewing, Offer);
        Mail(alpha, work, 40, EmailEvent.ApplicationReceived, "Greenhouse"); Mail(alpha, work, 36, EmailEvent.InterviewInvite); Mail(alpha, work, 20, EmailEvent.Offer);
        // Bravo: Greenhouse; rejected 2 days after applying.
        var bravo = Card(Me, "Bravo", Work, Rejected);
        Change(bravo, 30, null, Applied); Change(bravo, 28, Applied, Rejected);
        Mail(bravo, work, 30, EmailEvent.ApplicationReceived, "Greenhouse"); Mail(bravo, work, 28, EmailEvent.Rejection);
        // Charlie: Lever; interview after 10 days, a next round and an assessment, then rejected (round 3).
        var charlie = Card(Me, "Charlie", Personal, Rejected);
        Change(charlie, 60, null, Applied); Change(charlie, 50, Applied, Interviewing); Change(charlie, 40, Interviewing, Rejected);
        Mail(charlie, personal, 60, EmailEvent.ApplicationReceived, "Lever"); Mail(charlie, personal, 50, EmailEvent.InterviewInvite);
        Mail(charlie, personal, 45, EmailEvent.NextRound); Mail(charlie, personal, 42, EmailEvent.Assessment); Mail(charlie, personal, 40, EmailEvent.Rejection);
        // Delta: straight from the employer; nothing for 45 days (ghosted).
        var delta = Card(Me, "Delta", Personal, Applied);
        Change(delta, 45, null, Applied);
        Mail(delta, personal, 45, EmailEvent.ApplicationReceived);
        // Echo: added by hand 35 days ago, no mail since (ghosted). Foxtrot: 12 days ago (not yet).
        Change(Card(Me, "Echo", ApplicationSources.Manual, Applied), 35, null, Applied);
        Change(Card(Me, "Foxtrot", ApplicationSources.Extension, Applied), 12, null, Applied);
        // Golf: by hand; interviewing after 6 days, rejected 5 days later (round 1).
        var golf = Card(Me, "Golf", ApplicationSources.Manual, Rejected);
        Change(golf, 20, null, Applied); Change(golf, 14, Applied, Interviewing); Change(golf, 9, Interviewing, Rejected);
        // Hotel: recruiter outreach, so it starts at Interviewing (in the funnel, not in the response figures).
        var hotel = Card(Me, "Hotel", Work, Interviewing);
        Change(hotel, 8, null, Interviewing);
        Mail(hotel, work, 8, EmailEvent.RecruiterOutreach);
        // India: saved, never applied: counted nowhere.
        Change(Card(Me, "India", ApplicationSources.Extension, ApplicationStatus.Saved), 5, null, ApplicationStatus.Saved);
        // Juliet: Greenhouse; interview after 4 days, an offer, rescinded.
        var juliet = Card(Me, "Juliet", Work, Rejected);
        Change(juliet, 25, null, Applied); Change(juliet, 21, Applied, Interviewing); Change(juliet, 15, Interviewing, Offer); Change(juliet, 10, Offer, Rejected);
        Mail(juliet, work, 25, EmailEvent.ApplicationReceived, "Greenhouse"); Mail(juliet, work, 21, EmailEvent.InterviewInvite);
        Mail(juliet, work, 18, EmailEvent.NextRound); Mail(juliet, work, 15, EmailEvent.Offer); Mail(juliet, work, 10, EmailEvent.Rejection);
        // Kilo: applied 33 days ago, but the employer wrote 3 days ago (viewed): not ghosted.
        var kilo = Card(Me, "Kilo", Work, Applied);
        Change(kilo, 33, null, Applied);
        Mail(kilo, work, 33, EmailEvent.ApplicationReceived); Mail(kilo, work, 3, EmailEvent.ApplicationViewed);

        // Someone else: one manual application, answered after 3 days.
        var zulu = Card(SomeoneElse, "Zulu", ApplicationSources.Manual, Interviewing);
        Change(zulu, 40, null, Applied); Change(zulu, 37, Applied, Interviewing);
    }
}

public sealed class SqliteInsightsQueriesTests : InsightsQueriesTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"applytrack-insights-{Guid.NewGuid():N}.db");

    protected override async Task<ApplyTrackDbContext> CreateMigratedContextAsync()
    {
        var db = new SqliteApplyTrackDbContext(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite($"Data Source={_path};Pooling=false").Options);
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose() => File.Delete(_path);
}

public sealed class PostgresInsightsQueriesTests : InsightsQueriesTests, IAsyncLifetime
{
    private readonly string _name = $"applytrack_insights_{Guid.NewGuid():N}";

    protected override async Task<ApplyTrackDbContext> CreateMigratedContextAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = _name, Pooling = false }.ConnectionString;
        var db = new PostgresApplyTrackDbContext(new DbContextOptionsBuilder<PostgresApplyTrackDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync();
        return db;
    }

    // Far from UTC: weeks and days must still be UTC's, whatever the session's zone.
    protected override Task PrepareSessionAsync(ApplyTrackDbContext db) => db.Database.ExecuteSqlRawAsync("SET TIME ZONE 'Pacific/Kiritimati'");

    public async Task InitializeAsync()
    {
        await using var server = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", server);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await using var server = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
