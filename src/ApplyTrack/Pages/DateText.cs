using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace ApplyTrack.Pages;

/// <summary>
/// The one way pages show a date: "28 Nov 2026" or "28 Nov 2026, 14:05", always inside a &lt;time&gt; element
/// carrying the exact instant, and a relative form ("3 days ago") for cards.
/// </summary>
public static class DateText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Day(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy", Culture);

    public static string DayAndTime(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMM yyyy, HH:mm", Culture);

    public static string Relative(DateTimeOffset at, DateTimeOffset now)
    {
        var age = now - at;
        return age switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => $"{(int)age.TotalMinutes} min ago",
            { TotalDays: < 1 } => $"{(int)age.TotalHours} h ago",
            { TotalDays: < 2 } => "yesterday",
            { TotalDays: < 30 } => $"{(int)age.TotalDays} days ago",
            _ => Day(at),
        };
    }

    /// <summary>A &lt;time&gt; element: the day (and time of day when <paramref name="withTime"/>), the full instant on hover.</summary>
    public static IHtmlContent Time(DateTimeOffset at, bool withTime = true) =>
        Element(at, withTime ? DayAndTime(at) : Day(at));

    /// <summary>A &lt;time&gt; element with the relative form ("3 days ago").</summary>
    public static IHtmlContent RelativeTime(DateTimeOffset at, DateTimeOffset now) => Element(at, Relative(at, now));

    private static HtmlString Element(DateTimeOffset at, string text) => new(
        $"""<time datetime="{at.ToString("O", Culture)}" title="{DayAndTime(at)} UTC">{System.Net.WebUtility.HtmlEncode(text)}</time>""");
}
