using System.Text.RegularExpressions;

namespace ApplyTrack.Features.Templates;

/// <summary>
/// Who to answer, from the senders of an application's emails (newest first): the first sender whose display name is a
/// person's ("Sam Rivera (Contoso)" → Sam Rivera), and an address a reply can go to (never a no-reply one). The
/// person's own address (a forward they sent themselves) is neither.
/// </summary>
public static partial class RecruiterContact
{
    private static readonly string[] NotAPerson =
    [
        "team", "careers", "career", "recruiting", "recruitment", "recruiter", "talent", "hiring", "jobs", "job", "hr", "people",
        "notification", "notifications", "no-reply", "noreply", "acquisition", "personal", "rh", "recrutement", "empleo", "vagas",
        "werving", "bewerbung", "karriere", "via", "support", "info", "admin",
    ];

    public static (string? Name, string? Address) From(IEnumerable<string> sendersNewestFirst, string company, IReadOnlyCollection<string> ownAddresses)
    {
        string? name = null, address = null;
        foreach (var sender in sendersNewestFirst)
        {
            var (display, mail) = Split(sender);
            if (mail is not null && ownAddresses.Contains(mail, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            name ??= PersonName(display, company);
            if (address is null && mail is not null && !NoReply().IsMatch(mail))
            {
                address = mail;
            }
            if (name is not null && address is not null)
            {
                break;
            }
        }
        return (name, address);
    }

    /// <summary>"Sam Rivera (Contoso)", "Sam Rivera at Contoso", "Sam Rivera | Contoso" → "Sam Rivera"; null for a team or a system.</summary>
    public static string? PersonName(string? display, string company)
    {
        if (string.IsNullOrWhiteSpace(display))
        {
            return null;
        }
        var name = Qualifier().Replace(display, "").Trim().Trim('"', '\'').Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4 || name.Contains('@') || words.Any(w => !w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.')))
        {
            return null;
        }
        if (words.Any(w => NotAPerson.Contains(w.ToLowerInvariant())) ||
            (company.Length > 0 && name.Contains(company, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return name;
    }

    private static (string? Display, string? Address) Split(string sender)
    {
        var open = sender.LastIndexOf('<');
        var close = sender.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            return (sender[..open].Trim().Trim('"'), sender[(open + 1)..close].Trim().ToLowerInvariant());
        }
        return sender.Contains('@') ? (null, sender.Trim().ToLowerInvariant()) : (sender.Trim(), null);
    }

    [GeneratedRegex(@"\s*(\(.*?\)|\[.*?\]|\s(at|from|via|bei|chez|@)\s.*|\s[|–—-]\s.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^(no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?)[@+._-]", RegexOptions.IgnoreCase)]
    private static partial Regex NoReply();
}
