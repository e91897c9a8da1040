using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApplyTrack.Classification.Extraction;

namespace ApplyTrack.Features.Pipeline;

/// <summary>What an application should be called after one more email of its thread: the same, or better named.</summary>
public sealed record NamingDecision(string Company, string Role, string? Explanation)
{
    public bool Changes => Explanation is not null;
}

/// <summary>
/// Company and role from the whole thread, not only its first email.
/// <list type="bullet">
/// <item>A recruiting agency is never the employer when an email names the client: an application named after an
/// agency takes the employer a later email of its thread names. An employer is never replaced (by an agency or
/// by another name): the first email that named it was as good a witness as the next. An ATS or job board
/// ("Workday", "LinkedIn") is no employer either and gives way the same way.</item>
/// <item>A name a person typed is theirs: mail never renames it.</item>
/// <item>An interview note ("Final round", "Technical interview", "Next steps") or a placeholder ("Role not stated",
/// "the position") is not a role: a later email that names a real role replaces it, and so does a role that
/// says the same more precisely ("Product Manager" → "Senior Product Manager, Payments").</item>
/// </list>
/// </summary>
public static partial class ApplicationNaming
{
    public const string RoleNotStated = "Role not stated";

    /// <param name="companyByPerson">A person typed the company: it stays, whatever the mail says.</param>
    /// <param name="roleByPerson">A person typed the role: it stays.</param>
    public static NamingDecision Decide(string company, string role, string? emailCompany, string? emailRole, bool companyByPerson = false, bool roleByPerson = false)
    {
        var reasons = new List<string>();
        if (!companyByPerson && !string.IsNullOrWhiteSpace(emailCompany) && !IsAgency(emailCompany) && !IsPlatform(emailCompany) &&
            Fold(emailCompany) != Fold(company))
        {
            if (string.IsNullOrWhiteSpace(company) || IsAgency(company))
            {
                reasons.Add($"the employer is {emailCompany.Trim()}, not the agency {company}");
                company = emailCompany.Trim();
            }
            else if (IsPlatform(company))
            {
                reasons.Add($"the employer is {emailCompany.Trim()}, not {company}, which sent the mail for it");
                company = emailCompany.Trim();
            }
            else if (SpellsOut(emailCompany, company))
            {
                reasons.Add($"the employer's name in full is {emailCompany.Trim()}");
                company = emailCompany.Trim();
            }
        }

        if (!roleByPerson && IsRole(emailRole) && Fold(emailRole) != Fold(role) && (!IsRole(role) || NamesMorePrecisely(emailRole!, role)))
        {
            reasons.Add(IsRole(role) ? $"the role is {emailRole!.Trim()}, more precisely" : $"the role is {emailRole!.Trim()}");
            role = emailRole!.Trim();
        }

        return new(company, role, reasons.Count == 0 ? null : $"A later email of the thread says {string.Join(" and ", reasons)}.");
    }

    /// <summary>A role as a job title: not empty, not a placeholder, not an interview note.</summary>
    public static bool IsRole(string? role)
    {
        var words = Words(role);
        return words.Length > 0 && !Placeholders.Contains(string.Join(' ', words)) && !IsRoundNote(words);
    }

    /// <summary>A staffing or recruitment agency's name (the firm that finds candidates for someone else's role).</summary>
    public static bool IsAgency(string? company) => company is not null && Agency().IsMatch(Fold(company));

    /// <summary>An applicant-tracking system, job board or e-signature service: it sends mail for employers and is none.</summary>
    public static bool IsPlatform(string? company) => company is not null && AtsVendors.IsVendorName(company);

    /// <summary>"Final round", "Technical interview", "Next steps", "Phone screen": a step of the process, not a role.</summary>
    private static bool IsRoundNote(string[] words) =>
        words.Any(RoundWords.Contains) && words.All(w => RoundWords.Contains(w) || RoundModifiers.Contains(w));

    /// <summary>
    /// A one-word name read from a mail address ("Westridgecu", "Pellegrinoplumbing") that a later email writes out
    /// ("Westridge Credit Union", "Pellegrino Plumbing &amp; Heating"): its letters are the full name's words in order, whole
    /// or by their initials, two words at least. A name that is a word of the new one ("Contoso" in "Contoso Talent
    /// Team") is a name already and stays.
    /// </summary>
    private static bool SpellsOut(string fullName, string shortName)
    {
        var slug = string.Concat(Words(shortName));
        var words = Words(fullName);
        return Words(shortName).Length == 1 && slug.Length >= 4 && words.Length >= 2 && !words.Contains(slug) && Spells(slug, 0, words, 0, 0);
    }

    private static bool Spells(string slug, int at, string[] words, int index, int used)
    {
        if (at == slug.Length)
        {
            return used >= 2;
        }

        if (index >= words.Length)
        {
            return false;
        }

        var word = words[index];
        return slug.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && Spells(slug, at + word.Length, words, index + 1, used + 1) ||
               used > 0 && slug[at] == word[0] && Spells(slug, at + 1, words, index + 1, used + 1) ||
               used > 0 && Spells(slug, at, words, index + 1, used);
    }

    // Every word of the old role, in order, inside a longer new one: the same job, named more precisely.
    private static bool NamesMorePrecisely(string newRole, string oldRole)
    {
        var (longer, shorter) = (Words(newRole), Words(oldRole));
        return longer.Length > shorter.Length && $" {string.Join(' ', longer)} ".Contains($" {string.Join(' ', shorter)} ", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "role not stated", "role", "the role", "position", "the position", "job", "the job", "opening", "opportunity",
        "vacancy", "application", "your application", "candidate", "stelle", "poste", "puesto", "vacature", "vaga",
    };

    private static readonly HashSet<string> RoundWords = new(StringComparer.Ordinal)
    {
        "round", "rounds", "interview", "interviews", "screen", "screening", "call", "stage", "step", "steps", "assessment",
        "test", "challenge", "chat", "meeting", "presentation", "onsite", "entretien", "gesprach", "vorstellungsgesprach",
        "entrevista", "gesprek", "sollicitatiegesprek", "runde", "ronde", "etape", "etapa", "takehome", "exercise",
    };

    private static readonly HashSet<string> RoundModifiers = new(StringComparer.Ordinal)
    {
        "final", "first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th", "next", "technical", "tech",
        "on", "site", "phone", "video", "virtual", "panel", "hr", "hiring", "manager", "culture", "fit", "behavioral",
        "behavioural", "coding", "take", "home", "case", "study", "system", "design", "your", "the", "a", "an", "with",
        "and", "of", "de", "du", "la", "le", "premier", "deuxieme", "dernier", "zweite", "erste", "letzte", "finale",
        "primera", "segunda", "tecnica", "technische", "technisch", "eerste", "tweede", "laatste",
    };

    private static string[] Words(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("""\b(recruit(ment|ing|ers?)?|staffing|headhunt\w*|executive search|search partners|talent partners|talent solutions|personnel|resourcing|employment agency|placements?|recrutement|personalberatung|personaldienstleist\w*|zeitarbeit|uitzendbureau|werving en selectie|seleccion de personal|robert half|randstad|adecco|manpower(group)?|michael page|page personnel|hays|kelly services|aerotek|teksystems|kforce|insight global|harvey nash|spherion|allegis|akkodis)\b""")]
    private static partial Regex Agency();
}
