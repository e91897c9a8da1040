using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// The default draft generator: offline, no model. Composes the phrase blocks of the scenario, language and register
/// (<see cref="DraftPhrases"/>) with the application's facts: greeting and sign-off as the recruiter wrote them when the
/// form fits the register, their first name (casual) or full name (formal), a short reply to a short email.
/// </summary>
public static partial class DraftWriter
{
    public const string Generator = "phrases";

    public static Draft Write(DraftFacts facts)
    {
        var language = DraftPhrases.Of.ContainsKey(facts.Language) ? facts.Language : "en";
        var manners = DraftPhrases.Of[language];
        var culture = CultureInfo.GetCultureInfo(manners.Culture);
        var block = DraftPhrases.Blocks[(language, facts.Kind, facts.Register)];
        var values = new Dictionary<string, string?>
        {
            ["company"] = facts.Company,
            ["role"] = facts.Role,
            ["round"] = language == "en" && !string.IsNullOrWhiteSpace(facts.Round) ? facts.Round.ToLowerInvariant() : manners.Interview,
            ["date"] = DateOf(facts, culture),
            ["replyBy"] = facts.ReplyBy?.ToString("M", culture),
        };

        var body = new StringBuilder();
        body.Append(Greeting(facts, manners, values)).Append("\n\n");
        var opening = Fill(block.Openings[Math.Abs(facts.Variant) % block.Openings.Length], values);
        if (manners.LowercaseAfterGreeting)
        {
            // German goes on in lower case after "Hallo Priya," (every German opening starts with a verb, adverb or "ich").
            opening = char.ToLower(opening[0], culture) + opening[1..];
        }
        body.Append(opening).Append(' ').Append(Fill(block.Ask, values));
        if (!facts.Short)
        {
            body.Append(' ').Append(Fill(block.Extra, values));
        }
        body.Append("\n\n");
        if (!facts.Short)
        {
            var closings = facts.Register == Register.Formal ? manners.FormalClosings : manners.CasualClosings;
            body.Append(closings[Math.Abs(facts.Variant) % closings.Length]).Append("\n\n");
        }
        body.Append(SignOff(facts, language, manners)).Append(',').Append('\n');
        body.Append(string.IsNullOrWhiteSpace(facts.SignatureName) ? "" : facts.SignatureName);

        var subject = facts.ReplySubject is { Length: > 0 } reply
            ? (ReplyPrefix().IsMatch(reply) ? reply : "Re: " + reply)
            : Fill(DraftPhrases.Subjects[(language, facts.Kind)], values);
        return new Draft(subject, body.ToString().TrimEnd(), language, facts.Register, Generator);
    }

    private static string? DateOf(DraftFacts facts, CultureInfo culture) => (facts.Kind switch
    {
        FollowUpKind.CheckInAfterApplying => facts.AppliedOn,
        FollowUpKind.ThankYou or FollowUpKind.CheckInAfterInterview => facts.InterviewOn,
        _ => null,
    })?.ToString("M", culture);

    private static string Greeting(DraftFacts facts, DraftPhrases.Manners manners, Dictionary<string, string?> values)
    {
        var formal = facts.Register == Register.Formal;
        var name = formal ? facts.RecruiterFullName ?? facts.RecruiterFirstName : facts.RecruiterFirstName;
        if (name is null)
        {
            return Fill(formal ? manners.FormalGreetingNoName : manners.CasualGreetingNoName, values) + manners.GreetingEnd;
        }
        // The recruiter's own greeting, when it is one we can return without knowing their gender and it fits the register.
        var theirs = manners.MirroredGreetings.FirstOrDefault(g => string.Equals(g, facts.RecruiterGreeting, StringComparison.OrdinalIgnoreCase));
        var fits = theirs is not null && RecruiterStyle.Greetings.FirstOrDefault(g => g.Text == theirs && g.Language == facts.Language) is { } form
                   && (formal ? form.Weight >= 0 : form.Weight <= 0);
        if (fits)
        {
            var separator = manners.GreetingEnd == ":" || manners.Culture.StartsWith("pt", StringComparison.Ordinal) ? ", " : " ";
            return theirs + separator + name + manners.GreetingEnd;
        }
        values["full"] = name;
        values["first"] = name;
        return Fill(formal ? manners.FormalGreeting : manners.CasualGreeting, values) + manners.GreetingEnd;
    }

    private static string SignOff(DraftFacts facts, string language, DraftPhrases.Manners manners)
    {
        var formal = facts.Register == Register.Formal;
        var theirs = RecruiterStyle.SignOffs.FirstOrDefault(s => s.Language == language && string.Equals(s.Text, facts.RecruiterSignOff, StringComparison.OrdinalIgnoreCase));
        // Their sign-off, if it suits a reply in this register ("Cheers" back to "Cheers", never to "Mit freundlichen Grüßen").
        if (theirs is not null && (formal ? theirs.Weight >= 15 : theirs.Weight is <= 0 and >= -30) && !theirs.Text.StartsWith("Looking", StringComparison.Ordinal)
            && !theirs.Text.StartsWith("Veuillez", StringComparison.Ordinal) && !theirs.Text.EndsWith('!'))
        {
            return theirs.Text;
        }
        return formal ? manners.FormalSignOff : manners.CasualSignOff;
    }

    /// <summary>Replaces the placeholders; a [part] is kept only when every placeholder in it has a value.</summary>
    internal static string Fill(string template, IReadOnlyDictionary<string, string?> values)
    {
        var withOptional = Optional().Replace(template, m =>
            Placeholder().Matches(m.Groups[1].Value).All(p => values.GetValueOrDefault(p.Groups[1].Value) is { Length: > 0 }) ? m.Groups[1].Value : "");
        return Placeholder().Replace(withOptional, m => values.GetValueOrDefault(m.Groups[1].Value) ?? "");
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Optional();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(re|aw|sv|antw|r|rép|res)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
