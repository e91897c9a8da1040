using System.Globalization;
using System.Text.RegularExpressions;
using ApplyTrack.Classification;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// Who sent an email first, about what, and when: for a forward, the forwarded message's header; otherwise the email
/// itself. Two copies of one recruiter email (one forwarded from another mailbox) agree on it, so the second copy is
/// not stored again.
/// </summary>
public static partial class OriginalMessage
{
    /// <summary>Copies count as the same message when their original dates are this close (time zones in forward headers vary).</summary>
    public static readonly TimeSpan DateTolerance = TimeSpan.FromHours(36);

    public static (string? Fingerprint, DateTimeOffset? SentAt) Identify(IncomingMail mail, EmailClassification verdict, MetadataCipher cipher)
    {
        var (address, subject, sentAt) = verdict.Forwarded is { } forwarded
            ? (forwarded.SenderAddress, forwarded.Subject ?? StripPrefixes(mail.Subject), ParseDate(forwarded.Date))
            : (mail.FromAddress, mail.Subject, mail.ReceivedAt);
        var normalizedSubject = Normalize(StripPrefixes(subject));
        if (string.IsNullOrWhiteSpace(address) || normalizedSubject.Length == 0)
        {
            return (null, sentAt);
        }
        return (cipher.Fingerprint($"{address.Trim().ToLowerInvariant()}|{normalizedSubject}"), sentAt);
    }

    public static bool SameMessage(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null || (a.Value - b.Value).Duration() <= DateTolerance;

    private static string StripPrefixes(string? subject) => ReplyPrefix().Replace(subject ?? "", "");

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Forward headers write dates many ways ("Mon, 2 Nov 2026 10:00:00 +0000", "Mon, Nov 2, 2026 at 10:00 AM").</summary>
    private static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var cleaned = Regex.Replace(value, @"\s+at\s+|\s+um\s+|\s+à\s+", " ").Trim();
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("en-GB") })
        {
            if (DateTimeOffset.TryParse(cleaned, culture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                return parsed;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*((re|fw|fwd|tr|wg|aw|rv|enc|doorst)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
