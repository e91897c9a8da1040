using System.Text.Json;

namespace ApplyTrack.Features.Rules;

/// <summary>
/// What the rules that fired on one email still have to do once its application is known (after matching): kept with the
/// email's metadata until it is applied. Holds only what the person wrote in their rules.
/// </summary>
public sealed record RuleEffects
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The rules that fired, by name, for history entries ("Rule “Contoso recruiters”").</summary>
    public List<string> Rules { get; init; } = [];

    public string? Status { get; set; }

    /// <summary>The stage's key, "interviewing/Onsite".</summary>
    public string? Stage { get; set; }

    public Guid? ApplicationId { get; set; }
    public List<string> Notes { get; init; } = [];
    public List<string> Tags { get; init; } = [];

    public bool IsEmpty => Status is null && Stage is null && ApplicationId is null && Notes.Count == 0 && Tags.Count == 0;

    public string RuleNames => string.Join(", ", Rules.Select(r => $"“{r}”"));

    public string? ToJson() => IsEmpty ? null : JsonSerializer.Serialize(this, Json);

    public static RuleEffects? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<RuleEffects>(json, Json);
}

/// <summary>The fired rules' actions, folded into what they decide about one email (pure).</summary>
public sealed record RuleOutcome(bool? IsJob, string? Label, string? Company, RuleEffects Effects, string? Log)
{
    public static RuleOutcome Of(IReadOnlyList<FiredRule> fired)
    {
        bool? isJob = null;
        string? label = null, company = null;
        var effects = new RuleEffects { Rules = [.. fired.Select(f => f.Rule.Name)] };
        var log = new List<string>();
        foreach (var (rule, actions) in fired)
        {
            var did = new List<string>();
            foreach (var action in actions)
            {
                var value = action.Value?.Trim();
                switch (action.Type)
                {
                    case RuleActionTypes.NotJob:
                        (isJob, label) = (false, null);
                        did.Add("not a job email");
                        break;
                    case RuleActionTypes.JobEmail:
                        (isJob, label) = (true, value);
                        did.Add($"job email ({value})");
                        break;
                    case RuleActionTypes.SetStatus:
                        effects.Status = value;
                        did.Add($"status {value}");
                        break;
                    case RuleActionTypes.SetStage:
                        effects.Stage = value;
                        did.Add($"stage {value?[(value.IndexOf('/') + 1)..]}");
                        break;
                    case RuleActionTypes.AssignApplication when Guid.TryParse(value, out var applicationId):
                        effects.ApplicationId = applicationId;
                        did.Add("assigned to an application");
                        break;
                    case RuleActionTypes.AssignCompany:
                        company = value;
                        did.Add($"company {value}");
                        break;
                    case RuleActionTypes.AddNote when value is { Length: > 0 }:
                        if (!effects.Notes.Contains(value)) effects.Notes.Add(value);
                        did.Add("note added");
                        break;
                    case RuleActionTypes.Tag when value is { Length: > 0 }:
                        if (!effects.Tags.Contains(value, StringComparer.OrdinalIgnoreCase)) effects.Tags.Add(value);
                        did.Add($"tag {value}");
                        break;
                    case RuleActionTypes.Stop:
                        did.Add("stop");
                        break;
                }
            }
            log.Add($"Rule “{rule.Name}”: {string.Join(", ", did)}");
        }
        return new(isJob, label, company, effects, log.Count == 0 ? null : Truncate(string.Join(". ", log) + ".", 1000));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
