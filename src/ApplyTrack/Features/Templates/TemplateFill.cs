using System.Text.RegularExpressions;

namespace ApplyTrack.Features.Templates;

/// <summary>What a template is filled with for one application; null where it is not known.</summary>
public sealed record TemplateValues(string Company, string Role, string? RecruiterName, string? InterviewDate, string? YourName, DateOnly? AppliedDate)
{
    public string? Get(string placeholder, TemplateLanguage language) => placeholder switch
    {
        TemplateLibrary.Company => Company,
        TemplateLibrary.Role => Role,
        TemplateLibrary.RecruiterName => RecruiterName,
        TemplateLibrary.InterviewDate => InterviewDate,
        TemplateLibrary.YourName => YourName,
        TemplateLibrary.AppliedDate => AppliedDate?.ToString(language.DateFormat, language.Culture),
        _ => null,
    };
}

/// <summary>Fills a template's placeholders: a known value, else the language's stand-in (a greeting that still reads, or a bracketed hint).</summary>
public static partial class TemplateFill
{
    public static string Fill(string text, TemplateValues values, TemplateLanguage language) => Placeholder().Replace(text, match =>
    {
        var name = match.Groups[1].Value;
        if (!TemplateLibrary.Placeholders.Contains(name))
        {
            return match.Value;
        }
        return values.Get(name, language) is { Length: > 0 } value ? value.Trim()
            : name == TemplateLibrary.RecruiterName ? language.NoRecruiterName
            : language.Hints.GetValueOrDefault(name, $"[{name}]");
    });

    /// <summary>Placeholders a person wrote that ApplyTrack cannot fill ("{salary}"), so the editor can say so.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(n => !TemplateLibrary.Placeholders.Contains(n)).Distinct()];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
