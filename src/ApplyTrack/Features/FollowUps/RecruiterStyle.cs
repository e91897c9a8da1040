using System.Text.RegularExpressions;
using ApplyTrack.Classification;
using ApplyTrack.Features.Rules;

namespace ApplyTrack.Features.FollowUps;

public enum Register
{
    Casual,
    Formal,
}

/// <summary>
/// How a recruiter writes, read from one email in memory: language, formality (0 casual … 100 formal), the form of the
/// greeting and sign-off (from closed lists, so nothing they wrote beyond those words is kept), the first name they sign
/// with when the sender is a person, and the length. Only these few values are stored; the text never is.
/// </summary>
public sealed partial record RecruiterStyle(string Language, int Formality, string? Greeting, string? SignOff, string? FirstName, int Words)
{
    public const int FormalFrom = 50;

    public Register Register => Formality >= FormalFrom ? Register.Formal : Register.Casual;

    public static RecruiterStyle Read(EmailInput email, string? company = null)
    {
        var lines = OwnText.Lines(email);
        var text = string.Join('\n', lines);
        var language = MailLanguage.Detect(null, text) ?? LanguageOfGreeting(lines) ?? "en";
        var greeting = GreetingOf(lines, language);
        var signOff = SignOffOf(lines, language, out var signOffIndex);
        var words = Word().Count(text);
        return new RecruiterStyle(
            language,
            Score(text, lines, language, greeting, signOff),
            greeting?.Text,
            signOff?.Text,
            FirstNameOf(email.From, lines, signOffIndex, company),
            (int)Math.Round(words / 10.0, MidpointRounding.AwayFromZero) * 10);
    }

    /// <summary>A greeting or sign-off form, its language and how formal it sounds (+ formal, − casual, 0 either).</summary>
    internal sealed record StyleForm(string Language, string Text, int Weight);

    // Longest first within a language, so "Sehr geehrte" wins over nothing and "Hi" does not match "Hiring".
    internal static readonly StyleForm[] Greetings =
    [
        new StyleForm("en", "Dear", 25), new StyleForm("en", "Good morning", 5), new StyleForm("en", "Good afternoon", 5), new StyleForm("en", "Hello", 0), new StyleForm("en", "Hey", -30), new StyleForm("en", "Hi", -20),
        new StyleForm("de", "Sehr geehrte Damen und Herren", 35), new StyleForm("de", "Sehr geehrter", 35), new StyleForm("de", "Sehr geehrte", 35), new StyleForm("de", "Guten Tag", 10),
        new StyleForm("de", "Liebe", -15), new StyleForm("de", "Lieber", -15), new StyleForm("de", "Hallo", -15), new StyleForm("de", "Moin", -30), new StyleForm("de", "Hi", -25),
        new StyleForm("fr", "Madame, Monsieur", 35), new StyleForm("fr", "Madame", 30), new StyleForm("fr", "Monsieur", 30), new StyleForm("fr", "Chère", 5), new StyleForm("fr", "Cher", 5), new StyleForm("fr", "Bonjour", 0), new StyleForm("fr", "Salut", -35), new StyleForm("fr", "Coucou", -40),
        new StyleForm("nl", "Geachte", 35), new StyleForm("nl", "Beste", 0), new StyleForm("nl", "Goedemorgen", 5), new StyleForm("nl", "Hallo", -15), new StyleForm("nl", "Hoi", -30), new StyleForm("nl", "Hey", -30),
        new StyleForm("es", "Estimada", 30), new StyleForm("es", "Estimado", 30), new StyleForm("es", "Estimados", 30), new StyleForm("es", "Buenos días", 10), new StyleForm("es", "Buenas tardes", 10), new StyleForm("es", "Hola", -15), new StyleForm("es", "Qué tal", -30),
        new StyleForm("pt", "Prezada", 35), new StyleForm("pt", "Prezado", 35), new StyleForm("pt", "Prezados", 35), new StyleForm("pt", "Caro", 15), new StyleForm("pt", "Cara", 15), new StyleForm("pt", "Bom dia", 10), new StyleForm("pt", "Boa tarde", 10), new StyleForm("pt", "Olá", -10), new StyleForm("pt", "Oi", -30),
    ];

    internal static readonly StyleForm[] SignOffs =
    [
        new StyleForm("en", "Yours sincerely", 35), new StyleForm("en", "Sincerely", 30), new StyleForm("en", "Kind regards", 20), new StyleForm("en", "Best regards", 15), new StyleForm("en", "Warm regards", 10),
        new StyleForm("en", "Regards", 15), new StyleForm("en", "With best wishes", 10), new StyleForm("en", "Best wishes", 0), new StyleForm("en", "Looking forward to speaking", -5), new StyleForm("en", "Best", -15), new StyleForm("en", "Cheers", -30),
        new StyleForm("en", "Thanks!", -25), new StyleForm("en", "Talk soon", -25), new StyleForm("en", "Thanks", -10),
        new StyleForm("de", "Mit freundlichen Grüßen", 35), new StyleForm("de", "Freundliche Grüße", 25), new StyleForm("de", "Beste Grüße", 0), new StyleForm("de", "Viele Grüße", -15), new StyleForm("de", "Liebe Grüße", -30), new StyleForm("de", "LG", -35), new StyleForm("de", "Gruß", -20), new StyleForm("de", "Grüße", -15),
        new StyleForm("fr", "Veuillez agréer", 40), new StyleForm("fr", "Bien cordialement", 25), new StyleForm("fr", "Cordialement", 25), new StyleForm("fr", "Bien à vous", 20), new StyleForm("fr", "Belle journée", -15), new StyleForm("fr", "Bonne journée", -10), new StyleForm("fr", "À bientôt", -25), new StyleForm("fr", "A bientôt", -25), new StyleForm("fr", "Bises", -40), new StyleForm("fr", "À plus", -40),
        new StyleForm("nl", "Met vriendelijke groet", 30), new StyleForm("nl", "Met vriendelijke groeten", 30), new StyleForm("nl", "Hoogachtend", 40), new StyleForm("nl", "Vriendelijke groet", 20), new StyleForm("nl", "Groetjes", -35), new StyleForm("nl", "Groeten", -15), new StyleForm("nl", "Groet", -10), new StyleForm("nl", "Tot snel", -30),
        new StyleForm("es", "Atentamente", 35), new StyleForm("es", "Un cordial saludo", 25), new StyleForm("es", "Cordialmente", 25), new StyleForm("es", "Saludos cordiales", 20), new StyleForm("es", "Un saludo", -5), new StyleForm("es", "Saludos", -10), new StyleForm("es", "Un abrazo", -35), new StyleForm("es", "Besos", -40), new StyleForm("es", "Hasta pronto", -25),
        new StyleForm("pt", "Atenciosamente", 35), new StyleForm("pt", "Com os melhores cumprimentos", 30), new StyleForm("pt", "Cordialmente", 25), new StyleForm("pt", "Cumprimentos", 20), new StyleForm("pt", "Um abraço", -30), new StyleForm("pt", "Abraços", -30), new StyleForm("pt", "Abs", -40), new StyleForm("pt", "Beijos", -40), new StyleForm("pt", "Até breve", -20),
    ];

    // Polite and familiar "you" (T–V), per language: each occurrence moves the score (capped).
    private static readonly Dictionary<string, (Regex Formal, Regex Casual)> Pronouns = new()
    {
        ["de"] = (new(@"(?<![.!?]\s)\b(Sie|Ihnen|Ihre[mnrs]?|Ihr)\b", RegexOptions.CultureInvariant), new(@"\b(du|dich|dir|dein(e[mnrs]?)?|euch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
        ["fr"] = (new(@"\b(vous|votre|vos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), new(@"\b(tu|toi|ton|ta|tes|t'|te)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
        ["nl"] = (new(@"\b(u|uw)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), new(@"\b(je|jij|jou|jouw|jullie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
        ["es"] = (new(@"\b(usted|ustedes|le|su|sus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), new(@"\b(tú|te|tu|tus|ti|contigo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
        ["pt"] = (new(@"\b(o senhor|a senhora|V\. ?S\w*\.?|vossa)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), new(@"\b(tu|te|teu|tua|contigo|valeu|beleza|tudo bem)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
        ["en"] = (new(@"\b(would be grateful|please do not hesitate|we are pleased|kindly|at your earliest convenience)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                  new(@"\b(I'm|we're|you're|let's|don't|can't|won't|I'll|we'll|you'll|it's|that's|gonna|awesome|super|no worries)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
    };

    private static readonly string[] OrganisationWords =
    [
        "team", "careers", "career", "talent", "recruiting", "recruitment", "jobs", "hr", "people", "hiring", "no-reply", "noreply", "notifications",
        "acquisition", "corporation", "inc", "ltd", "gmbh", "bank", "health", "group", "support", "info", "service", "services", "recrutement", "personal",
    ];

    // "Sanne de Vries", "Ludwig van der Berg", "Ana dos Santos": lower-case particles belong to surnames.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "van", "der", "den", "von", "da", "das", "dos", "do", "del", "la", "le", "di", "du", "ten", "ter", "zu", "y", "e" };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "Dr", "Prof", "Mr", "Mrs", "Ms", "Mag", "Ing", "Drs", "Ir", "Mr.", "Sr", "Sra" };

    private static int Score(string text, IReadOnlyList<string> lines, string language, StyleForm? greeting, StyleForm? signOff)
    {
        var score = 50 + (greeting?.Weight ?? 0) + (signOff?.Weight ?? 0);
        if (Pronouns.TryGetValue(language, out var pronouns))
        {
            score += Math.Min(pronouns.Formal.Count(text), 3) * 8;
            score -= Math.Min(pronouns.Casual.Count(text), 3) * 8;
        }
        // A title after the greeting ("Dear Ms Morgan", "Sehr geehrte Frau Morgan", "Estimado Sr. Morgan") is formal.
        if (lines.Count > 0 && Title().IsMatch(lines[0]))
        {
            score += 15;
        }
        score -= Math.Min(text.Count(c => c == '!'), 3) * 4;
        score -= Emoji().IsMatch(text) ? 15 : 0;
        return Math.Clamp(score, 0, 100);
    }

    private static StyleForm? GreetingOf(IReadOnlyList<string> lines, string language)
    {
        if (lines.Count == 0)
        {
            return null;
        }
        var first = lines[0];
        return Greetings.Where(g => g.Language == language).Concat(Greetings.Where(g => g.Language != language))
            .FirstOrDefault(g => first.StartsWith(g.Text, StringComparison.OrdinalIgnoreCase)
                                 && (first.Length == g.Text.Length || !char.IsLetter(first[g.Text.Length])));
    }

    private static string? LanguageOfGreeting(IReadOnlyList<string> lines) => GreetingOf(lines, "en")?.Language;

    /// <summary>The sign-off among the last lines (looked for from the end), and the index of its line.</summary>
    private static StyleForm? SignOffOf(IReadOnlyList<string> lines, string language, out int index)
    {
        var ofLanguage = SignOffs.Where(s => s.Language == language).Concat(SignOffs.Where(s => s.Language != language)).ToList();
        for (index = lines.Count - 1; index >= Math.Max(1, lines.Count - 6); index--)
        {
            var line = lines[index].TrimStart('—', '–', '-', ' ');
            // A sign-off line is short: "Best regards," not a sentence that happens to start with "Best".
            if (line.Length > 60)
            {
                continue;
            }
            if (ofLanguage.FirstOrDefault(s => line.StartsWith(s.Text, StringComparison.OrdinalIgnoreCase)
                                              && (line.Length == s.Text.Length || !char.IsLetter(line[s.Text.Length]))) is { } found)
            {
                return found;
            }
        }
        index = -1;
        return null;
    }

    /// <summary>
    /// The first name the recruiter goes by, when the sender is a person: the display name's first word, confirmed by the
    /// address ("priya.raman@…") or by the signature, and not part of an organisation's name ("Northwind Traders Talent Team").
    /// </summary>
    internal static string? FirstNameOf(string? from, IReadOnlyList<string> lines, int signOffIndex, string? company)
    {
        var match = DisplayName().Match(from ?? "");
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value.Trim().Trim('"', '\'');
        var address = match.Groups["address"].Value.ToLowerInvariant();
        // "Sam Rivera (Contoso)": the part in brackets names the employer.
        var paren = name.IndexOf('(');
        name = (paren > 0 ? name[..paren] : name).Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => Titles.Contains(w.TrimEnd('.'))).ToArray();
        if (words.Length is < 1 or > 4 || words.Any(w => OrganisationWords.Contains(w.ToLowerInvariant().Trim(',', '.'))) || !words.All(w => IsNameWord(w) || Particles.Contains(w)) || !IsNameWord(words[0]))
        {
            return null;
        }
        var first = words[0];
        if (company is not null && company.Contains(first, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var local = address.Contains('@') ? address[..address.IndexOf('@')] : "";
        var signed = lines.Skip(Math.Max(0, signOffIndex < 0 ? lines.Count - 3 : signOffIndex)).Any(l => l.StartsWith(first, StringComparison.Ordinal));
        return local.Contains(Fold(first), StringComparison.Ordinal) || signed ? first : null;
    }

    private static bool IsNameWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '.');

    /// <summary>"José" → "jose", for comparing with an address.</summary>
    private static string Fold(string name)
    {
        var decomposed = name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }

    [GeneratedRegex("""^\s*(?<name>[^<]*?)\s*<(?<address>[^<>\s]+@[^<>\s]+)>""")]
    private static partial Regex DisplayName();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\S+(\s\S+)?\s+(Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Monsieur|Madame|meneer|mevrouw|heer|Sr|Sra|Srta|Senhor|Senhora|Dra?)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"[\u2600-\u27BF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDE4F]|\uD83D[\uDE80-\uDEFF]|\uD83E[\uDD00-\uDDFF]")]
    private static partial Regex Emoji();
}
