using System.Text.RegularExpressions;

namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// The date an email names for the next step, read in memory in the six languages: a weekday ("Thursday at 14:30",
/// "jeudi"), a day of the month ("the 19th", "19. Dezember", "19/12"), resolved to the first such day after the email
/// was sent; and whether it asks for an answer by a date ("let me know by Friday", "bis zum 19.", "d'ici vendredi").
/// A date with no time of day is taken at 09:00 UTC; a meeting without a time is not a meeting slot.
/// </summary>
public static partial class DateMention
{
    public sealed record Found(DateTimeOffset? Date, bool HasTime, bool IsDeadline);

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["montag"] = DayOfWeek.Monday, ["dienstag"] = DayOfWeek.Tuesday, ["mittwoch"] = DayOfWeek.Wednesday, ["donnerstag"] = DayOfWeek.Thursday, ["freitag"] = DayOfWeek.Friday,
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday, ["vendredi"] = DayOfWeek.Friday,
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday, ["donderdag"] = DayOfWeek.Thursday, ["vrijdag"] = DayOfWeek.Friday,
        ["lunes"] = DayOfWeek.Monday, ["martes"] = DayOfWeek.Tuesday, ["miércoles"] = DayOfWeek.Wednesday, ["miercoles"] = DayOfWeek.Wednesday, ["jueves"] = DayOfWeek.Thursday, ["viernes"] = DayOfWeek.Friday,
        ["segunda-feira"] = DayOfWeek.Monday, ["terça-feira"] = DayOfWeek.Tuesday, ["quarta-feira"] = DayOfWeek.Wednesday, ["quinta-feira"] = DayOfWeek.Thursday, ["sexta-feira"] = DayOfWeek.Friday,
        ["segunda"] = DayOfWeek.Monday, ["terça"] = DayOfWeek.Tuesday, ["quarta"] = DayOfWeek.Wednesday, ["quinta"] = DayOfWeek.Thursday, ["sexta"] = DayOfWeek.Friday,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["januar"] = 1, ["februar"] = 2, ["märz"] = 3, ["mai"] = 5, ["juni"] = 6, ["juli"] = 7, ["oktober"] = 10, ["dezember"] = 12,
        ["janvier"] = 1, ["février"] = 2, ["mars"] = 3, ["avril"] = 4, ["juin"] = 6, ["juillet"] = 7, ["août"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12,
        ["januari"] = 1, ["februari"] = 2, ["maart"] = 3, ["mei"] = 5, ["augustus"] = 8,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7, ["agosto"] = 8, ["septiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        ["janeiro"] = 1, ["fevereiro"] = 2, ["março"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7, ["setembro"] = 9, ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12,
    };

    /// <summary>The first date named (a deadline's date first, when there is one); null when none.</summary>
    public static Found? Find(string text, DateTimeOffset sentAt)
    {
        Found? first = null;
        foreach (Match match in DateExpression().Matches(text))
        {
            if (Resolve(match, sentAt) is not { } date)
            {
                continue;
            }
            var before = text[Math.Max(0, match.Index - 40)..match.Index];
            var isDeadline = DeadlineCue().IsMatch(before);
            var found = new Found(date, match.Groups["hour"].Success, isDeadline);
            if (isDeadline)
            {
                return found;
            }
            first ??= found;
        }
        // "Please reply before the deadline" names no date we can read, but still asks for an answer in time.
        return first is null && DeadlineWord().IsMatch(text) ? new Found(null, false, true) : first;
    }

    private static DateTimeOffset? Resolve(Match match, DateTimeOffset sentAt)
    {
        var sent = sentAt.ToUniversalTime();
        DateTime? day = null;
        if (match.Groups["dom"].Success && int.TryParse(match.Groups["dom"].Value, out var dom) && dom is >= 1 and <= 31)
        {
            int? month = null;
            if (match.Groups["mnum"].Success)
            {
                // "10.00" and "14.30 Uhr" are times, not dates.
                if (!int.TryParse(match.Groups["mnum"].Value, out var n) || n is < 1 or > 12)
                {
                    return null;
                }
                month = n;
            }
            else if (match.Groups["month"].Success && Months.TryGetValue(match.Groups["month"].Value, out var m))
            {
                month = m;
            }
            // "Friday the 19th" is the next 19th that is a Friday.
            DayOfWeek? weekdayToo = match.Groups["weekday"].Success && Weekdays.TryGetValue(match.Groups["weekday"].Value, out var named) ? named : null;
            day = NextDate(sent.Date, dom, month, weekdayToo);
        }
        else if (match.Groups["weekday"].Success && Weekdays.TryGetValue(match.Groups["weekday"].Value, out var weekday))
        {
            var date = sent.Date.AddDays(1);
            while (date.DayOfWeek != weekday)
            {
                date = date.AddDays(1);
            }
            day = date;
        }
        if (day is not { } d)
        {
            return null;
        }
        var time = match.Groups["hour"].Success ? new TimeSpan(int.Parse(match.Groups["hour"].Value), int.Parse(match.Groups["minute"].Value), 0) : TimeSpan.FromHours(9);
        return time.TotalHours >= 24 ? null : new DateTimeOffset(d + time, TimeSpan.Zero);
    }

    /// <summary>The first date on or after <paramref name="from"/> with this day (and month and weekday, when named).</summary>
    private static DateTime? NextDate(DateTime from, int dayOfMonth, int? month, DayOfWeek? weekday = null)
    {
        for (var i = 0; i < 800; i++)
        {
            var candidate = from.AddDays(i);
            if (candidate.Day == dayOfMonth && (month is null || candidate.Month == month) && (weekday is null || candidate.DayOfWeek == weekday))
            {
                return candidate;
            }
        }
        return null;
    }

    // A weekday (optionally followed by a day of the month and a month), a day of the month with a month or an ordinal,
    // or a numeric day/month; then an optional time ("at 14:30", "um 10:00 Uhr", "à 14h30", "às 14h").
    [GeneratedRegex("""
        (?ix)
        (?:
            \b(?<weekday>monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|maandag|dinsdag|woensdag|donderdag|vrijdag|lunes|martes|miércoles|miercoles|jueves|viernes|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?)\b
            (?:,?\s+(?:the\s+|le\s+|den\s+|el\s+|dia\s+)?(?<dom>\d{1,2})(?![:.h]\d)(?:st|nd|rd|th|\.|er)?(?:\s+(?:de\s+)?(?<month>[a-zäéûç]{3,10}))?)?
          |
            \b(?:the\s+)?(?<dom>\d{1,2})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+|of\s+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|mei|augustus|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b
          |
            \bthe\s+(?<dom>\d{1,2})(?:st|nd|rd|th)\b
          |
            \b(?<dom>\d{1,2})[./](?<mnum>\d{1,2})\b(?![./]\d{3})
        )
        (?:[^\n\d]{0,12}?(?<hour>[01]?\d|2[0-3])(?::|h|\.)(?<minute>[0-5]\d))?
        """)]
    private static partial Regex DateExpression();

    [GeneratedRegex("""(?i)(\bby\b|\bbefore\b|\buntil\b|no later than|deadline|\bbis\b|spätestens|\bfrist\b|avant\b|d'ici|au plus tard|date limite|\buiterlijk\b|\bvóór\b|antes de|a más tardar|fecha límite|\bplazo\b|\baté\b|\bprazo\b)""")]
    private static partial Regex DeadlineCue();

    [GeneratedRegex("""(?i)\b(deadline|reply by|respond by|Frist|date limite|fecha límite|plazo|prazo|uiterlijk)\b""")]
    private static partial Regex DeadlineWord();
}
