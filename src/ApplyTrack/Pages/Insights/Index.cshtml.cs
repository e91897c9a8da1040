using System.Globalization;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Insights;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Insights;

/// <summary>The insights page: each figure of <see cref="InsightsQueries"/> as a server-drawn SVG chart with a table beside it.</summary>
public sealed class IndexModel(ApplyTrackDbContext db, InsightsQueries insights) : PageModel
{
    public InsightsReport Report { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var userId = User.RequireUserId();
        Report = await insights.ReportAsync(userId, await Plans.OfUserAsync(db, userId, HttpContext.RequestAborted), HttpContext.RequestAborted);
    }

    public BarChart FunnelChart => new("funnel-chart", "Funnel: applied → interviewing → offer",
        "How many applications reached each step, and what share of the step before.",
        [
            new("Applied", Report.Funnel.Applied, $"{Report.Funnel.Applied}", "applied", [$"{Report.Funnel.Applied}", "—"]),
            new("Interviewing", Report.Funnel.Interviewing, $"{Report.Funnel.Interviewing} · {Percent(Report.Funnel.InterviewRate)} of applied", "interviewing",
                [$"{Report.Funnel.Interviewing}", Percent(Report.Funnel.InterviewRate)]),
            new("Offer", Report.Funnel.Offer, $"{Report.Funnel.Offer} · {Percent(Report.Funnel.OfferRate)} of interviewing", "offer",
                [$"{Report.Funnel.Offer}", Percent(Report.Funnel.OfferRate)]),
        ],
        ["Step", "Applications", "Of the step before"]);

    public static BarChart ResponseChart(string id, string title, IReadOnlyList<ResponseFigures> figures) => new(id, title,
        "Response rate of each group (applications that got an interview, an offer or a rejection), with the median days to that first response.",
        [.. figures.Select(f => new Bar(f.Group, f.ResponseRate ?? 0, $"{Percent(f.ResponseRate)} of {f.Applications} · {Days(f.MedianDaysToFirstResponse)}", "brand",
            [$"{f.Applications}", $"{f.Responded}", Percent(f.ResponseRate), Days(f.MedianDaysToFirstResponse)]))],
        ["Group", "Applications", "Responded", "Response rate", "Median time to first response"]);

    public BarChart StageChart => new("stage-chart", "Time in each stage",
        "Median days applications spent in each status before moving on.",
        [.. (Report.TimeInStage ?? []).Select(s => new Bar(s.Status.ToDisplayName(), s.MedianDays ?? 0,
            s.Completed == 0 ? $"none moved on yet · {s.Current} now" : $"{Days(s.MedianDays)} · {s.Current} now", s.Status.ToApiName(),
            [$"{s.Completed}", Days(s.MedianDays), $"{s.Current}"]))],
        ["Stage", "Moved on", "Median time there", "There now"]);

    public BarChart RejectionChart => new("rejection-chart", "Where rejections come",
        "Rejections by the point they came: after applying, after which interview round, or after an offer.",
        [.. (Report.Rejections ?? []).Select(r => new Bar(r.Label, r.Count, $"{r.Count}", "rejected", [$"{r.Count}"]))],
        ["When", "Rejections"]);

    public static string Percent(double? rate) => rate is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "—";

    public static string Days(double? days) => days switch
    {
        null => "—",
        { } d when Math.Round(d, 1) == 1 => "1 day",
        { } d => $"{d.ToString(d < 10 ? "0.#" : "0", CultureInfo.InvariantCulture)} days",
    };
}

/// <summary>One bar: its label, its value (for the length), what it says, its colour class, and its row in the table view.</summary>
public sealed record Bar(string Label, double Value, string Text, string Kind = "brand", IReadOnlyList<string>? Cells = null);

/// <summary>
/// A horizontal bar chart, label and figure above each bar, drawn in viewBox units so it fits a phone as well as a
/// desktop. <paramref name="Columns"/> head the table view (the first names the labels).
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars, IReadOnlyList<string> Columns)
{
    public const double Width = 320;
    public const double RowHeight = 36;
    public const double BarMax = Width;

    public double Height => Math.Max(1, Bars.Count) * RowHeight + 2;

    /// <summary>The bar's length: the largest value fills the width; a value above zero always shows a sliver.</summary>
    public double Length(Bar bar)
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        return max <= 0 || bar.Value <= 0 ? 0 : Math.Max(3, bar.Value / max * BarMax);
    }

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// The weekly outcomes as grouped columns (applications, responses, rejections per week): the geometry in viewBox units,
/// so the SVG scales to any width and the page only places what this computes.
/// </summary>
public sealed class WeeklyChart(IReadOnlyList<WeekOutcome> weeks)
{
    public const double Width = 360;
    public const double Height = 200;
    public const double Left = 26;
    public const double Top = 8;
    public const double Bottom = 172;
    private const double BarWidth = 7;

    public IReadOnlyList<WeekOutcome> Weeks => weeks;

    /// <summary>The top of the scale: the largest count rounded up to an even number, so the middle gridline is whole.</summary>
    public int Max { get; } = Math.Max(2, (weeks.Count == 0 ? 0 : weeks.Max(w => Math.Max(w.Applications, Math.Max(w.Responses, w.Rejections))) + 1) / 2 * 2);

    private double Slot => (Width - Left - 2) / Math.Max(1, weeks.Count);

    public double Y(int value) => Bottom - (Bottom - Top) * value / Max;

    /// <summary>The column of one series (0 applications, 1 responses, 2 rejections) in one week.</summary>
    public (double X, double Y, double Width, double Height) Column(int week, int series, int value)
    {
        var x = Left + week * Slot + (Slot - 3 * BarWidth) / 2 + series * BarWidth;
        var y = Y(value);
        return (x, y, BarWidth - 1, Bottom - y);
    }

    public double LabelX(int week) => Left + week * Slot + Slot / 2;

    public static string N(double value) => BarChart.N(value);
}
