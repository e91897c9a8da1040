using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// An institution's name goes on into what it is for: "Ashworth Institute for Brain Health", "Leibniz-Zentrum für
/// Küstenforschung", "UN Office for Humanitarian Logistics". The capitalised run a name is read from stops at "for",
/// which more often starts the rest of a sentence ("Thanks from Acme for applying"), so the rest is taken only after a
/// word that names an institution, and only as the mail itself writes it.
/// </summary>
internal static partial class CompanyAndRole
{
    /// <summary>
    /// The name with what it is for, where the mail writes it so: the continuation written most often after the name,
    /// up to five capitalised words (with "&amp;", "and" and their kin between them); none where a job title, a vacancy or a
    /// reference number follows ("your application to Northern Lights College for Competition 26-042").
    /// </summary>
    internal static string WithWhatItIsFor(string company, string context, Sender sender)
    {
        if (!EndsInInstitution().IsMatch(company))
        {
            return SpelledOutInstitution(company, context, sender) ?? company;
        }

        var written = new List<string>();
        for (var at = context.IndexOf(company, StringComparison.Ordinal); at >= 0; at = context.IndexOf(company, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetterOrDigit(context[at - 1])) && Purpose().Match(context, at + company.Length) is { Success: true } purpose && !purpose.Groups["ref"].Success)
            {
                written.Add(TrailingJoiner().Replace(purpose.Groups["p"].Value, ""));
            }
        }

        var most = written.Where(p => !NotAPurpose().IsMatch(p) && !JobTitle().IsMatch(p))
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .FirstOrDefault();
        return most is null ? company : $"{company} {most.Key}";
    }

    /// <summary>
    /// "IFSP" in a subject, "Nihri" read from nihri.ie, "UN" from "UN Office for …": where the mail writes out an
    /// institution whose capitals spell the acronym or the employer's own domain ("Institute for Fiscal &amp; Social
    /// Policy", "National Institute for Health Research Ireland", "United Nations Office for Humanitarian Logistics" at
    /// unohl.int), that is the name. Only a one-word name the domain or its capitals stand for is replaced.
    /// </summary>
    private static string? SpelledOutInstitution(string company, string context, Sender sender)
    {
        var letters = Fold(company);
        var label = EmployersOwnLabel(sender) is { } own ? Fold(own) : null;
        if (company.Contains(' ', StringComparison.Ordinal) || letters.Length < 2 || !company.All(char.IsUpper) && letters != label)
        {
            return null;
        }

        foreach (Match run in InstitutionFor().Matches(context))
        {
            var initials = string.Concat(run.Value.Split(' ').Where(w => char.IsUpper(w[0])).Select(w => Fold(w)[..1]));
            if (EndsInInstitution().IsMatch(run.Groups["head"].Value) && (initials == letters || initials == label && initials.StartsWith(letters, StringComparison.Ordinal)))
            {
                return run.Value;
            }
        }

        return null;
    }

    // "National Institute for Health Research Ireland": capitalised words, a joining word of purpose, capitalised words.
    [GeneratedRegex("""(?<![\p{L}])(?<head>\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|the)){0,4}) (?:for|für|voor|pour|para) \p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|&|and|und|of)(?![\p{L}])){0,4}""", RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionFor();

    // The small words between the capitalised words of what an institution is for: "Fiscal & Social", "Health and Care".
    private const string PurposeJoiners = "&|and|und|en|et|e|y|of|de|do|da|der|des|du|van";

    // " for Fiscal & Social Policy", " für Küstenforschung", " voor Volksgezondheid Noord" right after the name: a joining
    // word, then capitalised words and the small words that join them, never across a line.
    [GeneratedRegex($$"""\G (?<p>(?:for|für|voor|pour|para|of|de|do|da|del|du|des|van) \p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|{{PurposeJoiners}})(?![\p{L}])){0,4})(?<ref>[ ]?[\d#])?""", RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();

    // The word that makes a name an institution's, alone or at the end of a compound ("Forschungszentrum").
    [GeneratedRegex("""(?:^|[ -])(?:Institute|Institution|Institut|Instituut|Instituto|Istituto|Centre|Center|Centrum|Centro|Zentrum|\p{Lu}\p{Ll}+(?:zentrum|institut)|Office|Ministry|Ministerium|Ministère|Ministerio|Ministério|Department|Foundation|Stiftung|Fondation|Fundación|Fundação|Stichting|Fund|Society|Association|Council|Commission|Agency|Authority|Alliance|Coalition|Network|Academy|College|School|University|Museum|Trust|Bureau|Hospital|Observatory|Laboratory|Library)$""")]
    private static partial Regex EndsInInstitution();

    [GeneratedRegex("""^(?:\p{Ll}+ )(?:Competition|Vacancy|Vacancies|Posting|Position|Post|Role|Job|Jobs|Reference|Ref|Requisition|Opening|Interview|Application|Applications)\b""")]
    private static partial Regex NotAPurpose();

    // A continuation never ends on one of the words that join its capitalised words.
    [GeneratedRegex($"""(?: (?:{PurposeJoiners}))+$""")]
    private static partial Regex TrailingJoiner();
}
