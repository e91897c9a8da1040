using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The reader's own employer writing about the job they already have — a pay review or award, a bonus, a promotion, an
/// appraisal, a contract renewal — carries salary figures, "pleased to confirm" and meeting invitations, and is no
/// application event. A real offer that mentions an annual salary review stays an offer. Examples written for this test,
/// not drawn from training/ or any data set.
/// </summary>
public sealed class CurrentEmployerTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-03-02T09:00:00Z")));

    [Theory]
    [InlineData("Reward Team <reward@harrowgate-foods.co.uk>", "Priya Nair <priya.nair@harrowgate-foods.co.uk>", "Your 2026 pay review",
        "Dear Priya,\n\nWe are pleased to confirm that following the annual pay review your base salary will increase to £41,200 from 1 April. Your annual bonus target is unchanged.\n\nReward Team, Harrowgate Foods")]
    [InlineData("Personalabteilung <personal@kessler-logistik.de>", "Jonas Weber <jonas.weber@kessler-logistik.de>", "Ihre Gehaltsanpassung zum 1. Juli",
        "Lieber Herr Weber,\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihr Grundgehalt im Rahmen der Gehaltsrunde ab dem 1. Juli auf 4.350 € brutto monatlich steigt.\n\nIhre Personalabteilung")]
    [InlineData("Ressources humaines <rh@atelier-lumen.fr>", "Claire Dumas <claire.dumas@atelier-lumen.fr>", "Augmentation individuelle 2026",
        "Bonjour Claire,\n\nNous avons le plaisir de vous annoncer une augmentation individuelle de 4 % de votre salaire de base, applicable sur la paie de mars.\n\nL'équipe RH")]
    [InlineData("Recursos Humanos <rrhh@grupo-almendro.es>", "Lucía Ortega <lucia.ortega@grupo-almendro.es>", "Revisión salarial 2026",
        "Hola Lucía:\n\nTras la revisión salarial anual, nos alegra comunicarte que tu nuevo salario bruto anual será de 31.500 € a partir de enero.\n\nUn saludo,\nRecursos Humanos")]
    [InlineData("HR Zilverberg <hr@zilverberg-zorg.nl>", "Daan Mulder <daan.mulder@zilverberg-zorg.nl>", "Uitnodiging jaargesprek",
        "Beste Daan,\n\nHet is weer tijd voor je jaargesprek met je leidinggevende. We nodigen je uit op dinsdag 14 april om 10.00 uur in kamer 2.12. Vul vooraf het formulier in.\n\nHR")]
    [InlineData("Recursos Humanos <rh@construtora-atlantico.pt>", "Rui Lopes <rui.lopes@construtora-atlantico.pt>", "Reajuste salarial",
        "Caro Rui,\n\nTemos o prazer de informar que, no âmbito da revisão salarial de 2026, o seu novo salário base passa a ser de 1.480 € a partir de abril.\n\nRecursos Humanos")]
    public void Own_employer_about_pay_or_an_appraisal_is_not_a_job_event(string from, string to, string subject, string body)
    {
        var result = Classify(from, to, subject, body);

        Assert.True(result.Label == EmailLabels.None, $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}");
    }

    [Theory]
    [InlineData("Fiona Grant <fiona.grant@harrowgate-foods.co.uk>", "Sam Rivera <sam.rivera@gmail.com>", "Offer – Production Planner",
        "Dear Sam,\n\nThank you for meeting us last week. I am delighted to offer you the position of Production Planner at Harrowgate Foods on a base salary of £38,000, subject to annual salary review, with a proposed start date of 4 May.\n\nPlease sign and return the enclosed offer letter.\n\nFiona Grant, HR Manager")]
    [InlineData("Anke Vogt <anke.vogt@kessler-logistik.de>", "Sam Rivera <sam.rivera@gmx.de>", "Ihr Vertragsangebot",
        "Hallo Herr Rivera,\n\nwir möchten Ihnen die Stelle als Disponent anbieten: 3.900 € brutto monatlich, jährliche Gehaltsanpassung nach Tarif, Eintrittsdatum 1. Juni. Den Arbeitsvertrag schicke ich Ihnen heute zu.\n\nAnke Vogt")]
    public void An_offer_that_mentions_a_salary_review_is_still_an_offer(string from, string to, string subject, string body)
    {
        var result = Classify(from, to, subject, body);

        Assert.True(result.Label == EmailLabels.Offer, $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}");
    }

    [Theory]
    [InlineData("mail.acme-foods.com", "Mia <mia@acme-foods.com>", false)]
    [InlineData("harrowgate-foods.co.uk", "Priya Nair <priya.nair@harrowgate-foods.co.uk>", true)]
    [InlineData("HARROWGATE-foods.co.uk", "priya.nair@harrowgate-foods.co.uk", true)]
    [InlineData("gmail.com", "someone@gmail.com", false)]
    [InlineData("acme.example.com", "sam@acme.example.com", false)]
    [InlineData("acme.com", "sam@beta.com", false)]
    [InlineData("acme.com", null, false)]
    public void Own_organisation_is_the_same_non_free_domain(string senderDomain, string? to, bool expected)
    {
        Assert.Equal(expected, EmailFeatures.SameOrganisation(senderDomain, to));
    }

    [Theory]
    [InlineData("We are delighted to offer you the role of Site Engineer.", true)]
    [InlineData("Wir möchten Ihnen die Stelle als Koch anbieten.", true)]
    [InlineData("Nous sommes heureux de vous proposer le poste de comptable.", true)]
    [InlineData("Queremos ofrecerte el puesto de cocinera.", true)]
    [InlineData("We willen je de functie van monteur aanbieden.", true)]
    [InlineData("Gostaríamos de oferecer a vaga de enfermeira, com data de início em maio.", true)]
    [InlineData("Following the annual pay review your salary will rise by 3 %.", false)]
    [InlineData("Ihr Grundgehalt steigt zum 1. Juli.", false)]
    public void A_position_offer_is_told_from_a_change_to_the_current_job(string text, bool expected)
    {
        Assert.Equal(expected, Cues.OffersAPosition(text));
    }
}
