using System.Globalization;

namespace ApplyTrack.Features.Templates;

/// <summary>A moment in a job search a response template is for.</summary>
public sealed record TemplateScenario(string Key, string Name);

/// <summary>A template of the built-in library: one scenario in one language. <see cref="Key"/> is "thank-you.de".</summary>
public sealed record LibraryTemplate(string Scenario, string Language, string Subject, string Body)
{
    public string Key => $"{Scenario}.{Language}";
}

/// <summary>One of the library's languages: what stands in for a value the application cannot give.</summary>
/// <param name="NoRecruiterName">Completes the greeting when no recruiter's name is known ("Dear Hiring Team,").</param>
/// <param name="Hints">What a missing value reads as, bracketed so the person sees what to write: "[your name]".</param>
/// <param name="DateFormat">How <c>{appliedDate}</c> is written in this language.</param>
public sealed record TemplateLanguage(string Code, string Name, string NoRecruiterName, IReadOnlyDictionary<string, string> Hints, string DateFormat)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);
}

/// <summary>
/// The built-in library of response templates: ten moments of a job search in six languages, written as whole letters
/// (per-language files beside this one). Texts hold placeholders (<see cref="Placeholders"/>) that
/// <see cref="TemplateFill"/> fills from the application. Where a template needs the person's own figure (a salary),
/// it says so in brackets: "[amount]".
/// </summary>
public static partial class TemplateLibrary
{
    public const string Company = "company";
    public const string Role = "role";
    public const string RecruiterName = "recruiterName";
    public const string InterviewDate = "interviewDate";
    public const string YourName = "yourName";
    public const string AppliedDate = "appliedDate";

    public static readonly IReadOnlyList<string> Placeholders = [Company, Role, RecruiterName, InterviewDate, YourName, AppliedDate];

    public static readonly IReadOnlyList<TemplateScenario> Scenarios =
    [
        new("confirm-interview", "Confirm an interview"),
        new("reschedule-interview", "Ask to reschedule an interview"),
        new("thank-you", "Thank you after an interview"),
        new("follow-up-application", "Follow up after applying"),
        new("follow-up-interview", "Follow up after an interview"),
        new("feedback-request", "Ask for feedback after a rejection"),
        new("accept-offer", "Accept an offer"),
        new("negotiate-offer", "Negotiate an offer"),
        new("decline-offer", "Decline an offer"),
        new("withdraw", "Withdraw your application"),
    ];

    public static readonly IReadOnlyList<TemplateLanguage> Languages =
    [
        new("en", "English", "Hiring Team", Hints("[interview date]", "[your name]", "[date you applied]"), "d MMMM yyyy"),
        new("de", "Deutsch", "zusammen", Hints("[Datum des Gesprächs]", "[Ihr Name]", "[Datum der Bewerbung]"), "d. MMMM yyyy"),
        new("fr", "Français", "Madame, Monsieur", Hints("[date de l'entretien]", "[votre nom]", "[date de candidature]"), "d MMMM yyyy"),
        new("nl", "Nederlands", "heer/mevrouw", Hints("[datum van het gesprek]", "[uw naam]", "[datum van sollicitatie]"), "d MMMM yyyy"),
        new("es", "Español", "equipo de selección", Hints("[fecha de la entrevista]", "[su nombre]", "[fecha de la candidatura]"), "d 'de' MMMM 'de' yyyy"),
        new("pt", "Português (Brasil)", "equipe de recrutamento", Hints("[data da entrevista]", "[seu nome]", "[data da candidatura]"), "d 'de' MMMM 'de' yyyy"),
    ];

    private static IReadOnlyList<LibraryTemplate>? _all;

    /// <summary>Every library template, scenario by scenario in <see cref="Scenarios"/> order, each in every language.</summary>
    public static IReadOnlyList<LibraryTemplate> All => _all ??=
        [.. new[] { English, German, French, Dutch, Spanish, Portuguese }.SelectMany(t => t)
            .OrderBy(t => Scenarios.ToList().FindIndex(s => s.Key == t.Scenario)).ThenBy(t => Languages.ToList().FindIndex(l => l.Code == t.Language))];

    public static LibraryTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    public static TemplateScenario? Scenario(string? key) => Scenarios.FirstOrDefault(s => s.Key == key);

    public static TemplateLanguage? Language(string? code) => Languages.FirstOrDefault(l => l.Code == code);

    private static Dictionary<string, string> Hints(string interviewDate, string yourName, string appliedDate) => new()
    {
        [InterviewDate] = interviewDate,
        [YourName] = yourName,
        [AppliedDate] = appliedDate,
    };
}
