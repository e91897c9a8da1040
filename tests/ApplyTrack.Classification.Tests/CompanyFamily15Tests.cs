using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, fifteenth round: what twenty-four writers who never saw the code did with the words around a name —
/// the legal forms of Malaysia, India, the US professions, France and the German regulated professions go; the article
/// a sentence writes with a capital and the possessive the employer's own domain spells stay. Every example is invented
/// for these tests.
/// </summary>
public sealed class CompanyFamily15Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Nurul Aina <aina@lembahbiru.com.my>", "Interview – Production Planner",
        "Dear Robin,\n\nThank you for your interest. We would like to invite you for an interview on Monday at 10am.\n\nBest regards,\nNurul Aina\nHuman Resources\nLembah Biru Plastics Sdn. Bhd.\nLot 12, Jalan Perusahaan, Shah Alam", "Lembah Biru Plastics")]
    [InlineData("Careers <careers@tanjungmas-berhad.com.my>", "Application received",
        "Dear Robin,\n\nThank you for applying for the Credit Analyst role. We will be in touch.\n\nTanjung Mas Holdings Berhad", "Tanjung Mas Holdings")]
    [InlineData("Kovalam Systems Hiring <no-reply@greenhouse-mail.io>", "Kovalam Systems – coding round",
        "Hi Robin,\n\nThanks for applying. Please complete the online coding round by Friday.\n\nKovalam Systems Private Limited · Tidel Park, Chennai", "Kovalam Systems")]
    [InlineData("Harbor Oaks Dental <jobs@harboroaksdental.com>", "Dental Assistant – offer",
        "Hi Robin,\n\nWe're happy to offer you the Dental Assistant position starting March 2.\n\nHarbor Oaks Dental Professional Corporation", "Harbor Oaks Dental")]
    [InlineData("Claire Mercier <c.mercier@cabinet-roussel-avocats.fr>", "Entretien – juriste",
        "Chère Madame,\n\nMaître Roussel souhaiterait vous rencontrer mardi à 18h.\n\nBien cordialement,\n\nClaire Mercier\nOffice Manager\nRoussel Avocats AARPI\n8 rue de Rivoli – 75001 Paris", "Roussel Avocats")]
    [InlineData("Jana Vogt <j.vogt@brandl-steuer.de>", "Ihre Bewerbung als Steuerfachangestellte",
        "Liebe Frau Ashdown,\n\nwir würden Sie sehr gerne ab dem 1. August in unserem Team begrüßen.\n\nHerzliche Grüße aus der Kanzlei\nJana Vogt\nKanzleileitung\n\nBrandl & Kollegen Steuerberatungsgesellschaft mbB\nHauptstraße 4 · 79098 Freiburg", "Brandl & Kollegen")]
    public void More_legal_forms_are_legal_forms(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Fact]
    public void An_article_a_sentence_writes_with_a_capital_is_the_names_own() =>
        SameName("The Millbrook Gallery of Art", Company("HR <hr@millbrookgallery.com>", "Invitation to interview",
            "Dear Robin,\n\nWe would like to invite you to interview.\n\nVenue: Room 4, The Millbrook Gallery of Art, North Street\n\nYours sincerely,\nHR Services"));

    [Fact]
    public void An_article_that_opens_a_sentence_or_a_signature_line_is_not() =>
        SameName("Ashcombe Museum of Flight", Company("HR Services <hr@ashcombemuseum.org>", "Invitation to interview",
            "Dear Robin,\n\nWe would like to invite you to interview on Tuesday.\n\nYours sincerely,\nHR Services\n\nThe Ashcombe Museum of Flight is a registered charity."));

    [Fact]
    public void A_possessive_the_employers_domain_spells_is_the_names_own() =>
        SameName("Hollingsworth's", Company("Dana Pryor <dana.pryor@hollingsworths.com>", "Second interview",
            "Hi Robin,\n\nWe'd like to invite you to a second interview on Thursday at 2pm.\n\nKind regards,\nDana\n\nDana Pryor | Talent Acquisition Advisor\nHollingsworth's | Support Centre, Mill Road, Leeds"));

    [Fact]
    public void A_distillers_trade_after_the_name_the_mail_writes_alone_goes() =>
        SameName("Heron & Birch", Company("Isla Munro <isla@heronandbirch.com>", "Head of Sales role at Heron & Birch",
            "Hi Robin,\n\nI'm the MD at Heron & Birch and we're hiring our first Head of Sales. Would you be free for a coffee next week?\n\nIsla\n\nIsla Munro\nManaging Director\nHeron & Birch Distillers Ltd"));
}
