using ApplyTrack.Classification;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Rules;

/// <summary>A rule as the editor, the API and an import send it.</summary>
public sealed record RuleRequest(string? Name, string? Match, bool? Enabled, List<RuleCondition>? Conditions, List<RuleAction>? Actions);

/// <summary>What a rule may refer to: the user's stages and applications.</summary>
public sealed record RuleReferences(IReadOnlyList<PipelineStage> Stages, IReadOnlySet<Guid> ApplicationIds);

/// <summary>Checks a rule before it is saved or tested; every error names the field, in words a person can act on.</summary>
public static class RuleValidation
{
    public static Dictionary<string, string[]> Validate(RuleRequest request, RuleReferences references, string prefix = "")
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string key, string message) => errors[prefix + key] = [message];

        if (request.Name?.Trim() is not { Length: > 0 and <= MailRule.NameMaxLength })
        {
            Error("name", $"Give the rule a name (up to {MailRule.NameMaxLength} characters).");
        }
        if (request.Match is not null && !Enum.TryParse<RuleMatch>(request.Match, ignoreCase: true, out _))
        {
            Error("match", "Choose whether all conditions or any one of them must hold (\"all\" or \"any\").");
        }

        var conditions = request.Conditions ?? [];
        if (conditions.Count is 0 or > MailRule.MaxConditions)
        {
            Error("conditions", $"A rule needs between 1 and {MailRule.MaxConditions} conditions.");
        }
        for (var i = 0; i < Math.Min(conditions.Count, MailRule.MaxConditions); i++)
        {
            if (ConditionError(conditions[i]) is { } error)
            {
                Error($"conditions[{i}]", error);
            }
        }

        var actions = request.Actions ?? [];
        if (actions.Count is 0 or > MailRule.MaxActions)
        {
            Error("actions", $"A rule needs between 1 and {MailRule.MaxActions} actions.");
        }
        for (var i = 0; i < Math.Min(actions.Count, MailRule.MaxActions); i++)
        {
            if (ActionError(actions[i], references) is { } error)
            {
                Error($"actions[{i}]", error);
            }
        }
        if (actions.Any(a => a?.Type == RuleActionTypes.NotJob) && actions.Any(a => a?.Type is RuleActionTypes.JobEmail or RuleActionTypes.SetStatus or RuleActionTypes.SetStage
                or RuleActionTypes.AssignApplication or RuleActionTypes.AssignCompany or RuleActionTypes.AddNote or RuleActionTypes.Tag))
        {
            Error("actions", "\"Not a job email\" leaves no trace of the email, so it cannot be combined with actions on its application.");
        }
        return errors;
    }

    private static string? ConditionError(RuleCondition? condition)
    {
        if (condition is null || !RuleFields.Operators.TryGetValue(condition.Field ?? "", out var operators))
        {
            return $"Choose what to look at: one of {string.Join(", ", RuleFields.Operators.Keys)}.";
        }
        if (!operators.Contains(condition.Operator))
        {
            return $"\"{condition.Field}\" can be tested with: {string.Join(", ", operators)}.";
        }
        var value = condition.Value?.Trim() ?? "";
        if (value.Length is 0 or > MailRule.ValueMaxLength)
        {
            return $"Fill in the value to look for (up to {MailRule.ValueMaxLength} characters).";
        }
        return condition.Field switch
        {
            _ when condition.Operator == RuleOperators.Matches => RuleEvaluation.PatternError(value),
            RuleFields.Label when !EmailLabels.All.Contains(value) => $"The label is one of: {string.Join(", ", EmailLabels.All)}.",
            RuleFields.Event when !EmailEvents.All.Contains(value) => $"The event is one of: {string.Join(", ", EmailEvents.All)}.",
            RuleFields.Language when !MailLanguage.Supported.ContainsKey(value) => $"The language is one of: {string.Join(", ", MailLanguage.Supported.Keys)}.",
            RuleFields.Sender when condition.Operator == RuleOperators.Domain && !value.TrimStart('@').Contains('.') => "Write the domain as it follows the @, e.g. contoso.com.",
            _ => null,
        };
    }

    private static string? ActionError(RuleAction? action, RuleReferences references)
    {
        if (action is null || !RuleActionTypes.All.Contains(action.Type))
        {
            return $"Choose what to do: one of {string.Join(", ", RuleActionTypes.All)}.";
        }
        var value = action.Value?.Trim();
        if (RuleActionTypes.NeedsValue(action.Type) && string.IsNullOrEmpty(value))
        {
            return "This action needs a value.";
        }
        return action.Type switch
        {
            RuleActionTypes.JobEmail when value is not (EmailLabels.Applied or EmailLabels.Interviewing or EmailLabels.Offer or EmailLabels.Rejected) =>
                "A job email is applied, interviewing, offer or rejected.",
            RuleActionTypes.SetStatus when value is "withdrawn" => "Only you can withdraw an application: a rule cannot.",
            RuleActionTypes.SetStatus when value is "saved" => "Saved is for jobs you have not applied to: an email cannot put an application back there.",
            RuleActionTypes.SetStatus when !ApplicationStatusNames.TryParse(value, out _) => "The status is applied, interviewing, offer or rejected.",
            RuleActionTypes.SetStage when Stages.Find(references.Stages, value) is null => "Choose one of your stages (define them under Stages first).",
            RuleActionTypes.AssignApplication when !Guid.TryParse(value, out var id) || !references.ApplicationIds.Contains(id) => "Choose one of your applications.",
            RuleActionTypes.AssignCompany when value!.Length > Application.CompanyMaxLength => $"A company name has up to {Application.CompanyMaxLength} characters.",
            RuleActionTypes.AddNote when value!.Length > 200 => "A rule's note has up to 200 characters.",
            RuleActionTypes.Tag when Stages.CleanTag(value) is null => $"A tag has 1 to {Stages.TagMaxLength} characters and no comma.",
            _ => null,
        };
    }

    /// <summary>The request as it is stored: trimmed values, no value where an action takes none.</summary>
    public static (string Name, RuleMatch Match, bool Enabled, List<RuleCondition> Conditions, List<RuleAction> Actions) Normalize(RuleRequest request) => (
        request.Name!.Trim(),
        Enum.TryParse<RuleMatch>(request.Match, ignoreCase: true, out var match) ? match : RuleMatch.All,
        request.Enabled ?? true,
        request.Conditions!.Select(c => c with { Value = c.Value.Trim() }).ToList(),
        request.Actions!.Select(a => a with { Value = RuleActionTypes.NeedsValue(a.Type) ? a.Value?.Trim() : null }).ToList());
}
