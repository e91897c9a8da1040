using Lingua;

namespace ApplyTrack.Features.Rules;

/// <summary>
/// The language an email is written in, for rules that ask (Lingua, over the six languages the classifier reads; the
/// models ship with the app and load on first use). The text is only looked at, in memory.
/// </summary>
public static class MailLanguage
{
    /// <summary>The ISO 639-1 codes a rule may name, with their names for the editor.</summary>
    public static readonly IReadOnlyDictionary<string, string> Supported = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English",
        ["de"] = "German",
        ["fr"] = "French",
        ["es"] = "Spanish",
        ["nl"] = "Dutch",
        ["pt"] = "Portuguese",
    };

    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages(Language.English, Language.German, Language.French, Language.Spanish, Language.Dutch, Language.Portuguese)
        .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"))
        .Build());

    /// <summary>"en", "de", …; null when the text is too short or too mixed to tell.</summary>
    public static string? Detect(string? subject, string? body)
    {
        var text = $"{subject}\n{(body is { Length: > 2000 } ? body[..2000] : body)}";
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var language = Detector.Value.DetectLanguageOf(text);
        return language == Language.Unknown ? null : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }
}
