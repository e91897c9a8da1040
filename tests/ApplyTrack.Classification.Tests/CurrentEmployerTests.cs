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
        Assert.Equal(expected, Cues.OffersAPosition(subject: "", body: text));
    }
}

/// <summary>
/// Everyday appointments — a dentist's reminder, a GP booking, a bank adviser's meeting, a parents' evening, an owners'
/// meeting — carry a date, a time and "you are invited" and are no interview. An interview at a dental practice, which
/// names the job, stays an interview. Examples written for this test, not drawn from training/ or any data set.
/// </summary>
public sealed class EverydayAppointmentTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Sam Rivera <sam.rivera@example.com>", subject, body, DateTimeOffset.Parse("2026-05-04T09:00:00Z")));

    [Theory]
    [InlineData("Meadow Lane Dental <reception@meadowlanedental.example.com>", "Appointment reminder",
        "Hi Sam,\n\nThis is a reminder of your appointment with Dr Okafor on Friday 9 May at 8:20am for a check-up. Please arrive five minutes early. To rearrange, call us at least 24 hours before.\n\nMeadow Lane Dental")]
    [InlineData("Praxis Dr. Winter <praxis@dr-winter.example.de>", "Terminerinnerung",
        "Guten Tag Herr Rivera,\n\nwir erinnern Sie an Ihren Termin zur Kontrolluntersuchung am Dienstag um 10:40 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit.\n\nIhr Praxisteam")]
    [InlineData("Cabinet médical du Parc <secretariat@cabinet-parc.example.fr>", "Rappel de rendez-vous",
        "Bonjour,\n\nRappel de votre rendez-vous avec le Dr Lefèvre jeudi à 16 h 15. Merci de prévenir 24 heures à l'avance en cas d'empêchement.\n\nLe secrétariat")]
    [InlineData("Clínica Dental Mar Azul <citas@marazul.example.es>", "Recordatorio de su cita",
        "Hola Sam:\n\nLe recordamos su cita con la Dra. Molina el lunes a las 9:30 para la revisión anual. Si no puede venir, avísenos.\n\nClínica Dental Mar Azul")]
    [InlineData("Huisartsenpraktijk Zuid <assistente@huisarts-zuid.example.nl>", "Bevestiging van uw afspraak",
        "Beste meneer Rivera,\n\nHierbij bevestigen wij uw afspraak bij dokter Hendriks op woensdag om 8.50 uur. Verhinderd? Bel ons dan uiterlijk een dag van tevoren.\n\nHuisartsenpraktijk Zuid")]
    [InlineData("Clínica Bem Estar <agenda@bemestar.example.com.br>", "Lembrete de consulta",
        "Olá Sam!\n\nLembrete de consulta: sua consulta com a Dra. Luana está marcada para quinta, às 14h. Chegue 10 minutos antes.\n\nClínica Bem Estar")]
    public void An_everyday_appointment_is_not_an_interview(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == EmailLabels.None, $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}");
    }

    [Fact]
    public void An_interview_at_a_dental_practice_is_still_an_interview()
    {
        var result = Classify("Meadow Lane Dental <jobs@meadowlanedental.example.com>", "Interview - Dental Nurse",
            "Hi Sam,\n\nThank you for applying for our dental nurse position. We'd like to invite you to an interview at the practice on Wednesday at 1pm with the practice manager. Please bring your registration certificate.\n\nMeadow Lane Dental");

        Assert.True(result.Label == EmailLabels.Interviewing, $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}");
    }
}

/// <summary>
/// Issue 9 family 4 and the offer↔rejection line: a receipt that promises an answer "either way" is a receipt, and a
/// no that says the offer went to someone else is a rejection, not an offer. Examples written for this test.
/// </summary>
public sealed class EitherWayReceiptTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Sam Rivera <sam.rivera@example.com>", subject, body, DateTimeOffset.Parse("2026-05-04T09:00:00Z")));

    [Theory]
    [InlineData("en", "We'll reply either way by Friday.")]
    [InlineData("fr", "Nous reviendrons vers vous d'ici la fin du mois, quelle que soit la suite donnée.")]
    [InlineData("de", "Falls wir keine passende Stelle für dich haben, bekommst du auch eine kurze Info.")]
    [InlineData("nl", "Je hoort binnen twee weken van ons, ook als we niet verder gaan.")]
    [InlineData("pt", "Se não seguirmos com seu perfil, vamos te avisar por e-mail.")]
    public void A_promise_to_answer_either_way_is_masked_as_a_condition(string language, string sentence)
    {
        _ = language;
        var masked = Cues.MaskConditionals("Thanks for applying. " + sentence, out var wasMasked);

        Assert.True(wasMasked, masked);
        Assert.Contains("xxconditional", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Marco Bellini <marco@bellini-osteria.example.com>", "Line cook",
        "Hi Sam,\n\nThanks again for the trial shift on Saturday. I have to be straight with you: I made an offer to someone who can do the early shifts, and she accepted this morning. Sorry it isn't better news.\n\nMarco")]
    [InlineData("Hiring Team <jobs@lumenworks.example.com>", "Update on your application",
        "Dear Sam,\n\nThank you for the time you spent with our team. We have now extended an offer to another candidate for the Product Designer role, and the position is closed.\n\nWe wish you every success.\n\nLumenworks Hiring Team")]
    public void An_offer_made_to_someone_else_is_a_rejection(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == EmailLabels.Rejected, $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}");
    }
}
