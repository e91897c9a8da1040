using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ApplyTrack.Tests.Data;

/// <summary>
/// <see cref="DailyCounts"/> groups by UTC day in SQL on both providers: edges of the day to the tick the provider keeps,
/// the half-open range, other users, a status filter, and (PostgreSQL) a session time zone far from UTC.
/// </summary>
public abstract class DailyCountsTests
{
    private static readonly DateTimeOffset Day26 = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day27 = Day26.AddDays(1);
    private static readonly DateTimeOffset Day28 = Day26.AddDays(2);
    private static readonly DateTimeOffset Day30 = Day26.AddDays(4);
    private static readonly TimeSpan LastMicrosecond = TimeSpan.FromDays(1) - TimeSpan.FromMicroseconds(1);

    protected abstract Task<ApplyTrackDbContext> CreateMigratedContextAsync();

    /// <summary>Lets a provider make the session's own idea of "day" differ from UTC before the counting.</summary>
    protected virtual Task PrepareSessionAsync(ApplyTrackDbContext db) => Task.CompletedTask;

    [Fact]
    public async Task Status_changes_and_mail_are_counted_per_utc_day_in_sql()
    {
        await using var db = await CreateMigratedContextAsync();
        var (me, someoneElse) = ("user-me", "user-else");
        var connection = Guid.NewGuid();
        var mine = Guid.NewGuid();
        var theirs = Guid.NewGuid();
        db.Users.AddRange(new AppUser { Id = me, UserName = me }, new AppUser { Id = someoneElse, UserName = someoneElse });
        db.MailboxConnections.Add(new MailboxConnection { Id = connection, UserId = me, AccountEmail = "me@example.test", AccountId = "me" });
        db.Applications.AddRange(
            new Application { Id = mine, UserId = me, Company = "Contoso", Role = "Engineer" },
            new Application { Id = theirs, UserId = someoneElse, Company = "Fabrikam", Role = "Engineer" });
        void Change(Guid application, DateTimeOffset at, ApplicationStatus to) =>
            db.StatusChanges.Add(new StatusChange { Id = Guid.NewGuid(), ApplicationId = application, At = at, To = to });
        Change(mine, Day26 - TimeSpan.FromHours(1), ApplicationStatus.Applied); // before the range
        Change(mine, Day26 + LastMicrosecond, ApplicationStatus.Applied);
        Change(mine, Day27, ApplicationStatus.Applied);
        Change(mine, Day27.AddHours(13), ApplicationStatus.Interviewing); // the 28th in UTC+14
        Change(mine, Day27 + LastMicrosecond, ApplicationStatus.Interviewing);
        Change(mine, Day28.AddTicks(10), ApplicationStatus.Rejected);
        Change(mine, Day30, ApplicationStatus.Offer); // the range ends before this
        Change(theirs, Day27.AddHours(2), ApplicationStatus.Applied);
        void Mail(DateTimeOffset at) => db.MailEvents.Add(new MailEvent
        {
            Id = Guid.NewGuid(), UserId = me, ConnectionId = connection, ProviderMessageId = Guid.NewGuid().ToString("N"), Sender = [1], Subject = [2], ReceivedAt = at,
        });
        Mail(Day27.AddHours(23).AddMinutes(30));
        Mail(Day28.AddHours(1));
        Mail(Day28.AddHours(22));
        await db.SaveChangesAsync();

        await db.Database.OpenConnectionAsync();
        await PrepareSessionAsync(db);

        Assert.Equal(
            [new DayCount(new DateOnly(2026, 11, 26), 1), new DayCount(new DateOnly(2026, 11, 27), 3), new DayCount(new DateOnly(2026, 11, 28), 1)],
            await DailyCounts.StatusChangesAsync(db, me, Day26, Day30));
        Assert.Equal([new DayCount(new DateOnly(2026, 11, 27), 2)], await DailyCounts.StatusChangesAsync(db, me, Day26, Day30, ApplicationStatus.Interviewing));
        Assert.Equal([new DayCount(new DateOnly(2026, 11, 27), 1)], await DailyCounts.StatusChangesAsync(db, someoneElse, Day26, Day30));
        Assert.Equal(
            [new DayCount(new DateOnly(2026, 11, 27), 1), new DayCount(new DateOnly(2026, 11, 28), 2)],
            await DailyCounts.MailEventsAsync(db, me, Day26, Day30));
        Assert.Empty(await DailyCounts.MailEventsAsync(db, someoneElse, Day26, Day30));
    }
}

public sealed class SqliteDailyCountsTests : DailyCountsTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"applytrack-daily-{Guid.NewGuid():N}.db");

    protected override async Task<ApplyTrackDbContext> CreateMigratedContextAsync()
    {
        var db = new SqliteApplyTrackDbContext(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite($"Data Source={_path};Pooling=false").Options);
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose() => File.Delete(_path);
}

public sealed class PostgresDailyCountsTests : DailyCountsTests, IAsyncLifetime
{
    private readonly string _name = $"applytrack_daily_{Guid.NewGuid():N}";

    protected override async Task<ApplyTrackDbContext> CreateMigratedContextAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = _name, Pooling = false }.ConnectionString;
        var db = new PostgresApplyTrackDbContext(new DbContextOptionsBuilder<PostgresApplyTrackDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync();
        return db;
    }

    // Far from UTC, so date_trunc or ::date on a bare timestamptz would move 13:00 UTC on the 27th to the 28th.
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
