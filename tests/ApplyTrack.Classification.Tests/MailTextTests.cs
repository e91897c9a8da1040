using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

public sealed class MailTextTests
{
    private static MailText Read(string body, string subject = "Hello", string from = "a@b.com") =>
        MailTextReader.Read(new EmailInput(from, null, subject, body, null));

    [Fact]
    public void Html_body_becomes_text_without_scripts_or_styles()
    {
        var text = Read("<html><head><style>p{color:red}</style><script>var x=1;</script></head><body><p>Dear Sam,</p><p>We&nbsp;are <b>delighted</b>.</p></body></html>");

        Assert.Equal("Dear Sam,\nWe are delighted.", text.Body);
        Assert.False(text.WasHtml, "paragraphs and bold are text, not a layout");
    }

    [Fact]
    public void Plain_text_a_mail_service_wrapped_in_html_reads_exactly_as_the_plain_text()
    {
        // Graph's message delta hands out every body as HTML; a plain-text receipt arrives the way Exchange wraps it.
        const string plain = "Hi Jordan,\n\nThank you for applying for the R&D Engineer (C++ <embedded>) role at Contoso.\n  We have received your application &amp; will be in touch.\n\nBest regards,\nContoso Talent";
        var wrapped = "<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>\r\n<body>\r\n<div class=\"PlainText\">"
            + System.Net.WebUtility.HtmlEncode(plain).Replace("\n", "<br>\r\n") + "</div>\r\n</body>\r\n</html>\r\n";

        var fromText = Read(plain, "We've received your application");
        var fromHtml = Read(wrapped, "We've received your application");

        Assert.Equal(fromText.Body, fromHtml.Body);
        Assert.Contains("We have received your application &amp; will be in touch.", fromHtml.Body);   // decoded once, not twice
        Assert.False(fromHtml.WasHtml, "the service's wrapping is not the sender's HTML");
        Assert.Equal(fromText, fromHtml);
    }

    [Fact]
    public void Line_breaks_in_html_keep_the_blank_lines_between_paragraphs() =>
        Assert.Equal("Hi Jordan,\n\nSee you Tuesday.\n", HtmlText.ToText("<div>Hi Jordan,<br>\r\n<br>\r\n   See you Tuesday.<br></div>"));

    [Fact]
    public void A_layout_of_tables_or_images_is_html_the_sender_built() =>
        Assert.True(Read("<html><body><table><tr><td><img src=\"cid:logo\"></td><td>Your application was received</td></tr></table></body></html>").WasHtml);

    [Fact]
    public void Quoted_reply_below_the_newest_message_is_dropped()
    {
        var text = Read("Sounds good, see you Tuesday.\n\nOn Mon, 2 Jun 2025 at 09:00, Acme <jobs@acme.com> wrote:\n> We regret to inform you\n> that the role is filled.");

        Assert.Equal("Sounds good, see you Tuesday.", text.Body);
    }

    [Fact]
    public void Reply_header_wrapped_over_two_lines_is_recognised()
    {
        var text = Read("Thanks!\n\nOn Mon, Jun 2, 2025 at 9:14 AM Acme Recruiting <jobs@acme.com>\nwrote:\n> old text");

        Assert.Equal("Thanks!", text.Body);
    }

    [Fact]
    public void Outlook_header_block_starts_the_history()
    {
        var text = Read("Merci pour votre retour.\n\nDe : Recrutement <rh@exemple.fr>\nEnvoyé : lundi 2 juin 2025 09:00\nÀ : Jordan\nObjet : Votre candidature\n\nMalheureusement…");

        Assert.Equal("Merci pour votre retour.", text.Body);
    }

    [Fact]
    public void Html_blockquote_history_is_dropped()
    {
        var text = Read("<div>See you then!</div><div class=\"gmail_quote\"><blockquote type=\"cite\"><p>Unfortunately we cannot proceed.</p></blockquote></div>");

        Assert.Equal("See you then!", text.Body);
    }

    [Fact]
    public void Short_forward_is_read_as_the_forwarded_message_and_its_sender()
    {
        var text = Read(
            "fyi\n\n---------- Forwarded message ---------\nFrom: Acme Careers <careers@acme.com>\nDate: Tue, 3 Jun 2025\nSubject: Your application\nTo: me\n\nWe are pleased to offer you the role.",
            subject: "Fwd: Your application",
            from: "Me <me@gmail.com>");

        Assert.True(text.IsForwarded);
        Assert.Equal("We are pleased to offer you the role.", text.Body);
        Assert.Equal("careers@acme.com", text.Sender.Address);
        Assert.Equal("Acme Careers", text.Sender.DisplayName);
    }

    [Fact]
    public void Footer_lines_are_replaced_by_a_marker()
    {
        var text = Read("Your interview is confirmed.\nUnsubscribe from these emails\n© 2025 Acme Inc. All rights reserved.");

        Assert.Equal($"Your interview is confirmed.\n{MailText.FooterMarker}\n{MailText.FooterMarker}", text.Body);
        Assert.Equal(1, text.UnsubscribeLines);
    }

    [Fact]
    public void A_whole_message_on_one_line_that_ends_in_unsubscribe_is_still_read()
    {
        var line = "Our bootcamp graduates get interviews at top companies and multiple job offers. Enrol now for the spring cohort and save 20%. " +
                   "Seats are limited and the next cohort starts in March, so book a call with an adviser today. Unsubscribe";
        var text = Read(line);

        Assert.Equal($"{MailText.FooterMarker}\n{line}", text.Body);
        Assert.Equal(1, text.UnsubscribeLines);
    }

    [Fact]
    public void Long_body_is_cut_to_the_readable_limit()
    {
        var text = Read(string.Join("\n", Enumerable.Repeat("This line is filler text for the test.", 1000)));

        Assert.True(text.Body.Length <= MailText.MaxBodyChars);
    }

    [Fact]
    public void Huge_html_body_is_read_from_its_top()
    {
        var html = "<html><body><p>Your interview is confirmed for Monday.</p>" + string.Concat(Enumerable.Repeat("<div><span>filler</span></div>", 200_000)) + "</body></html>";

        var text = Read(html);

        Assert.StartsWith("Your interview is confirmed for Monday.", text.Body);
        Assert.True(text.Body.Length <= MailText.MaxBodyChars);
    }

    [Fact]
    public void Conditional_not_selected_sentence_is_masked()
    {
        var masked = Cues.MaskConditionals("We received your application. If you are not selected, we will let you know. Thanks.", out var found);

        Assert.True(found);
        Assert.DoesNotContain("not selected", masked);
        Assert.Contains("We received your application.", masked);
    }

    [Theory]
    [InlineData("Sollten wir uns innerhalb von vier Wochen nicht melden, konnten wir Sie leider nicht berücksichtigen.")]
    [InlineData("Sans réponse de notre part sous trois semaines, votre candidature n'a pas été retenue.")]
    [InlineData("Si no recibes respuesta en un mes, entiende que no continuaremos.")]
    [InlineData("Als je binnen drie weken niets van ons hoort, dan hebben we helaas voor een ander gekozen.")]
    [InlineData("Caso não seja selecionado, você receberá um aviso.")]
    public void Conditional_rejection_wording_is_masked_in_every_language(string sentence)
    {
        Cues.MaskConditionals(sentence, out var found);

        Assert.True(found);
    }

    [Theory]
    [InlineData("We have decided to extend an offer to another candidate.")]
    [InlineData("Wir haben die Stelle einer anderen Kandidatin angeboten.")]
    [InlineData("We hebben het aanbod gedaan aan een andere kandidaat.")]
    public void Offer_to_someone_else_is_rewritten_as_a_rejection(string sentence)
    {
        var rewritten = Cues.NormaliseOfferToSomeoneElse(sentence);

        Assert.Contains("move forward with another candidate", rewritten);
    }
}
