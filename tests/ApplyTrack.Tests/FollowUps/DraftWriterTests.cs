using System.Text.RegularExpressions;
using ApplyTrack.Features.FollowUps;

namespace ApplyTrack.Tests.FollowUps;

/// <summary>The offline draft generator: the right facts, the right language and register, for every scenario.</summary>
public sealed class DraftWriterTests
{
    private static readonly DateTimeOffset Applied = new(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Interview = new(2026, 11, 12, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ReplyBy = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    // Words only a formal (or only a casual) text in each language uses: the polite or familiar "you" and the sign-off.
    private static readonly Dictionary<(string, Register), string[]> Markers = new()
    {
        [("en", Register.Formal)] = ["Dear Priya Raman,", "Kind regards,"],
        [("en", Register.Casual)] = ["Hi Priya,", "Best,"],
        [("de", Register.Formal)] = ["Guten Tag Priya Raman,", "Mit freundlichen Grüßen,"],
        [("de", Register.Casual)] = ["Hallo Priya,", "Viele Grüße,"],
        [("fr", Register.Formal)] = ["Bonjour Priya Raman,", "Cordialement,"],
        [("fr", Register.Casual)] = ["Bonjour Priya,", "À bientôt,"],
        [("nl", Register.Formal)] = ["Geachte Priya Raman,", "Met vriendelijke groet,"],
        [("nl", Register.Casual)] = ["Hoi Priya,", "Groetjes,"],
        [("es", Register.Formal)] = ["Buenos días, Priya Raman:", "Atentamente,"],
        [("es", Register.Casual)] = ["Hola, Priya:", "Un saludo,"],
        [("pt", Register.Formal)] = ["Bom dia, Priya Raman,", "Atenciosamente,"],
        [("pt", Register.Casual)] = ["Olá, Priya,", "Abraços,"],
    };

    private static readonly Dictionary<(string, Register), Regex> Forbidden = new()
    {
        [("de", Register.Formal)] = new(@"\b(du|dir|dich|dein)\b"),
        [("de", Register.Casual)] = new(@"\b(Ihnen|Ihr|Ihre)\b"),
        [("fr", Register.Formal)] = new(@"\b(tu|toi|ton|te)\b"),
        [("fr", Register.Casual)] = new(@"\b(vous|votre)\b"),
        [("nl", Register.Formal)] = new(@"\b(je|jij|jou)\b"),
        [("nl", Register.Casual)] = new(@"\b(u|uw)\b"),
        [("es", Register.Formal)] = new(@"\b(tú|te|tu|necesitas)\b"),
        [("es", Register.Casual)] = new(@"\b(usted|su|le)\b"),
        [("pt", Register.Formal)] = new(@"\b(você|te|valeu)\b", RegexOptions.IgnoreCase),
        [("en", Register.Formal)] = new(@"\b(I'm|Thanks|Hi)\b"),
    };

    public static TheoryData<string, FollowUpKind, Register> Cases()
    {
        var data = new TheoryData<string, FollowUpKind, Register>();
        foreach (var language in DraftPhrases.Languages)
        {
            foreach (var kind in FollowUpKindNames.All)
            {
                data.Add(language, kind, Register.Formal);
                data.Add(language, kind, Register.Casual);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_scenario_language_and_register_names_the_facts_in_the_right_register(string language, FollowUpKind kind, Register register)
    {
        var facts = Facts(kind, language, register);

        var draft = DraftWriter.Write(facts);

        Assert.Equal(language, draft.Language);
        Assert.Equal("phrases", draft.Generator);
        Assert.Contains("Northwind Traders", draft.Body);
        Assert.Contains("Senior Product Manager", draft.Body);
        Assert.Contains("Senior Product Manager", draft.Subject);
        Assert.EndsWith("Alex Morgan", draft.Body);
        foreach (var marker in Markers[(language, register)])
        {
            Assert.Contains(marker, draft.Body);
        }
        if (Forbidden.TryGetValue((language, register), out var forbidden))
        {
            Assert.False(forbidden.IsMatch(draft.Body), $"{language} {register} {kind} says “{forbidden.Match(draft.Body).Value}”:\n{draft.Body}");
        }
        Assert.DoesNotMatch(@"[\[\]{}]", draft.Body);
        Assert.DoesNotContain("  ", draft.Body);
    }

    [Theory]
    [InlineData("en", "3 November")]
    [InlineData("de", "3. November")]
    [InlineData("fr", "3 novembre")]
    [InlineData("nl", "3 november")]
    [InlineData("es", "3 de noviembre")]
    [InlineData("pt", "3 de novembro")]
    public void Dates_are_written_the_way_the_language_writes_them(string language, string applied)
    {
        var checkIn = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterApplying, language, Register.Formal) with { Variant = 0 });
        var offer = DraftWriter.Write(Facts(FollowUpKind.OfferReply, language, Register.Formal));

        Assert.Contains(applied, checkIn.Body);
        Assert.Contains(ReplyBy.ToString("M", System.Globalization.CultureInfo.GetCultureInfo(DraftPhrases.Of[language].Culture)), offer.Body);
    }

    [Fact]
    public void A_missing_date_drops_its_phrase_rather_than_leaving_a_gap()
    {
        var draft = DraftWriter.Write(Facts(FollowUpKind.OfferReply, "en", Register.Formal) with { ReplyBy = null });

        Assert.Contains("will give you my answer.", draft.Body);
        Assert.DoesNotContain(" by ", draft.Body);
    }

    [Fact]
    public void The_recruiters_own_greeting_and_sign_off_come_back_when_they_fit_the_register()
    {
        var draft = DraftWriter.Write(Facts(FollowUpKind.ThankYou, "en", Register.Casual) with { RecruiterGreeting = "Hello", RecruiterSignOff = "Cheers" });
        var formal = DraftWriter.Write(Facts(FollowUpKind.ThankYou, "de", Register.Formal) with { RecruiterGreeting = "Hallo", RecruiterSignOff = "Liebe Grüße" });

        Assert.StartsWith("Hello Priya,", draft.Body);
        Assert.Contains("\nCheers,\n", draft.Body);
        Assert.StartsWith("Guten Tag Priya Raman,", formal.Body);
        Assert.Contains("Mit freundlichen Grüßen,", formal.Body);
    }

    [Fact]
    public void A_short_email_gets_a_short_reply()
    {
        var longer = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterInterview, "en", Register.Formal) with { RecruiterWords = 150 });
        var shorter = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterInterview, "en", Register.Formal) with { RecruiterWords = 40 });

        Assert.True(shorter.Body.Length < longer.Body.Length - 60, $"{shorter.Body.Length} vs {longer.Body.Length}");
        Assert.DoesNotContain("I look forward to hearing from you.", shorter.Body);
    }

    [Fact]
    public void Without_a_recruiter_name_the_team_is_greeted_and_german_goes_on_in_lower_case()
    {
        var english = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterApplying, "en", Register.Casual) with { RecruiterFirstName = null, RecruiterFullName = null });
        var german = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterApplying, "de", Register.Formal) with { RecruiterFirstName = null, RecruiterFullName = null });

        Assert.StartsWith("Hi Northwind Traders team,", english.Body);
        Assert.StartsWith("Sehr geehrte Damen und Herren,\n\nich ", german.Body);
    }

    [Theory]
    [InlineData("en", "the position at Northwind Traders")]
    [InlineData("de", "die Position bei Northwind Traders")]
    [InlineData("fr", "au poste chez Northwind Traders")]
    [InlineData("nl", "functie bij Northwind Traders")]
    [InlineData("es", "puesto en Northwind Traders")]
    [InlineData("pt", "vaga na Northwind Traders")]
    public void A_role_the_emails_never_named_is_left_out(string language, string phrase)
    {
        var draft = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterApplying, language, Register.Formal) with { Role = "", Variant = 0 });

        Assert.Contains(phrase, draft.Body);
        Assert.DoesNotContain("  ", draft.Body);
        Assert.DoesNotContain("–", draft.Subject);
    }

    [Fact]
    public void A_reply_keeps_the_recruiters_subject()
    {
        var reply = DraftWriter.Write(Facts(FollowUpKind.OfferReply, "en", Register.Casual) with { ReplySubject = "Your offer from Northwind Traders" });
        var already = DraftWriter.Write(Facts(FollowUpKind.OfferReply, "en", Register.Casual) with { ReplySubject = "RE: Your offer from Northwind Traders" });

        Assert.Equal("Re: Your offer from Northwind Traders", reply.Subject);
        Assert.Equal("RE: Your offer from Northwind Traders", already.Subject);
    }

    [Fact]
    public void The_english_round_is_named()
    {
        var draft = DraftWriter.Write(Facts(FollowUpKind.CheckInAfterInterview, "en", Register.Formal) with { Round = "Technical interview", Variant = 0 });

        Assert.Contains("the technical interview on 12 November", draft.Body);
    }

    private static DraftFacts Facts(FollowUpKind kind, string language, Register register) => new(
        kind, language, register, "Northwind Traders", "Senior Product Manager",
        RecruiterFirstName: "Priya", RecruiterFullName: "Priya Raman", RecruiterWords: 150,
        AppliedOn: Applied, InterviewOn: Interview, ReplyBy: ReplyBy, SignatureName: "Alex Morgan", Variant: 1);
}
