using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The cues' word prefilter may only ever skip an automaton that would not have matched: its words are read from the
/// pattern correctly, a text holding a cue's phrase always passes it (six languages, any case, letters the regex
/// engine folds differently), and it is in force for most cues.
/// </summary>
public sealed class RequiredWordsTests
{
    private static readonly string[] CuePhrases =
    [
        "Hi Sam,\nThank you for applying to the Data Analyst role. We have received your application and will review your profile.",
        "Unfortunately we have decided not to move forward with your application. We wish you the best in your search.",
        "We would like to invite you to an interview. Please share your availability for a quick call next week.",
        "I'd love to have a quick chat about the role. Would you be free for a coffee on Tuesday?",
        "We are delighted to offer you the position. Your offer letter and proposed start date are attached.",
        "Please complete the coding challenge on HackerRank within 72 hours. Pick a time: calendly.com/dana",
        "Next steps: a final round interview on-site with the team.",
        "Job alert: 12 new jobs for you matching 'analyst'. Unsubscribe or manage your alerts.",
        "Exclusive offer: 20% off with promo code SPRING, free shipping this weekend only.",
        "Your rental application for the apartment was approved by the landlord.",
        "One of our clients is hiring. Pay rate $65/hr, C2C or W2. Know someone? Referral bonus!",
        "I am pleased to accept your offer and look forward to my first day. Following up on my application.",
        "Your annual pay review: your new salary takes effect in April. Performance review meeting next week.",
        "Reminder: your appointment with Dr Patel is on Monday at 10:00. Parents' evening is on Thursday.",
        "Congratulations, your scholarship application was successful. The grant decision is attached.",
        "We regret to withdraw our offer of employment; the position was offered to another candidate.",
        "Your resume was not selected for this role. We've filled the position.",
        "Can you come in on Monday at 5 to meet the owner? It's $17 an hour, can you start on the 4th?",
        "Interviews will be held in March. We got your application and will be in touch.",
        "Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.",
        "Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Hätten Sie Zeit für ein kurzes Telefonat?",
        "Wir freuen uns, Ihnen die Stelle anzubieten. Ihr erster Arbeitstag ist der 1. März. Gehalt 52.000 € brutto.",
        "Ich nehme Ihr Angebot gerne an. Terminerinnerung: Zahnreinigung am Montag.",
        "Merci pour votre candidature. Nous avons bien reçu votre candidature et reviendrons vers vous.",
        "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.",
        "Nous souhaitons vous proposer un entretien. Quelles sont vos disponibilités ? Je vous propose un premier échange.",
        "Nous avons le plaisir de vous proposer le poste. Votre date de prise de poste est le 2 mai.",
        "Gracias por tu candidatura. Hemos recibido tu CV y lo revisaremos.",
        "Lamentablemente hemos decidido continuar con otros candidatos.",
        "Nos gustaría invitarte a una entrevista. ¿Tendrías un rato para hablar esta semana?",
        "Nos complace ofrecerte el puesto. La fecha de incorporación es el lunes.",
        "Bedankt voor je sollicitatie. Je sollicitatie is in goede orde ontvangen.",
        "Helaas hebben we besloten om niet verder te gaan met je sollicitatie.",
        "Graag nodigen we je uit voor een sollicitatiegesprek. Zou je tijd hebben voor een kennismaking?",
        "We bieden je graag de functie aan. Je eerste werkdag is 1 juni; startdatum volgt.",
        "Obrigado pela sua candidatura. Recebemos a sua candidatura e entraremos em contato.",
        "Infelizmente decidimos seguir com outros candidatos.",
        "Gostaríamos de te convidar para uma entrevista. Tem disponibilidade para uma conversa rápida?",
        "Temos o prazer de oferecer-lhe a vaga. A data de início é segunda-feira.",
        "Meeting notes: nothing here is about work; lunch on Sunday with the family.",
    ];

    private static IEnumerable<Cue> EveryCue => Cues.All.Concat(Cues.PlainWordCues);

    private static readonly Cue[][] Lists = [[.. Cues.All], Cues.PlainWordCues];

    [Fact]
    public void A_branch_gives_its_longest_fixed_run_or_its_group_whichever_has_the_longer_shortest_word()
    {
        var words = RequiredWords.Of("thanks? (you )?for (your )?(applying|application)|we('ve| have) received your (cv|resume)");

        Assert.NotNull(words);
        Assert.Equal(["applying", "application", " received your "], words.Words);
    }

    [Theory]
    [InlineData("""[$€£]\s?\d|salary""")]
    [InlineData("""interview|\d+ new jobs|ab""")]
    [InlineData("""(?=interview)interview""")]
    [InlineData("""interview)""")]
    [InlineData("""(interview|)call""")]
    public void A_pattern_with_a_branch_without_a_fixed_word_or_of_unread_syntax_gets_no_prefilter(string pattern)
    {
        var words = RequiredWords.Of(pattern);

        if (pattern == """(interview|)call""")
        {
            // "call" holds in every match even though the group's empty branch has no word.
            Assert.Equal(["call"], words!.Words);
        }
        else
        {
            Assert.Null(words);
        }
    }

    [Fact]
    public void Most_cues_have_a_prefilter()
    {
        var withWords = EveryCue.Count(c => c.Words is not null);

        Assert.True(withWords >= EveryCue.Count() - 4, $"{withWords} of {EveryCue.Count()} cues have required words");
    }

    [Fact]
    public void A_text_holding_a_cue_phrase_is_always_given_to_the_cue_in_six_languages_and_any_case()
    {
        var matched = 0;
        foreach (var cues in Lists)
        {
            var scan = new CueWordScan(cues);
            foreach (var text in CuePhrases.Concat(CuePhrases.Select(t => t.ToUpperInvariant())).Concat(CuePhrases.Select(Kelvin)))
            {
                var candidates = scan.Candidates(text);
                for (var i = 0; i < cues.Length; i++)
                {
                    var matches = cues[i].Pattern.IsMatch(text);
                    matched += matches ? 1 : 0;
                    Assert.True(!matches || (candidates & 1UL << i) != 0, $"{cues[i].Signal} ({cues[i].Reason}) skipped on: {text}");
                }

                Assert.Equal(cues.Where(c => c.Pattern.IsMatch(text)), scan.Matching(text));
            }
        }

        Assert.True(matched > 150, $"only {matched} cue matches: the phrases no longer exercise the cues");
    }

    [Fact]
    public void A_text_without_any_cue_word_rules_out_most_cues()
    {
        const string text = "Lunch on Sunday? Grandma is bringing the cake, and the kids want to see the new bikes.";

        var candidates = new CueWordScan([.. Cues.All]).Candidates(text);

        Assert.True(ulong.PopCount(candidates) <= (ulong)Cues.All.Count / 3, $"{ulong.PopCount(candidates)} of {Cues.All.Count} cues left to read");
    }

    [Fact]
    public void A_word_anywhere_and_overlapping_another_is_found()
    {
        var scan = new CueWordScan([.. Cues.All]);
        var offer = Cues.All.ToList().FindIndex(c => c.Signal == Cues.Offer);

        var candidates = scan.Candidates(new string('x', 5000) + " xxjob offerx letter");

        Assert.NotEqual(0UL, candidates & 1UL << offer);
    }

    /// <summary>
    /// Every UTF-16 unit the regex engine (IgnoreCase, CultureInvariant) matches to a letter of some cue word, but which
    /// ordinal case folding does not equate with any of them, must make the prefilter step aside.
    /// </summary>
    [Fact]
    public void Every_letter_the_regex_engine_folds_unlike_ordinal_case_folding_is_listed()
    {
        var letters = EveryCue.Where(c => c.Words is not null).SelectMany(c => c.Words!.Words).SelectMany(w => w).Distinct().ToArray();
        var any = new Regex("[" + Regex.Escape(new string(letters)).Replace("]", "\\]", StringComparison.Ordinal).Replace("-", "\\-", StringComparison.Ordinal) + "]",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var missing = new List<int>();

        for (var unit = 0; unit <= char.MaxValue; unit++)
        {
            var text = ((char)unit).ToString();
            if (any.IsMatch(text) && !letters.Any(l => string.Equals(l.ToString(), text, StringComparison.OrdinalIgnoreCase)) &&
                !RequiredWords.UnfoldedLetters.Contains((char)unit, StringComparison.Ordinal))
            {
                missing.Add(unit);
            }
        }

        Assert.Empty(missing.Select(u => $"U+{u:X4}"));
    }

    [Fact]
    public void A_text_spelled_with_the_kelvin_sign_still_finds_its_cue()
    {
        var assessment = Cues.All.First(c => c.Signal == Cues.Assessment);
        const string text = "Please complete the Hac\u212AerRan\u212A test by Friday.";

        Assert.Matches(assessment.Pattern, text);
        Assert.Contains(assessment, Cues.Matching(text));
    }

    private static string Kelvin(string text) => text.Replace('k', '\u212A').Replace('K', '\u212A');
}
