using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The reader's own sent mail of any length (h-ownmail, issue 9): an application letter, an acceptance, a withdrawal, a
/// declined offer, a follow-up, an availability confirmed, a CV sent on, a referee asked, in six languages, against the
/// recruiter and employer mail that resembles it (a recruiter writing "I", an employer's reply above the quoted letter).
/// Examples written for these tests, not drawn from training/ or any data set.
/// </summary>
public sealed class OwnMailTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-11-20T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Dear Ms Reid,\n\nI am writing to apply for the Warehouse Supervisor role. My CV is attached and I am available for interview next week.\n\nYours sincerely,\nCallum Shaw")]
    [InlineData("Hello Tom,\n\nI'm delighted to accept the offer of the Junior Designer role and have signed the contract.\n\nBest,\nMei")]
    [InlineData("Dear Mr Fox,\n\nI would like to withdraw my application for the Porter post, as I have taken another job.\n\nRegards,\nDan")]
    [InlineData("Hi Laura,\n\nThank you for the offer. I have decided to decline it, as the commute would be too long for me.\n\nNadia")]
    [InlineData("Sehr geehrte Frau Krüger,\n\nhiermit bewerbe ich mich um die Stelle als Bürokauffrau. Meinen Lebenslauf finden Sie im Anhang.\n\nMit freundlichen Grüßen\nJana Pohl")]
    [InlineData("Madame,\n\nJe me permets de vous adresser ma candidature pour le poste d'aide-soignante. Je reste disponible pour un entretien.\n\nCordialement,\nLéa Morin")]
    [InlineData("Estimada Sra. Gil:\n\nLe envío mi currículum para el puesto de cocinero. Estoy disponible para una entrevista cuando le venga bien.\n\nUn saludo,\nÓscar Vidal")]
    [InlineData("Geachte mevrouw Smit,\n\nHierbij solliciteer ik naar de functie van magazijnmedewerker. Mijn cv vindt u in de bijlage.\n\nMet vriendelijke groet,\nBram Visser")]
    [InlineData("Caro Sr. Ferreira,\n\nVenho por este meio candidatar-me à vaga de rececionista. Envio em anexo o meu currículo.\n\nCumprimentos,\nSofia Matos")]
    public void A_letter_in_the_candidates_voice_is_recognised(string body) =>
        Assert.True(Cues.LetterInTheReadersWords(body), body);

    // A hiring manager writes "I" too; an employer quotes the letter it answers; a recruiter offers to be a reference.
    [Theory]
    [InlineData("Hi Callum,\n\nI came across your CV and I'd love to set up a call about a Warehouse Supervisor role I'm working on.\n\nKaren")]
    [InlineData("Dear Callum,\n\nThank you for your application. We'd like to invite you to an interview on Monday.\n\nMs Reid")]
    [InlineData("Hi Quinn,\n\nI have to withdraw the offer I sent on Friday; our funding fell through. I'd be glad to serve as a reference.\n\nAlma")]
    [InlineData("Dear Dr Patel,\n\nThank you for meeting with me. I have decided to offer the position to another candidate.\n\nDr Nkosi")]
    [InlineData("Hallo Frau Pohl,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Gespräch einladen.\n\nMaria Krüger")]
    [InlineData("Bonjour Léa,\n\nNous avons bien reçu votre candidature et souhaitons vous rencontrer mardi.\n\nCécile")]
    [InlineData("Hola Óscar:\n\nHemos recibido tu candidatura y nos gustaría conocerte el jueves.\n\nCarmen")]
    [InlineData("Beste Bram,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek.\n\nEls")]
    [InlineData("Olá Sofia,\n\nRecebemos a sua candidatura e gostaríamos de a convidar para uma entrevista.\n\nRui")]
    public void Mail_in_an_employers_voice_is_not_the_candidates_letter(string body) =>
        Assert.False(Cues.LetterInTheReadersWords(body), body);

    [Theory]
    [InlineData("Pieter de Boer <pieter.deboer@hotmail.nl>", "m.kok@installatiebedrijf-kok.nl", "Sollicitatie monteur",
        "Beste heer Kok,\n\nGraag solliciteer ik op de vacature voor servicemonteur. Ik ben beschikbaar voor een gesprek in de komende weken. Mijn cv zit in de bijlage.\n\nGroet,\nPieter de Boer")]
    public void The_readers_own_letter_called_a_job_event_by_the_model_is_everyday_mail(string from, string to, string subject, string body)
    {
        var result = Classify(from, to, subject, body);

        Assert.True(result.Label == EmailLabels.None && result.Reasons.Any(r => r.Contains("your own voice", StringComparison.Ordinal)), Explain(result));
    }

    // The model itself reads these as everyday mail since the personal-phrase override was removed (session 12): they
    // must stay so whichever guard decides.
    [Theory]
    [InlineData("Kieran Doyle <kieran.doyle@gmail.com>", "s.kaur@harbourlights-cinema.co.uk", "Weekend team member",
        "Hi,\n\nI'm interested in the weekend team member job on your website. I'm 18 and finished my A-levels in the summer. I'm available for an interview any day after 4pm.\n\nThanks,\nKieran")]
    [InlineData("Rosa Jiménez <rosa.jimenez@gmail.com>", "a.prieto@clinicadental-prieto.es", "Oferta de trabajo",
        "Hola Ana:\n\nMuchas gracias por la llamada. Acepto con gusto la oferta para el puesto de higienista y confirmo que empiezo el 7 de enero.\n\nUn abrazo,\nRosa")]
    public void The_readers_own_letter_is_everyday_mail(string from, string to, string subject, string body)
    {
        var result = Classify(from, to, subject, body);

        Assert.True(result.Label == EmailLabels.None, Explain(result));
    }

    [Fact]
    public void An_employers_invitation_above_the_quoted_letter_stays_an_interview()
    {
        var result = Classify("Ana Prieto <a.prieto@clinicadental-prieto.es>", "rosa.jimenez@gmail.com", "RE: Candidatura higienista",
            "Hola Rosa:\n\nGracias por tu candidatura. Nos gustaría hacerte una entrevista el martes a las 10 en la clínica.\n\nAna\n\n" +
            "El 3 nov 2026, Rosa Jiménez escribió:\n> Les envío mi candidatura para el puesto de higienista. Adjunto mi currículum.");

        Assert.True(result.Label == EmailLabels.Interviewing, Explain(result));
    }

    [Fact]
    public void A_recruiter_writing_in_the_first_person_stays_an_interview()
    {
        var result = Classify("Karen Wells <karen@northgate-talent.co.uk>", "callum.shaw@gmail.com", "Warehouse Supervisor – Doncaster",
            "Hi Callum,\n\nI came across your CV and I'd love to set up a call about a Warehouse Supervisor role I'm recruiting for in Doncaster. Are you free tomorrow at 11?\n\nKaren Wells\nNorthgate Talent");

        Assert.True(result.Label == EmailLabels.Interviewing, Explain(result));
    }
}
