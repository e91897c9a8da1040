using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, sixteenth round: an institution's name goes on into what it is for ("… Institute for Brain
/// Health", "… Zentrum für Küstenforschung"), and an acronym or a domain stands for such a name where the mail writes it
/// out. Every example is invented for these tests.
/// </summary>
public sealed class CompanyPurposeTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Dr Ruth Okafor <rokafor@pellham-lab.org>", "RA post",
        "Robin, good news: the funding came through and I'd like to offer you the research assistant post from March.\n\nRuth\n\nDr Ruth Okafor\nPrincipal Investigator, Sleep Lab\nPellham Institute for Brain Health", "Pellham Institute for Brain Health")]
    [InlineData("Tom Reyes <t.reyes@cepr-policy.org>", "Next steps – Data Analyst",
        "Hi Robin,\n\nThanks for chatting with us. We'd like to invite you to a final interview on Tuesday.\n\nTom\n\nTom Reyes | Head of Data\nCentre for Energy & Public Research\n2 Mill Lane, Bristol", "Centre for Energy & Public Research")]
    [InlineData("Karin Meyer <k.meyer@zmf-kiel.de>", "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Ashdown,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am 12. Mai ein.\n\nMit freundlichen Grüßen\nKarin Meyer\nPersonalabteilung\nHelmholtz-Zentrum für Meeresforschung\nAm Hafen 3 · 24105 Kiel", "Helmholtz-Zentrum für Meeresforschung")]
    [InlineData("Joost Bakker <j.bakker@ivmn.nl>", "Uitnodiging gesprek",
        "Beste Robin,\n\nWe nodigen je graag uit voor een gesprek op dinsdag om 10.00 uur.\n\nMet vriendelijke groet,\nJoost Bakker\nInstituut voor Milieu Noord\nPostbus 12, Groningen", "Instituut voor Milieu Noord")]
    public void An_institutions_name_goes_on_into_what_it_is_for(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Fact]
    public void An_acronym_stands_for_the_institution_the_mail_writes_out() =>
        SameName("Institute for Rural & Coastal Policy", Company("Institute for Rural & Coastal Policy <jobs@greenhouse-mail.io>", "Thanks for applying to IRCP!",
            "Hi Robin,\n\nThanks for your interest in the Research Officer role at the Institute for Rural & Coastal Policy. We'll be in touch.\n\nThe IRCP Hiring Team\n\nInstitute for Rural & Coastal Policy · Registered charity no. 1188001"));

    [Fact]
    public void A_domain_stands_for_the_institution_the_mail_writes_out() =>
        SameName("National Centre for Ocean Science", Company("Dr Aoife Byrne <a.byrne@ncos.ie>", "Statistician",
            "Hi Robin,\n\nDelighted to let you know we'd like to offer you the Statistician post on a two-year contract.\n\nAoife\nData Unit, National Centre for Ocean Science"));

    [Fact]
    public void A_vacancy_number_after_for_is_not_the_names() =>
        SameName("Eastbrook College", Company("Eastbrook College – Employment <hr-noreply@eastbrookcollege.ca>", "Competition 26-114: Instructor",
            "Dear Robin,\n\nThank you for submitting your application to Eastbrook College for Competition 26-114, Instructor, Welding.\n\nHuman Resources\nEastbrook College"));

    [Fact]
    public void For_after_a_name_that_is_no_institution_starts_the_sentence() =>
        SameName("Harlow Digital", Company("Mia Chen <mia@harlowdigital.com>", "Thanks from Harlow Digital",
            "Hi Robin,\n\nThanks for applying. Everyone at Harlow Digital for Android and iOS work is reading applications this week; we'll be in touch.\n\nMia\nHarlow Digital"));
}
