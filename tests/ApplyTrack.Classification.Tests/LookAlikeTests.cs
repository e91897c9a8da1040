namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Failure family 5 in every language: mail full of "application", "offer", "interview" and "selected" that is about
/// no job application of the reader's. Examples written for this test, not drawn from training/ or any data set.
/// </summary>
public sealed class LookAlikeTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Sam Rivera <sam.rivera@example.com>", subject, body, DateTimeOffset.Parse("2026-05-04T09:00:00Z")));

    [Theory]
    [InlineData("Westbrook Lettings <lettings@westbrooklets.example.com>", "Your application for 3 Mill Lane",
        "Hi Sam,\n\nThanks for your tenancy application for 3 Mill Lane. The landlord would like to meet you at the viewing on Saturday at 11. We'll need a reference from your current landlord before we can offer you the flat.\n\nWestbrook Lettings")]
    [InlineData("Careers Fair Team <events@northcareersfair.example.com>", "Interviews on the spot – this Saturday",
        "Hi Sam,\n\nOver 80 employers, interviews on the spot and job offers on the day! Bring your CV to the North Careers Fair this Saturday, 10–4. Free entry with registration.\n\nUnsubscribe")]
    [InlineData("Nadia Fox <nadia.fox@cityherald.example.com>", "Quick interview for Sunday's paper?",
        "Hi Sam,\n\nI'm writing a feature on people who run repair cafés and a friend pointed me to you. Could I interview you by phone for 15 minutes on Thursday?\n\nNadia Fox, City Herald")]
    [InlineData("Kemal Aydin <kemal.aydin@brightforge.example.com>", "Panel for the QA lead interviews",
        "Sam, could you be on the panel for the QA lead interviews on Wednesday afternoon? Three candidates, 45 minutes each. I'll share the scorecards tonight.\n\nKemal")]
    [InlineData("Stipendienwerk Nord <stipendien@stipendienwerk-nord.example.de>", "Ihre Bewerbung um ein Stipendium",
        "Sehr geehrter Herr Rivera,\n\nwir haben Ihre Bewerbung um ein Deutschlandstipendium erhalten. Die Auswahlgespräche finden im Juni statt; wir melden uns, falls Sie eingeladen werden.\n\nStipendienwerk Nord")]
    [InlineData("Lucie Marchal <lucie.marchal@radio-cite.example.fr>", "Interview pour l'émission de jeudi",
        "Bonjour Sam,\n\nJe prépare l'émission de jeudi sur les circuits courts. Accepteriez-vous une interview de dix minutes en direct par téléphone ?\n\nLucie, Radio Cité")]
    [InlineData("Banco Rivera <no-responder@bancorivera.example.es>", "Tu solicitud de tarjeta",
        "Hola Sam:\n\nHemos recibido tu solicitud de tarjeta de crédito. En 48 horas te diremos si ha sido aprobada. Oferta de bienvenida: sin comisiones el primer año.\n\nBanco Rivera")]
    [InlineData("Gemeente Waalhaven <vergunningen@waalhaven.example.nl>", "Uw aanvraag omgevingsvergunning",
        "Geachte heer Rivera,\n\nWij hebben uw aanvraag voor een omgevingsvergunning (dakkapel) ontvangen. Wij nemen binnen acht weken een besluit.\n\nGemeente Waalhaven")]
    [InlineData("Marta Lobo <marta.lobo@agencia-conteudo.example.pt>", "Referência sobre a Inês Duarte",
        "Olá Sam,\n\nA Inês Duarte candidatou-se a uma vaga connosco e indicou o seu nome como referência. Teria dez minutos esta semana para uma chamada sobre o trabalho dela?\n\nObrigada,\nMarta Lobo")]
    public void Look_alike_in_any_language_is_not_an_application_event(string from, string subject, string body)
    {
        Assert.Equal("none", Classify(from, subject, body).Label);
    }
}

/// <summary>
/// The personal-invitation guard: a person's "thanks for your application" followed by an invitation decides for the
/// invitation only when the mail asks the reader something; a receipt states what happens next and asks nothing.
/// </summary>
public sealed class PersonalInvitationTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Sam Rivera <sam.rivera@example.com>", subject, body, DateTimeOffset.Parse("2026-05-04T09:00:00Z")));

    [Theory]
    [InlineData("Rosa Lindgren <rosa@lindgrenflowers.example.com>", "Your application",
        "Hi Sam,\n\nThanks for your application for the florist assistant job. Would you be available for an interview at the shop? Thursday or Friday afternoon would suit me.\n\nRosa\nLindgren Flowers")]
    [InlineData("Hugo Berthier <hugo@menuiserie-berthier.example.fr>", "Votre candidature",
        "Bonjour Sam,\n\nMerci pour votre candidature au poste de menuisier. J'aimerais vous proposer un entretien à l'atelier la semaine prochaine. Seriez-vous disponible mardi matin ?\n\nHugo Berthier")]
    public void Thanks_for_applying_then_a_question_about_when_to_talk_is_an_invitation(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "interviewing", $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}");
    }

    [Fact]
    public void Asking_the_reader_needs_a_question_in_the_newest_message()
    {
        var receipt = Model.EmailFeatures.Of(new EmailInput("Rosa <rosa@example.com>", null, "Your application",
            "Thanks for your application. We will invite shortlisted applicants to interview.\n\n> Could you confirm you received my CV?", null));
        var question = Model.EmailFeatures.Of(new EmailInput("Rosa <rosa@example.com>", null, "Your application",
            "Thanks for your application. Could you come in for a chat on Tuesday?", null));

        Assert.False(EmailClassifier.AsksTheReader(receipt));
        Assert.True(EmailClassifier.AsksTheReader(question));
    }
}
