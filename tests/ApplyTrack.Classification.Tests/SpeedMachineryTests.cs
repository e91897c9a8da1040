using System.Text;
using System.Text.RegularExpressions;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The speed work's shortcuts must give the answers of the code they stand in for: the one-pass prefilters before the
/// backtracking scans, the allocation-free vendor suffix test, the ASCII fold, and the per-thread caches of extraction.
/// </summary>
public sealed class SpeedMachineryTests
{
    private static readonly string[] Texts =
    [
        "",
        "Hi Sam,\nThanks for applying. If you are not selected, we will let you know by email.\nBest, Dana",
        "Thank you for your application. Only shortlisted candidates will be contacted.",
        "Unfortunately we will not move forward with your application.",
        "Si votre candidature n'est pas retenue, vous ne recevrez pas de réponse. Merci !",
        "Sollten wir uns innerhalb von zwei Wochen nicht melden, ist die Stelle vergeben.",
        "Si no recibes respuesta en 15 días, entiende que no has sido seleccionado.",
        "Als je binnen twee weken niets hoort, dan is de vacature vervuld.",
        "Caso não receba retorno em 10 dias, considere o processo encerrado.",
        "We'll get back to you either way once the panel has met.",
        "IF YOU ARE NOT SELECTED WE WILL KEEP YOUR CV ON FILE",
        "Shall we grab coffee on Saturday?\nLove, Mum",
        "Your order has shipped. Manage your email preferences or unsubscribe here.",
        "© 2025 Nova Santé. All rights reserved.\nPrivacy Policy",
        "(c) 2024 Acme Ltd\nView this email in your browser",
        "Datenschutzerklärung | Impressum\nAbbestellen",
        "Política de privacidad · Darse de baja",
        "Uitschrijven? Klik hier.\nPrivacybeleid",
        "Cancelar a inscrição\nPolítica de privacidade",
        "This message was sent to you@example.com. You are receiving this because you signed up.",
        "Meeting notes: the unsubscribed list, the copyright question (c) 19 and the privacy of policy.",
    ];

    [Fact]
    public void The_conditional_sentence_shortcut_is_in_force_and_agrees_with_the_backtracking_pattern()
    {
        var shortcut = Cues.ConditionalSentenceShortcut;

        Assert.NotNull(shortcut);
        foreach (var text in Texts.Concat(Texts.Select(t => t.ToUpperInvariant())))
        {
            Assert.Equal(Cues.ConditionalSentencePattern.IsMatch(text), Cues.MatchesAny(shortcut, text));
            Assert.Equal(Cues.ConditionalSentencePattern.Replace(text, " xxconditional "), Cues.MaskConditionals(text, out _));
        }
    }

    [Fact]
    public void The_footer_shortcut_is_in_force_and_says_no_only_where_no_line_is_a_footer_line()
    {
        var shortcut = MailTextReader.FooterLineShortcut;

        Assert.NotNull(shortcut);
        foreach (var text in Texts)
        {
            var anyLine = text.Split('\n').Any(l => MailTextReader.FooterLinePattern.IsMatch(l.Trim()));
            Assert.Equal(MailTextReader.FooterLinePattern.IsMatch(text), Cues.MatchesAny(shortcut, text));
            Assert.True(!anyLine || Cues.MatchesAny(shortcut, text), text);
        }
    }

    [Fact]
    public void An_alternation_too_large_for_one_automaton_is_split_into_parts_that_answer_the_same()
    {
        // 3,000 distinct phrases: past the NonBacktracking engine's size limit as one pattern.
        var phrases = Enumerable.Range(0, 3000).Select(i => $"phrase{i:x}(one|two)?[a-c]x").ToList();
        var alternation = string.Join('|', phrases);

        var parts = Cues.OnePass(alternation, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, "\\b(?:", ")");

        Assert.NotNull(parts);
        Assert.True(parts.Length > 1, "expected the alternation to be split");
        var whole = new Regex($"\\b(?:{alternation})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var text in new[] { "no phrase here", "see PHRASE1f twobx now", "xphrase10ax", "phrase bbb9 ax", "… phrase2ff cx.", "phrase12two" })
        {
            Assert.Equal(whole.IsMatch(text), Cues.MatchesAny(parts, text));
        }
    }

    [Theory]
    [InlineData("a|b|c", new[] { "a", "b", "c" })]
    [InlineData("(a|b)|c", new[] { "(a|b)", "c" })]
    [InlineData(@"a\|b|[|)(]|c", new[] { @"a\|b", "[|)(]", "c" })]
    [InlineData(@"[^.!?\n]*x|[]|]y", new[] { @"[^.!?\n]*x", "[]|]y" })]
    [InlineData("single", new[] { "single" })]
    public void Top_level_branches_respect_groups_escapes_and_classes(string pattern, string[] expected)
    {
        Assert.Equal(expected, Cues.TopLevelBranches(pattern));
    }

    [Theory]
    [InlineData("a)|(b")]
    [InlineData("(a|b")]
    public void Top_level_branches_refuse_an_unbalanced_part(string pattern)
    {
        Assert.Null(Cues.TopLevelBranches(pattern));
    }

    [Theory]
    [InlineData("greenhouse.io", "Greenhouse")]
    [InlineData("us.greenhouse-mail.io", "Greenhouse")]
    [InlineData("MAIL.Lever.CO", "Lever")]
    [InlineData("notgreenhouse.io", null)]
    [InlineData("greenhouse.io.example.com", null)]
    [InlineData(".lever.co", "Lever")]
    [InlineData("", null)]
    [InlineData("co", null)]
    public void Vendor_suffixes_match_whole_labels_only(string domain, string? vendor)
    {
        Assert.Equal(vendor, AtsVendors.VendorOf(domain));
    }

    [Fact]
    public void The_ascii_fold_is_the_general_fold()
    {
        var ascii = new string(Enumerable.Range(0, 128).Select(i => (char)i).ToArray());
        foreach (var text in new[] { ascii, "Acme Corp.", "Gould & Sons 1987", "", "---", "fairhavenbank", "Schäfer Druck", "Ærø Ÿ İstanbul" })
        {
            Assert.Equal(GeneralFold(text), CompanyAndRole.Fold(text));
        }
    }

    [Fact]
    public void Extraction_gives_the_same_names_whatever_was_extracted_before_on_the_thread_or_on_others()
    {
        var emails = new[]
        {
            new EmailInput("Fairhaven Careers <careers@fairhavenbank.com>", "sam@example.com", "Your application: Teller",
                "Dear Sam,\nThank you for applying to Fairhaven Community Bank for the Teller role.\nFairhaven Community Bank", null),
            new EmailInput("Halifax Harbour Ferries <jobs@hhferries.ca>", "sam@example.com", "Interview – Deckhand",
                "Hi Sam,\nWe'd like to invite you to interview for the Deckhand position at Halifax Harbour Ferries.\nSee https://hhferries.ca/jobs", null),
            new EmailInput("Bernd Schäfer <bernd@schaefer-druck.de>", "sam@example.com", "Einladung zum Vorstellungsgespräch",
                "Hallo Sam,\nwir laden Sie zum Vorstellungsgespräch ein.\nBernd Schäfer\nSchäfer Druck & Medien", null),
            new EmailInput("no-reply@greenhouse.io", "sam@example.com", "Thank you for applying to Everstone Capital",
                "Hi Sam, thanks for applying to Everstone Capital for the Analyst role.", null),
        };
        var texts = emails.Select(MailTextReader.Read).ToList();
        var first = texts.Zip(emails, (t, e) => CompanyAndRole.Extract(t, e.To)).ToList();

        // Again in reverse order (each text after a different one), and on many threads at once.
        var reversed = texts.Zip(emails, (t, e) => (t, e)).Reverse().Select(x => CompanyAndRole.Extract(x.t, x.e.To)).Reverse().ToList();
        var parallel = Enumerable.Range(0, 400).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i % 4, CompanyAndRole.Extract(MailTextReader.Read(emails[i % 4]), emails[i % 4].To))).ToList();

        Assert.Equal(first, reversed);
        Assert.All(parallel, x => Assert.Equal(first[x.Item1], x.Item2));
        Assert.Contains(first, x => x.Company is not null);
    }

    private static string GeneralFold(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
