using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Data;

/// <summary>How many of something happened on one UTC day.</summary>
public sealed record DayCount(DateOnly Day, int Count);

/// <summary>
/// Per-UTC-day counts for insights, grouped by the database (one GROUP BY, no rows brought back to be counted).
/// SQLite keeps UTC ticks (<see cref="UtcTicksConverter"/>), so the day is <c>ticks / 864000000000</c>;
/// PostgreSQL keeps timestamptz, so the day is the date of the value at time zone UTC (not the session's zone).
/// Both give <see cref="DateOnly.DayNumber"/>. Days with nothing are absent. The range is [from, until).
/// </summary>
public static class DailyCounts
{
    private const string SqliteDay = "{0} / 864000000000";
    private const string PostgresDay = "CAST((({0} AT TIME ZONE 'UTC')::date - DATE '0001-01-01') AS bigint)";

    /// <summary>The user's applications' status changes per day, optionally only those into <paramref name="to"/>.</summary>
    public static Task<List<DayCount>> StatusChangesAsync(ApplyTrackDbContext db, string userId, DateTimeOffset from, DateTimeOffset until,
        ApplicationStatus? to = null, CancellationToken cancellationToken = default)
    {
        var day = Day(db, "s.\"At\"");
        var sql = $$"""
            SELECT {{day}} AS "Day", COUNT(*) AS "Count"
            FROM status_changes AS s JOIN applications AS a ON a."Id" = s."ApplicationId"
            WHERE a."UserId" = {0} AND s."At" >= {1} AND s."At" < {2}{{(to is null ? "" : " AND s.\"To\" = {3}")}}
            GROUP BY {{day}} ORDER BY {{day}}
            """;
        object[] parameters = to is null ? [userId, Stored(db, from), Stored(db, until)] : [userId, Stored(db, from), Stored(db, until), to.Value.ToString()];
        return QueryAsync(db, sql, parameters, cancellationToken);
    }

    /// <summary>The user's recorded mail per day of receipt.</summary>
    public static Task<List<DayCount>> MailEventsAsync(ApplyTrackDbContext db, string userId, DateTimeOffset from, DateTimeOffset until,
        CancellationToken cancellationToken = default)
    {
        var day = Day(db, "m.\"ReceivedAt\"");
        var sql = $$"""
            SELECT {{day}} AS "Day", COUNT(*) AS "Count"
            FROM mail_events AS m
            WHERE m."UserId" = {0} AND m."ReceivedAt" >= {1} AND m."ReceivedAt" < {2}
            GROUP BY {{day}} ORDER BY {{day}}
            """;
        return QueryAsync(db, sql, [userId, Stored(db, from), Stored(db, until)], cancellationToken);
    }

    private static string Day(ApplyTrackDbContext db, string column) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, db.Database.IsSqlite() ? SqliteDay : PostgresDay, column);

    private static object Stored(ApplyTrackDbContext db, DateTimeOffset value) => UtcTicksConverter.Parameter(db.Database, value);

    private static async Task<List<DayCount>> QueryAsync(ApplyTrackDbContext db, string sql, object[] parameters, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<DayRow>(sql, parameters).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new DayCount(DateOnly.FromDayNumber((int)r.Day), (int)r.Count));
    }

    private sealed class DayRow
    {
        public long Day { get; init; }
        public long Count { get; init; }
    }
}
