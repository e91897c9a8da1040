using System.Text.RegularExpressions;

namespace ApplyTrack.Features.Rules;

/// <summary>What a condition can test. The body is only ever known during a sync (it is never stored).</summary>
public static class RuleFields
{
    public const string Sender = "sender";
    public const string SenderName = "senderName";
    public const string Subject = "subject";
    public const string Body = "body";
    public const string Mailbox = "mailbox";
    public const string Folder = "folder";
    public const string Label = "label";
    public const string Event = "event";
    public const string Language = "language";

    /// <summary>Each field with the operators it takes, in the order the editor offers them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Operators = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Sender] = [RuleOperators.Is, RuleOperators.Domain, RuleOperators.Contains],
        [SenderName] = [RuleOperators.Contains, RuleOperators.Is],
        [Subject] = [RuleOperators.Contains, RuleOperators.Is, RuleOperators.Matches],
        [Body] = [RuleOperators.Contains, RuleOperators.Matches],
        [Mailbox] = [RuleOperators.Is],
        [Folder] = [RuleOperators.Is],
        [Label] = [RuleOperators.Is],
        [Event] = [RuleOperators.Is],
        [Language] = [RuleOperators.Is],
    };

    /// <summary>Fields known only from the email's text: a test over stored metadata cannot tell, new mail can.</summary>
    public static bool NeedsText(string field) => field is Body or Language;
}

public static class RuleOperators
{
    public const string Is = "is";
    public const string Contains = "contains";
    public const string Domain = "domain";

    /// <summary>Advanced: a .NET regular expression, case-insensitive, with a match timeout.</summary>
    public const string Matches = "matches";

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
}

public static class RuleActionTypes
{
    public const string NotJob = "notJob";
    public const string JobEmail = "jobEmail";
    public const string SetStatus = "setStatus";
    public const string SetStage = "setStage";
    public const string AssignApplication = "assignApplication";
    public const string AssignCompany = "assignCompany";
    public const string AddNote = "addNote";
    public const string Tag = "tag";
    public const string Stop = "stop";

    public static readonly IReadOnlyList<string> All = [NotJob, JobEmail, SetStatus, SetStage, AssignApplication, AssignCompany, AddNote, Tag, Stop];

    public static bool NeedsValue(string type) => type is not (NotJob or Stop);
}

/// <summary>
/// What the rules may look at in one email. <see cref="Body"/> and <see cref="Language"/> are null when not known (a test
/// over stored metadata): conditions on them are then undecided rather than false.
/// </summary>
public sealed record MailFacts(
    string? SenderAddress, string? SenderName, string? Subject, string? Body, string? Mailbox, string? Folder,
    string Label, string Event, string? Language);

/// <summary>Three-valued: a condition on the body cannot be decided over stored metadata.</summary>
public enum RuleMatchResult
{
    No,
    Yes,
    Undecided,
}

/// <summary>One rule that fired, with the actions it contributed (up to and including a stop).</summary>
public sealed record FiredRule(MailRule Rule, IReadOnlyList<RuleAction> Actions);

/// <summary>The person's rules against one email, as pure decisions: which fire, in order, until a stop.</summary>
public static class RuleEvaluation
{
    /// <summary>
    /// Runs the enabled rules in order. A rule's <c>notJob</c> or <c>jobEmail</c> changes the label later rules see; the
    /// first <c>stop</c> ends the list.
    /// </summary>
    public static IReadOnlyList<FiredRule> Run(IEnumerable<MailRule> rules, MailFacts facts)
    {
        var fired = new List<FiredRule>();
        foreach (var rule in rules.Where(r => r.Enabled).OrderBy(r => r.Position))
        {
            if (Matches(rule, facts) != RuleMatchResult.Yes)
            {
                continue;
            }
            var stopAt = rule.Actions.FindIndex(a => a.Type == RuleActionTypes.Stop);
            var actions = stopAt < 0 ? rule.Actions : rule.Actions.Take(stopAt + 1).ToList();
            fired.Add(new FiredRule(rule, actions));
            foreach (var action in actions)
            {
                facts = action.Type switch
                {
                    RuleActionTypes.NotJob => facts with { Label = "none", Event = "not_job" },
                    RuleActionTypes.JobEmail when action.Value is { } label => facts with { Label = label, Event = DefaultEvent(label) },
                    _ => facts,
                };
            }
            if (stopAt >= 0)
            {
                break;
            }
        }
        return fired;
    }

    public static RuleMatchResult Matches(MailRule rule, MailFacts facts)
    {
        if (rule.Conditions.Count == 0)
        {
            // A rule without conditions would act on every email: the editor refuses to save one.
            return RuleMatchResult.No;
        }
        var results = rule.Conditions.Select(c => Test(c, facts)).ToList();
        return rule.Match == RuleMatch.All
            ? results.Contains(RuleMatchResult.No) ? RuleMatchResult.No : results.Contains(RuleMatchResult.Undecided) ? RuleMatchResult.Undecided : RuleMatchResult.Yes
            : results.Contains(RuleMatchResult.Yes) ? RuleMatchResult.Yes : results.Contains(RuleMatchResult.Undecided) ? RuleMatchResult.Undecided : RuleMatchResult.No;
    }

    public static RuleMatchResult Test(RuleCondition condition, MailFacts facts)
    {
        var value = condition.Value.Trim();
        var subject = condition.Field switch
        {
            RuleFields.Sender => facts.SenderAddress,
            RuleFields.SenderName => facts.SenderName,
            RuleFields.Subject => facts.Subject,
            RuleFields.Body => facts.Body,
            RuleFields.Mailbox => facts.Mailbox,
            RuleFields.Folder => facts.Folder,
            RuleFields.Label => facts.Label,
            RuleFields.Event => facts.Event,
            RuleFields.Language => facts.Language,
            _ => null,
        };
        if (subject is null)
        {
            return RuleFields.NeedsText(condition.Field) ? RuleMatchResult.Undecided : RuleMatchResult.No;
        }
        var holds = condition.Operator switch
        {
            RuleOperators.Is => string.Equals(subject.Trim(), value, StringComparison.OrdinalIgnoreCase),
            RuleOperators.Contains => value.Length > 0 && subject.Contains(value, StringComparison.OrdinalIgnoreCase),
            RuleOperators.Domain => InDomain(subject, value),
            RuleOperators.Matches => IsMatch(subject, value),
            _ => false,
        };
        return holds ? RuleMatchResult.Yes : RuleMatchResult.No;
    }

    /// <summary>"jobs@mail.contoso.com" is in the domain "contoso.com" (or "@contoso.com"), not in "notcontoso.com".</summary>
    public static bool InDomain(string address, string domain)
    {
        domain = domain.TrimStart('@').Trim();
        var at = address.LastIndexOf('@');
        if (at < 0 || domain.Length == 0)
        {
            return false;
        }
        var host = address[(at + 1)..].Trim().TrimEnd('>');
        return string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
               || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A person's regular expression, case-insensitive, without backtracking (linear time), and still under a timeout:
    /// a pattern that runs out of time simply does not match.
    /// </summary>
    public static bool IsMatch(string input, string pattern)
    {
        try
        {
            return Regex.IsMatch(input, pattern, Options, RuleOperators.MatchTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The error a pattern has, or null when it is a valid one.</summary>
    public static string? PatternError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, Options, RuleOperators.MatchTimeout);
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"This pattern is not a valid regular expression: {ex.Message}";
        }
        catch (NotSupportedException ex)
        {
            return $"This pattern uses something not supported here (look-arounds and back-references are not): {ex.Message}";
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static string DefaultEvent(string label) => label switch
    {
        "applied" => "application_received",
        "interviewing" => "interview_invite",
        "offer" => "offer",
        "rejected" => "rejection",
        _ => "not_job",
    };
}
