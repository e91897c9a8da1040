namespace ApplyTrack.Features.Rules;

/// <summary>A rule in one sentence, for the list on the rules page: "When the sender's domain is contoso.com → stage Onsite, stop."</summary>
public static class RuleText
{
    public static string Describe(MailRule rule)
    {
        var joiner = rule.Match == RuleMatch.All ? " and " : " or ";
        return $"When {string.Join(joiner, rule.Conditions.Select(Describe))} → {string.Join(", ", rule.Actions.Select(Describe))}.";
    }

    public static string Describe(RuleCondition c)
    {
        var field = c.Field switch
        {
            RuleFields.Sender when c.Operator == RuleOperators.Domain => "the sender's domain",
            RuleFields.Sender => "the sender's address",
            RuleFields.SenderName => "the sender's name",
            RuleFields.Subject => "the subject",
            RuleFields.Body => "the text (new mail only)",
            RuleFields.Mailbox => "the mailbox",
            RuleFields.Folder => "the folder",
            RuleFields.Label => "the classifier's label",
            RuleFields.Event => "the classifier's event",
            RuleFields.Language => "the language",
            _ => c.Field,
        };
        var verb = c.Operator switch
        {
            RuleOperators.Contains => "contains",
            RuleOperators.Matches => "matches the pattern",
            _ => "is",
        };
        return $"{field} {verb} “{c.Value}”";
    }

    public static string Describe(RuleAction a) => a.Type switch
    {
        RuleActionTypes.NotJob => "not a job email",
        RuleActionTypes.JobEmail => $"a job email ({a.Value})",
        RuleActionTypes.SetStatus => $"status {a.Value}",
        RuleActionTypes.SetStage => $"stage {a.Value?[(a.Value.IndexOf('/') + 1)..]}",
        RuleActionTypes.AssignApplication => "assign to an application",
        RuleActionTypes.AssignCompany => $"company “{a.Value}”",
        RuleActionTypes.AddNote => $"note “{a.Value}”",
        RuleActionTypes.Tag => $"tag “{a.Value}”",
        RuleActionTypes.Stop => "stop",
        _ => a.Type,
    };
}
