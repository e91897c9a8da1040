using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Extraction;

/// <summary>The note an interviewing event adds to the card: which round or which assessment.</summary>
internal static partial class RoundNote
{
    private static readonly (Regex Pattern, string Platform)[] Platforms =
    [
        (PlatformHackerRank(), "HackerRank"),
        (PlatformCodility(), "Codility"),
        (PlatformCodeSignal(), "CodeSignal"),
        (PlatformTestGorilla(), "TestGorilla"),
        (PlatformHireVue(), "HireVue"),
        (PlatformCoderbyte(), "Coderbyte"),
        (PlatformKarat(), "Karat"),
        (PlatformPymetrics(), "Pymetrics"),
        (PlatformSHL(), "SHL"),
        (PlatformLeetCode(), "LeetCode"),
        (PlatformCriteria(), "Criteria"),
        (PlatformMettl(), "Mettl"),
        (PlatformHackerEarth(), "HackerEarth"),
        (PlatformTalogy(), "Talogy"),
        (PlatformAssessFirst(), "AssessFirst"),
        (PlatformDevSkiller(), "DevSkiller"),
    ];

    [GeneratedRegex("""\b(hackerrank)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformHackerRank();

    [GeneratedRegex("""\b(codility)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformCodility();

    [GeneratedRegex("""\b(codesignal)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformCodeSignal();

    [GeneratedRegex("""\b(testgorilla)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformTestGorilla();

    [GeneratedRegex("""\b(hirevue)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformHireVue();

    [GeneratedRegex("""\b(coderbyte)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformCoderbyte();

    [GeneratedRegex("""\b(karat)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformKarat();

    [GeneratedRegex("""\b(pymetrics)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformPymetrics();

    [GeneratedRegex("""\b(shl)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformSHL();

    [GeneratedRegex("""\b(leetcode)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformLeetCode();

    [GeneratedRegex("""\b(criteria corp|criteriacorp)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformCriteria();

    [GeneratedRegex("""\b(mettl)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformMettl();

    [GeneratedRegex("""\b(hackerearth)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformHackerEarth();

    [GeneratedRegex("""\b(talogy|cut-e)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformTalogy();

    [GeneratedRegex("""\b(assessfirst)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformAssessFirst();

    [GeneratedRegex("""\b(devskiller)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformDevSkiller();

    public static string? For(string @event, string subject, string body)
    {
        var text = subject + "\n" + (body.Length > 3000 ? body[..3000] : body);
        return @event switch
        {
            EmailEvents.Assessment => AssessmentNote(text),
            EmailEvents.NextRound => RoundOf(text) ?? "Next round",
            EmailEvents.InterviewInvite => RoundOf(text) ?? "Interview",
            EmailEvents.RecruiterOutreach => "Recruiter outreach",
            _ => null,
        };
    }

    private static string AssessmentNote(string text)
    {
        foreach (var (pattern, platform) in Platforms)
        {
            if (pattern.IsMatch(text))
            {
                return $"Assessment ({platform})";
            }
        }

        if (TakeHome().IsMatch(text))
        {
            return "Take-home assignment";
        }

        return CaseStudy().IsMatch(text) ? "Case study" : "Assessment";
    }

    private static string? RoundOf(string text)
    {
        if (Final().IsMatch(text))
        {
            return "Onsite / final round";
        }

        if (Technical().IsMatch(text))
        {
            return "Technical interview";
        }

        if (HiringManager().IsMatch(text))
        {
            return "Hiring manager interview";
        }

        if (Second().IsMatch(text))
        {
            return "Second round";
        }

        return PhoneScreen().IsMatch(text) ? "Phone screen" : null;
    }

    [GeneratedRegex("""take-?home|home assignment|travail à la maison|hausaufgabe|opdracht thuis""", RegexOptions.IgnoreCase)]
    private static partial Regex TakeHome();

    [GeneratedRegex("""case study|étude de cas|fallstudie|caso práctico|estudo de caso|business case""", RegexOptions.IgnoreCase)]
    private static partial Regex CaseStudy();

    [GeneratedRegex("""on-?site|final (round|interview|stage)|last (round|interview)|superday|entretien final|dernier entretien|finale(s|n)? (gespräch|runde)|vor ort|entrevista final|última entrevista|laatste (gesprek|ronde)|eindgesprek|entrevista presencial final|última etapa""", RegexOptions.IgnoreCase)]
    private static partial Regex Final();

    [GeneratedRegex("""technical (interview|round|screen|discussion)|tech(nical)? screen|coding interview|system design|entretien technique|technisches? (interview|gespräch)|fachgespräch|entrevista técnica|technisch (gesprek|interview)|entrevista técnica""", RegexOptions.IgnoreCase)]
    private static partial Regex Technical();

    [GeneratedRegex("""hiring manager|manager (interview|call)|entretien (avec le|avec la) manager|gespräch mit (der|dem) (teamleit|abteilungsleit|führungskraft)|gerente de contratación|met de (manager|leidinggevende)|gestor(a)? da vaga""", RegexOptions.IgnoreCase)]
    private static partial Regex HiringManager();

    [GeneratedRegex("""second (round|interview)|2nd (round|interview)|deuxième entretien|second entretien|zweite(s|n)? (gespräch|runde|interview)|segunda (entrevista|ronda)|tweede (gesprek|ronde)""", RegexOptions.IgnoreCase)]
    private static partial Regex Second();

    [GeneratedRegex("""phone (screen|call|interview)|recruiter (call|screen)|intro(ductory)? call|entretien téléphonique|telefoninterview|telefongespräch|entrevista telefónica|telefonisch gesprek|entrevista por telefone""", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneScreen();
}
