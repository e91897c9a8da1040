using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Duplicates;

/// <summary>Why two applications look like one.</summary>
public enum DuplicateReason
{
    /// <summary>Emails of one conversation landed on both (across mailboxes, or split by a correction).</summary>
    SameThread,

    /// <summary>A card a person added (by hand or from the job posting) and one created from mail, for the same job.</summary>
    AddedAndFromMail,

    /// <summary>The same employer and a similar role.</summary>
    SameJob,
}

/// <summary>What the rules need to know of one application.</summary>
public sealed record DuplicateCandidate(Guid Id, string Company, string Role, string Source);

/// <summary>
/// When two applications of one person are probably the same job — pure, so each case has a unit test:
/// <list type="bullet">
/// <item>The same employer once the name is normalised: case, accents and punctuation, legal suffixes (Inc, GmbH, Ltd,
/// SA, BV…), and how applicant-tracking systems sign ("Acme via Greenhouse", "Acme Talent Team", "Acme Recruiting",
/// "via LinkedIn"). A name that is only an ATS or a job board names no employer.</item>
/// <item>A similar role: the same words once abbreviations are spelled out ("Sr." → senior, "Eng" → engineer,
/// "SWE" → software engineer), one role's words all within the other's, or most words shared — but never two
/// different levels ("Junior" and "Senior" designers are two jobs), and never two roles of which one is unnamed
/// unless one card came from mail and the other from a person.</item>
/// <item>Or emails of one conversation on both, whatever the names say.</item>
/// </list>
/// </summary>
public static partial class DuplicateRules
{
    /// <summary>Shared words at or above this share of all words make two roles similar.</summary>
    public const double RoleSimilarityThreshold = 0.6;

    /// <summary>Ids are ordered so that a pair has one spelling (dismissals, merges).</summary>
    public static (Guid First, Guid Second) PairOf(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    public static DuplicateReason? Decide(DuplicateCandidate a, DuplicateCandidate b, bool shareThread)
    {
        if (a.Id == b.Id)
        {
            return null;
        }
        if (shareThread)
        {
            return DuplicateReason.SameThread;
        }
        var employer = EmployerKey(a.Company);
        if (employer.Length == 0 || employer != EmployerKey(b.Company))
        {
            return null;
        }
        var fromPerson = IsFromPerson(a) != IsFromPerson(b);
        var (roleA, roleB) = (RoleTokens(a.Role), RoleTokens(b.Role));
        // A card from mail that could not tell the role is the person's card for that employer.
        if (roleA.Count == 0 || roleB.Count == 0)
        {
            return fromPerson ? DuplicateReason.AddedAndFromMail : null;
        }
        if (!RolesSimilar(roleA, roleB))
        {
            return null;
        }
        return fromPerson ? DuplicateReason.AddedAndFromMail : DuplicateReason.SameJob;
    }

    public static bool RolesSimilar(string a, string b) => RolesSimilar(RoleTokens(a), RoleTokens(b));

    private static bool RolesSimilar(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        var levelsA = a.Where(Levels.Contains).ToHashSet();
        var levelsB = b.Where(Levels.Contains).ToHashSet();
        if (levelsA.Count > 0 && levelsB.Count > 0 && !levelsA.SetEquals(levelsB))
        {
            return false;
        }
        // Levels aside, "Software Engineer" is within "Senior Software Engineer, Payments".
        var (coreA, coreB) = (a.Except(Levels).ToHashSet(), b.Except(Levels).ToHashSet());
        var (shorter, longer) = coreA.Count <= coreB.Count ? (coreA, coreB) : (coreB, coreA);
        if (shorter.Count >= 2 && shorter.IsSubsetOf(longer))
        {
            return true;
        }
        return Similarity(a, b) >= RoleSimilarityThreshold;
    }

    /// <summary>Jaccard similarity of two roles' words (0 to 1).</summary>
    public static double Similarity(string a, string b) => Similarity(RoleTokens(a), RoleTokens(b));

    private static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }

    /// <summary>"Acme, Inc. via Greenhouse" → "acme"; "" when the name names no employer (an ATS or a job board alone).</summary>
    public static string EmployerKey(string? company)
    {
        // Dots join what abbreviations split: "B.V." is BV, "A.C.M.E." is ACME.
        var text = ApplicationKeys.NormalizeCompany(company?.Replace(".", "", StringComparison.Ordinal));
        text = ViaSuffix().Replace(text, "");
        string before;
        do
        {
            before = text;
            text = TeamSuffix().Replace(text, "");
            text = LeadingTeam().Replace(text, "");
            text = ApplicationKeys.NormalizeCompany(text);
        }
        while (text != before);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "and")).ToArray();
        if (words.Length == 0 || (words.Length == 1 && Boards.Contains(words[0])) || Boards.Contains(string.Join(' ', words)))
        {
            return "";
        }
        // "A.C.M.E." and "Acme" are one name.
        return string.Concat(words);
    }

    /// <summary>The words of a role with abbreviations spelled out and filler dropped; empty when no role is stated.</summary>
    public static IReadOnlySet<string> RoleTokens(string? role)
    {
        var text = ApplicationKeys.NormalizeRole(role);
        if (text is "" or "role not stated")
        {
            return FrozenSet<string>.Empty;
        }
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Filler.Contains(word))
            {
                continue;
            }
            if (Abbreviations.TryGetValue(word, out var spelled))
            {
                tokens.UnionWith(spelled.Split(' '));
            }
            else
            {
                tokens.Add(word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word);
            }
        }
        return tokens;
    }

    private static bool IsFromPerson(DuplicateCandidate candidate) => candidate.Source is ApplicationSources.Manual or ApplicationSources.Extension;

    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["sr"] = "senior", ["snr"] = "senior", ["jr"] = "junior", ["jnr"] = "junior",
        ["eng"] = "engineer", ["engr"] = "engineer", ["engineering"] = "engineer",
        ["swe"] = "software engineer", ["sde"] = "software engineer", ["dev"] = "developer", ["developer"] = "developer",
        ["mgr"] = "manager", ["mngr"] = "manager", ["pm"] = "product manager", ["tpm"] = "technical program manager",
        ["ml"] = "machine learning", ["ai"] = "artificial intelligence", ["qa"] = "quality assurance", ["ux"] = "ux", ["ui"] = "ui",
        ["frontend"] = "frontend", ["front"] = "frontend", ["backend"] = "backend", ["back"] = "backend", ["fullstack"] = "fullstack", ["full"] = "fullstack",
        ["devops"] = "devops", ["sre"] = "site reliability engineer", ["assoc"] = "associate", ["asst"] = "assistant",
        ["mktg"] = "marketing", ["acct"] = "accountant", ["admin"] = "administrator", ["exec"] = "executive", ["dir"] = "director",
        ["principle"] = "principal", ["vp"] = "vice president", ["i"] = "level1", ["ii"] = "level2", ["iii"] = "level3", ["iv"] = "level4",
        ["1"] = "level1", ["2"] = "level2", ["3"] = "level3", ["4"] = "level4",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Levels = new[]
    {
        "junior", "senior", "staff", "principal", "lead", "intern", "internship", "graduate", "entry", "head", "chief",
        "level1", "level2", "level3", "level4",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "end" and "stack" are what is left of "front-end", "full-stack" once "front" and "full" are spelled out.
    private static readonly FrozenSet<string> Filler = new[]
    {
        "a", "an", "the", "of", "for", "and", "in", "at", "to", "with", "on", "end", "stack", "position", "role", "job",
        "remote", "hybrid", "onsite", "fulltime", "time", "part", "contract", "permanent", "temporary", "m", "f", "d", "w", "x",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Applicant-tracking systems and job boards: they send mail for employers but are not one.</summary>
    private static readonly FrozenSet<string> Boards = new[]
    {
        "greenhouse", "lever", "workday", "myworkday", "smartrecruiters", "icims", "ashby", "ashbyhq", "workable", "bamboohr",
        "teamtailor", "jobvite", "taleo", "successfactors", "recruitee", "personio", "linkedin", "indeed", "glassdoor",
        "ziprecruiter", "monster", "stepstone", "xing", "wellfound", "angellist", "hired", "otta", "welcome to the jungle",
        "no reply", "noreply", "careers", "jobs", "recruiting", "talent",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"… via Greenhouse", "… via LinkedIn": whatever follows "via" is who carried the message.</summary>
    [GeneratedRegex(@"\s+(via|through|on behalf of)\s.*$")]
    private static partial Regex ViaSuffix();

    [GeneratedRegex(@"\s+(talent acquisition( team)?|talent team|talent|recruiting team|recruitment team|recruiting|recruitment|recruiters?|hiring team|hiring|careers?|jobs|hr|human resources|people team|people( ops| operations)?|team|no ?reply|notifications?)$")]
    private static partial Regex TeamSuffix();

    [GeneratedRegex(@"^(the )?(team|careers at|jobs at|recruiting at|talent at|hiring at) ")]
    private static partial Regex LeadingTeam();
}
