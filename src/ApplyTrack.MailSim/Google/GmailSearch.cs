using System.Globalization;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>
/// The subset of Gmail search syntax a sync client uses (PROTOCOLS §4.4): `newer_than:`/`older_than:` (d, m, y), `after:`/`before:`
/// (yyyy/mm/dd at midnight Pacific time, as Gmail reads dates, or epoch seconds), `in:`, `label:`, `is:`, `category:`, `from:`,
/// `to:`, `subject:`, `rfc822msgid:`, quoted or bare words, and `-` negation. Terms are ANDed; `OR` and parentheses are not supported.
/// </summary>
internal static partial class GmailSearch
{
    private static readonly TimeZoneInfo Pacific = FindPacific();

    /// <summary>True when the query names spam or trash itself (`in:trash`, `in:anywhere`), which lifts the default exclusion.</summary>
    public static bool ReachesSpamOrTrash(string? q) =>
        q is not null && (q.Contains("in:anywhere", StringComparison.OrdinalIgnoreCase) || q.Contains("in:trash", StringComparison.OrdinalIgnoreCase)
            || q.Contains("in:spam", StringComparison.OrdinalIgnoreCase) || q.Contains("label:trash", StringComparison.OrdinalIgnoreCase)
            || q.Contains("label:spam", StringComparison.OrdinalIgnoreCase));

    public static Func<MailMessage, IReadOnlyList<string>, bool> Compile(string? q, GmailLabels labels, DateTimeOffset now)
    {
        List<Func<MailMessage, IReadOnlyList<string>, bool>> terms = [];
        foreach (Match match in Term().Matches(q ?? ""))
        {
            var negated = match.Groups["neg"].Success;
            var op = match.Groups["op"].Success ? match.Groups["op"].Value.ToLowerInvariant() : null;
            var value = match.Groups["value"].Value.Trim('"');
            if (op is null && value is "OR" or "AND") continue;
            var term = op is null ? Words(value) : Operator(op, value, labels, now);
            terms.Add(negated ? (m, l) => !term(m, l) : term);
        }
        return (message, messageLabels) => terms.TrueForAll(t => t(message, messageLabels));
    }

    private static Func<MailMessage, IReadOnlyList<string>, bool> Operator(string op, string value, GmailLabels labels, DateTimeOffset now) => op switch
    {
        "newer_than" => (m, _) => m.ReceivedDateTime > now - Relative(value),
        "older_than" => (m, _) => m.ReceivedDateTime < now - Relative(value),
        "after" => (m, _) => m.ReceivedDateTime >= Date(value),
        "before" => (m, _) => m.ReceivedDateTime < Date(value),
        "in" when value.Equals("anywhere", StringComparison.OrdinalIgnoreCase) => (_, _) => true,
        "in" or "label" => HasLabel(labels.Find(value)?.Id ?? value.ToUpperInvariant()),
        "is" => value.ToLowerInvariant() switch
        {
            "unread" => HasLabel("UNREAD"),
            "read" => (_, l) => !l.Contains("UNREAD"),
            "starred" => HasLabel("STARRED"),
            "important" => HasLabel("IMPORTANT"),
            _ => (_, _) => false,
        },
        "category" => HasLabel(value.ToLowerInvariant() == "primary" ? "CATEGORY_PERSONAL" : "CATEGORY_" + value.ToUpperInvariant()),
        "from" => (m, _) => Contains(m.From.Address, value) || Contains(m.From.Name, value),
        "to" => (m, _) => m.To.Concat(m.Cc).Any(a => Contains(a.Address, value) || Contains(a.Name, value)),
        "subject" => (m, _) => Contains(m.Subject, value),
        "rfc822msgid" => (m, _) => m.InternetMessageId.Trim('<', '>').Equals(value.Trim('<', '>'), StringComparison.OrdinalIgnoreCase),
        "has" => (_, _) => false,
        _ => Words($"{op}:{value}"),
    };

    private static Func<MailMessage, IReadOnlyList<string>, bool> HasLabel(string labelId) =>
        (_, labels) => labels.Contains(labelId, StringComparer.OrdinalIgnoreCase);

    private static Func<MailMessage, IReadOnlyList<string>, bool> Words(string words) =>
        (m, _) => Contains(m.Subject, words) || Contains(m.From.Address, words) || Contains(m.From.Name, words)
            || Contains(m.TextBody, words) || Contains(m.HtmlBody, words);

    private static bool Contains(string? haystack, string needle) => haystack?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true;

    private static TimeSpan Relative(string value)
    {
        var match = RelativeAmount().Match(value);
        if (!match.Success) throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid query: {value}", "badRequest"));
        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "h" => TimeSpan.FromHours(amount),
            "d" => TimeSpan.FromDays(amount),
            "m" => TimeSpan.FromDays(30.0 * amount),
            _ => TimeSpan.FromDays(365.0 * amount),
        };
    }

    private static DateTimeOffset Date(string value)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (!DateTime.TryParseExact(value.Replace('-', '/'), ["yyyy/M/d", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid query: {value}", "badRequest"));
        var midnight = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Pacific.GetUtcOffset(midnight));
    }

    private static TimeZoneInfo FindPacific()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("PST", TimeSpan.FromHours(-8), "PST", "PST");
        }
    }

    [GeneratedRegex("""(?<neg>-)?(?:(?<op>[a-zA-Z_0-9]+):)?(?<value>"[^"]*"|[^\s]+)""")]
    private static partial Regex Term();

    [GeneratedRegex(@"^(\d+)([hdmyHDMY])$")]
    private static partial Regex RelativeAmount();
}
