using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Insights;

/// <summary>
/// Computes a user's insights in the database: every count, rate, median and week is a GROUP BY or a window function
/// over <c>applications</c>, <c>status_changes</c> and <c>mail_events</c>; only the finished figures come back. The SQL
/// is written once, with the few date expressions that differ per provider taken from <see cref="InsightsSql"/>.
/// </summary>
/// <remarks>
/// What each figure means (the page says it too):
/// <list type="bullet">
/// <item>An application was <em>applied</em> at its first status other than Saved.</item>
/// <item>A <em>first response</em> is its first move to Interviewing, Offer or Rejected — by an email or by the person.
/// Response figures count only applications that started at Applied: recruiter outreach starts at Interviewing and has no
/// wait to measure.</item>
/// <item><em>Ghosted</em>: still at Applied, and neither applied nor emailed by the employer for
/// <see cref="FollowUps.FollowUpOptions.NoResponseDays"/> days (or the person's own setting).</item>
/// <item>An <em>interview round</em> is the first invitation plus each further round or assessment email before the rejection.</item>
/// </list>
/// </remarks>
public sealed class InsightsQueries(ApplyTrackDbContext db, IOptions<FollowUps.FollowUpOptions> followUps, TimeProvider time)
{
    public const int Weeks = 12;

    public const string CompanySizeUnknown =
        "ApplyTrack does not know company sizes: neither the mail nor the job postings it keeps say how large a company is.";

    public static readonly IReadOnlyList<string> PremiumAdditions =
    [
        "Response rate and time to first response by source: each mailbox, each applicant-tracking system, and the applications you added yourself",
        "Time spent in each stage",
        "Where rejections come: after applying, or after which interview round",
    ];

    private InsightsSql Sql => new(db.Database.IsSqlite());

    public async Task<InsightsReport> ReportAsync(string userId, Plan plan, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var complete = Plans.MaySeeAllInsights(plan);
        // The person's own "No response" delay (Settings → Follow-ups), as the reminders and the card use it.
        var noResponseDays = await db.FollowUpSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => (int?)s.NoResponseDays).SingleOrDefaultAsync(cancellationToken)
            ?? followUps.Value.NoResponseDays;
        var counts = await FunnelAsync(userId, now, noResponseDays, cancellationToken);
        var funnel = (Applied: (int)counts.Applied, Interviewing: (int)counts.Interviewing, Offer: (int)counts.Offer, Ghosted: (int)counts.Ghosted);
        var weeks = await WeeksAsync(userId, now, cancellationToken);
        var responses = await ResponsesAsync(userId, cancellationToken);
        var overall = responses.SingleOrDefault(r => r.Dimension == "overall") is { } all
            ? all.ToFigures("All applications")
            : new ResponseFigures("All applications", 0, 0, null, null);
        List<ResponseFigures>? Of(string dimension) =>
            complete ? responses.Where(r => r.Dimension == dimension).Select(r => r.ToFigures(GroupName(dimension, r.Key))).ToList() : null;

        return new InsightsReport(
            complete, now,
            new Funnel(funnel.Applied, funnel.Interviewing, funnel.Offer, Rate(funnel.Interviewing, funnel.Applied), Rate(funnel.Offer, funnel.Interviewing)),
            weeks,
            overall,
            new Ghosting(funnel.Ghosted, funnel.Applied, Rate(funnel.Ghosted, funnel.Applied), noResponseDays),
            Of("source"), Of("mailbox"), Of("ats"),
            CompanySizeUnknown,
            complete ? await TimeInStageAsync(userId, cancellationToken) : null,
            complete ? await RejectionsAsync(userId, cancellationToken) : null,
            complete ? [] : PremiumAdditions);
    }

    /// <summary>Per application: when it was applied, how it started, when it first got a response, reached each step, last heard from.</summary>
    private string Facts => $"""
        facts AS (
          SELECT a."Id" AS id, a."Source" AS source, a."Status" AS status,
            (SELECT MIN(s."At") FROM status_changes AS s WHERE s."ApplicationId" = a."Id" AND s."To" <> 'Saved') AS applied_at,
            (SELECT s."To" FROM status_changes AS s WHERE s."ApplicationId" = a."Id" AND s."To" <> 'Saved' ORDER BY s."At", s."Id" LIMIT 1) AS first_status,
            (SELECT MIN(s."At") FROM status_changes AS s WHERE s."ApplicationId" = a."Id" AND s."To" IN ('Interviewing', 'Offer', 'Rejected')) AS responded_at,
            (SELECT MIN(s."At") FROM status_changes AS s WHERE s."ApplicationId" = a."Id" AND s."To" IN ('Interviewing', 'Offer')) AS interviewing_at,
            (SELECT MIN(s."At") FROM status_changes AS s WHERE s."ApplicationId" = a."Id" AND s."To" = 'Offer') AS offer_at,
            (SELECT MAX(m."ReceivedAt") FROM mail_events AS m WHERE m."ApplicationId" = a."Id") AS last_mail_at,
            (SELECT m."AtsVendor" FROM mail_events AS m WHERE m."ApplicationId" = a."Id" AND m."AtsVendor" IS NOT NULL ORDER BY m."ReceivedAt" LIMIT 1) AS vendor
          FROM applications AS a
          WHERE a."UserId" = {"{0}"}
        )
        """;

    private async Task<FunnelRow> FunnelAsync(string userId, DateTimeOffset now, int noResponseDays, CancellationToken cancellationToken)
    {
        var heardOf = Sql.Greatest("COALESCE(last_mail_at, applied_at)", "applied_at");
        var sql = $"""
            WITH {Facts}
            SELECT COUNT(*) AS "Applied",
              COALESCE(SUM(CASE WHEN interviewing_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS "Interviewing",
              COALESCE(SUM(CASE WHEN offer_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS "Offer",
              COALESCE(SUM(CASE WHEN status = 'Applied' AND {heardOf} <= {"{1}"} THEN 1 ELSE 0 END), 0) AS "Ghosted"
            FROM facts
            WHERE applied_at IS NOT NULL
            """;
        var cutoff = now - TimeSpan.FromDays(noResponseDays);
        // Not composed (no SingleAsync): the query starts with WITH, which EF does not wrap in a subquery.
        return (await db.Database.SqlQueryRaw<FunnelRow>(sql, userId, Stored(cutoff)).ToListAsync(cancellationToken)).Single();
    }

    private async Task<IReadOnlyList<WeekOutcome>> WeeksAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var thisWeek = today.AddDays(-(today.DayNumber % 7));
        var first = thisWeek.AddDays(-7 * (Weeks - 1));
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var sql = $"""
            WITH {Facts}
            SELECT w."Week" AS "Week", SUM(w.applied) AS "Applications", SUM(w.responded) AS "Responses", SUM(w.rejected) AS "Rejections"
            FROM (
              SELECT {Sql.WeekStart("applied_at")} AS "Week", 1 AS applied, 0 AS responded, 0 AS rejected FROM facts WHERE applied_at >= {"{1}"}
              UNION ALL
              SELECT {Sql.WeekStart("responded_at")}, 0, 1, 0 FROM facts WHERE first_status = 'Applied' AND responded_at >= {"{1}"}
              UNION ALL
              SELECT {Sql.WeekStart("s.\"At\"")}, 0, 0, 1
              FROM status_changes AS s JOIN applications AS a ON a."Id" = s."ApplicationId"
              WHERE a."UserId" = {"{0}"} AND s."To" = 'Rejected' AND s."At" >= {"{1}"}
            ) AS w
            GROUP BY w."Week"
            """;
        var rows = await db.Database.SqlQueryRaw<WeekRow>(sql, userId, Stored(from)).ToListAsync(cancellationToken);
        var byWeek = rows.ToDictionary(r => (int)r.Week);
        // Weeks with nothing in them are absent from the query's answer; the chart still shows them, as zeros.
        return Enumerable.Range(0, Weeks).Select(i => first.AddDays(7 * i)).Select(week => byWeek.TryGetValue(week.DayNumber, out var row)
            ? new WeekOutcome(week, (int)row.Applications, (int)row.Responses, (int)row.Rejections)
            : new WeekOutcome(week, 0, 0, 0)).ToList();
    }

    /// <summary>Response counts and the median days to a first response, overall and per source, mailbox and ATS vendor, in one query.</summary>
    private async Task<List<ResponseRow>> ResponsesAsync(string userId, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH {Facts},
            waited AS (
              SELECT source, vendor, responded_at, {Sql.Days("applied_at", "responded_at")} AS days
              FROM facts WHERE first_status = 'Applied'
            ),
            grouped AS (
              SELECT 'overall' AS dimension, '' AS "key", responded_at, days FROM waited
              UNION ALL
              SELECT 'source', CASE WHEN source IN ('manual', 'extension') THEN 'manual' ELSE 'mailbox' END, responded_at, days FROM waited
              UNION ALL
              SELECT 'mailbox', source, responded_at, days FROM waited WHERE source NOT IN ('manual', 'extension')
              UNION ALL
              SELECT 'ats', COALESCE(vendor, ''), responded_at, days FROM waited WHERE source NOT IN ('manual', 'extension')
            ),
            ranked AS (
              SELECT dimension, "key", days,
                ROW_NUMBER() OVER (PARTITION BY dimension, "key" ORDER BY days) AS row_position,
                COUNT(*) OVER (PARTITION BY dimension, "key") AS responded
              FROM grouped WHERE responded_at IS NOT NULL
            ),
            medians AS (
              SELECT dimension, "key", AVG(days) AS median
              FROM ranked WHERE row_position IN ((responded + 1) / 2, (responded + 2) / 2)
              GROUP BY dimension, "key"
            )
            SELECT g.dimension AS "Dimension", g."key" AS "Key", g.total AS "Applications", g.responded AS "Responded",
              {Sql.Real("m.median")} AS "MedianDays"
            FROM (
              SELECT dimension, "key", COUNT(*) AS total, SUM(CASE WHEN responded_at IS NOT NULL THEN 1 ELSE 0 END) AS responded
              FROM grouped GROUP BY dimension, "key"
            ) AS g
            LEFT JOIN medians AS m ON m.dimension = g.dimension AND m."key" = g."key"
            ORDER BY g.dimension, g.total DESC, g."key"
            """;
        return await db.Database.SqlQueryRaw<ResponseRow>(sql, userId).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StageTime>> TimeInStageAsync(string userId, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH stays AS (
              SELECT s."To" AS status, s."At" AS started,
                LEAD(s."At") OVER (PARTITION BY s."ApplicationId" ORDER BY s."At", s."Id") AS ended
              FROM status_changes AS s JOIN applications AS a ON a."Id" = s."ApplicationId"
              WHERE a."UserId" = {"{0}"}
            ),
            finished AS (
              SELECT status, {Sql.Days("started", "ended")} AS days FROM stays WHERE ended IS NOT NULL
            ),
            ranked AS (
              SELECT status, days, ROW_NUMBER() OVER (PARTITION BY status ORDER BY days) AS row_position, COUNT(*) OVER (PARTITION BY status) AS total
              FROM finished
            )
            SELECT c.status AS "Status", c.moved_on AS "Completed", c.still_there AS "Current", {Sql.Real("m.median")} AS "MedianDays"
            FROM (
              SELECT status, SUM(CASE WHEN ended IS NOT NULL THEN 1 ELSE 0 END) AS moved_on, SUM(CASE WHEN ended IS NULL THEN 1 ELSE 0 END) AS still_there
              FROM stays WHERE status IN ('Applied', 'Interviewing', 'Offer') GROUP BY status
            ) AS c
            LEFT JOIN (
              SELECT status, AVG(days) AS median FROM ranked WHERE row_position IN ((total + 1) / 2, (total + 2) / 2) GROUP BY status
            ) AS m ON m.status = c.status
            """;
        var rows = await db.Database.SqlQueryRaw<StageRow>(sql, userId).ToListAsync(cancellationToken);
        ApplicationStatus[] order = [ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Offer];
        return order.Select(status => rows.SingleOrDefault(r => r.Status == status.ToString()) is { } row
            ? new StageTime(status, (int)row.Completed, row.MedianDays, (int)row.Current)
            : new StageTime(status, 0, null, 0)).ToList();
    }

    private async Task<IReadOnlyList<RejectionPoint>> RejectionsAsync(string userId, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT r.rejection_stage AS "Stage", r.rejection_round AS "Round", COUNT(*) AS "Count"
            FROM (
              SELECT CASE WHEN s."From" = 'Interviewing' THEN 'interview' WHEN s."From" = 'Offer' THEN 'offer' ELSE 'applied' END AS rejection_stage,
                CASE WHEN s."From" = 'Interviewing' THEN
                  CASE WHEN (SELECT COUNT(*) FROM mail_events AS m WHERE m."ApplicationId" = s."ApplicationId"
                               AND m."Event" IN ('next_round', 'assessment') AND m."ReceivedAt" <= s."At") >= 2 THEN 3
                       ELSE 1 + (SELECT COUNT(*) FROM mail_events AS m WHERE m."ApplicationId" = s."ApplicationId"
                               AND m."Event" IN ('next_round', 'assessment') AND m."ReceivedAt" <= s."At") END
                END AS rejection_round
              FROM status_changes AS s JOIN applications AS a ON a."Id" = s."ApplicationId"
              WHERE a."UserId" = {"{0}"} AND s."To" = 'Rejected'
            ) AS r
            GROUP BY r.rejection_stage, r.rejection_round
            ORDER BY CASE r.rejection_stage WHEN 'applied' THEN 0 WHEN 'interview' THEN 1 ELSE 2 END, r.rejection_round
            """;
        var rows = await db.Database.SqlQueryRaw<RejectionRow>(sql, userId).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new RejectionPoint(r.Stage, r.Round is { } round ? (int)round : null, (int)r.Count));
    }

    private object Stored(DateTimeOffset value) => UtcTicksConverter.Parameter(db.Database, value);

    internal static double? Rate(int part, int of) => of == 0 ? null : (double)part / of;

    private static string GroupName(string dimension, string key) => (dimension, key) switch
    {
        ("source", "manual") => "Added by you",
        ("source", _) => "From your mailboxes",
        ("ats", "") => "Straight from the employer",
        _ => key,
    };

    private sealed class FunnelRow
    {
        public long Applied { get; init; }
        public long Interviewing { get; init; }
        public long Offer { get; init; }
        public long Ghosted { get; init; }
    }

    private sealed class WeekRow
    {
        public long Week { get; init; }
        public long Applications { get; init; }
        public long Responses { get; init; }
        public long Rejections { get; init; }
    }

    private sealed class ResponseRow
    {
        public string Dimension { get; init; } = "";
        public string Key { get; init; } = "";
        public long Applications { get; init; }
        public long Responded { get; init; }
        public double? MedianDays { get; init; }

        public ResponseFigures ToFigures(string group) =>
            new(group, (int)Applications, (int)Responded, Rate((int)Responded, (int)Applications), MedianDays);
    }

    private sealed class StageRow
    {
        public string Status { get; init; } = "";
        public long Completed { get; init; }
        public long Current { get; init; }
        public double? MedianDays { get; init; }
    }

    private sealed class RejectionRow
    {
        public string Stage { get; init; } = "";
        public long? Round { get; init; }
        public long Count { get; init; }
    }
}

/// <summary>
/// The date arithmetic that differs per provider. SQLite keeps UTC ticks (<see cref="UtcTicksConverter"/>): a day is
/// 864,000,000,000 ticks and the tick count / that is <see cref="DateOnly.DayNumber"/>. PostgreSQL keeps timestamptz:
/// the day is the date at time zone UTC (never the session's zone). 0001-01-01 was a Monday, so
/// <c>day - day % 7</c> is the Monday that starts the week on both.
/// </summary>
internal sealed class InsightsSql(bool sqlite)
{
    public string DayNumber(string column) => sqlite
        ? $"({column} / 864000000000)"
        : $"CAST((({column} AT TIME ZONE 'UTC')::date - DATE '0001-01-01') AS bigint)";

    public string WeekStart(string column) => $"({DayNumber(column)} - {DayNumber(column)} % 7)";

    /// <summary>Fractional days from one date to another.</summary>
    public string Days(string from, string to) => sqlite
        ? $"(CAST({to} - {from} AS REAL) / 864000000000.0)"
        : $"(CAST(EXTRACT(EPOCH FROM ({to} - {from})) AS double precision) / 86400)";

    public string Greatest(string a, string b) => sqlite ? $"MAX({a}, {b})" : $"GREATEST({a}, {b})";

    public string Real(string expression) => sqlite ? $"CAST({expression} AS REAL)" : $"CAST({expression} AS double precision)";
}
