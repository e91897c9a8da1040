using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Failure family 1 (a person asking to talk in their own words, often beside a receipt phrase), its look-alikes (the
/// same words from a friend, a landlord, a journalist, a colleague), and family 2/3's informal offers against warm
/// rejections — in each of the six languages. Examples written for these tests, not drawn from training/ or any data set.
/// </summary>
public sealed class PersonWrittenFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Robin Claes <robin.claes@example.com>", subject, body, DateTimeOffset.Parse("2026-06-02T09:00:00Z")));

    private static string Explain(EmailClassification result) =>
        $"{result.Label} {result.Event} {result.Confidence}: {string.Join("; ", result.Reasons)}";

    [Theory]
    [InlineData("Thanks for sending your CV over. I'd love to have a chat with you next week.")]
    [InlineData("Suite à votre candidature, je vous propose un entretien mardi à 10h.")]
    [InlineData("Vielen Dank für Ihre Unterlagen. Hätten Sie Zeit für ein Gespräch am Donnerstag?")]
    [InlineData("Gracias por tu currículum. ¿Tendrías un rato para hablar el lunes?")]
    [InlineData("Dank voor je brief. Zou je tijd hebben voor een kennismaking op vrijdag?")]
    [InlineData("Obrigada pelo currículo. Podemos marcar uma conversa na quinta?")]
    public void Person_asking_to_talk_is_a_cue_in_every_language(string sentence)
    {
        Assert.Contains(Cues.Matching(sentence), c => c.Signal == Cues.PersonalInvite);
    }

    [Theory]
    [InlineData("Thank you for applying. We will review your application and contact shortlisted candidates.")]
    [InlineData("Nous avons bien reçu votre candidature et reviendrons vers vous.")]
    [InlineData("Vielen Dank für Ihre Bewerbung, die wir sorgfältig prüfen werden.")]
    public void A_receipt_alone_is_no_personal_invitation(string sentence)
    {
        Assert.DoesNotContain(Cues.Matching(sentence), c => c.Signal == Cues.PersonalInvite);
    }

    [Theory]
    [InlineData("Imogen Hale <imogen@halecatering.example.com>", "Your application",
        "Hi Robin,\n\nThank you for your application for the catering assistant job, which I received on Monday.\n\nI'd love to have a chat with you at the kitchen on Thursday at 3, so you can see how we work. Just reply to confirm.\n\nImogen\nHale Catering")]
    [InlineData("Bertrand Lemaire <bertrand@garage-lemaire.example.fr>", "Votre candidature",
        "Bonjour Robin,\n\nMerci pour votre candidature, bien reçue. Je vous propose un entretien au garage vendredi à 9h, avec mon chef d'atelier.\n\nBertrand Lemaire")]
    [InlineData("Ulrike Brandt <ulrike.brandt@buchhandlung-brandt.example.de>", "Ihre Bewerbung",
        "Liebe Frau Claes,\n\nvielen Dank für Ihre Bewerbung, die gut bei uns angekommen ist. Wir würden Sie gerne persönlich kennenlernen, am liebsten am Dienstag um 17 Uhr in der Buchhandlung.\n\nHerzliche Grüße\nUlrike Brandt")]
    [InlineData("Nerea Campos <nerea@floristerianerea.example.es>", "Tu candidatura",
        "Hola Robin:\n\nGracias por tu candidatura, la hemos recibido. Nos gustaría conocerte el miércoles a las 12 en la floristería para charlar del puesto de dependienta.\n\nNerea")]
    [InlineData("Joost Verhagen <joost@fietsenmakerverhagen.example.nl>", "Je sollicitatie",
        "Hoi Robin,\n\nBedankt voor je sollicitatie, goed ontvangen. Ik wil je graag uitnodigen om zaterdag om 10 uur langs te komen in de werkplaats voor een kennismaking.\n\nJoost")]
    [InlineData("Vera Prates <vera@pastelariaprates.example.pt>", "A sua candidatura",
        "Olá Robin,\n\nObrigada pela sua candidatura, foi recebida. Gostaríamos de a conhecer: podemos marcar uma conversa na pastelaria na sexta às 15h.\n\nVera Prates")]
    public void Person_inviting_beside_a_receipt_phrase_is_an_invitation(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "interviewing", Explain(result));
    }

    [Theory]
    [InlineData("Gwen Morris <gwen.morris@gmail.com>", "coffee?",
        "Hi Robin,\n\nI'd love to have a chat about the garden club plans. Could we meet at the café on Saturday at 10?\n\nGwen")]
    [InlineData("Citylets <lettings@citylets.example.co.uk>", "Your application for Flat 2, 9 Elm Row",
        "Hi Robin,\n\nThanks for your application for Flat 2. The landlord would love to have a chat with you before offering the tenancy. Could you pop in on Wednesday at 5?\n\nCitylets")]
    [InlineData("Agathe Renard <agathe.renard@lemagazine-local.example.fr>", "Interview pour le magazine",
        "Bonjour Robin,\n\nJe suis journaliste au Magazine Local. Je vous propose un entretien de vingt minutes pour notre portrait d'artisans du mois. Seriez-vous disponible jeudi ?\n\nAgathe")]
    [InlineData("Hausverwaltung Jung <vermietung@hv-jung.example.de>", "Ihre Bewerbung für die Wohnung",
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung für die Wohnung in der Gartenstraße. Hätten Sie Zeit für ein Gespräch mit dem Vermieter am Freitag um 18 Uhr?\n\nHausverwaltung Jung")]
    [InlineData("Pilar Ortiz <pilar.ortiz@gmail.com>", "¿café?",
        "Robin, ¿tendrías un rato para hablar esta semana? Quiero contarte lo de la reforma del piso y pedirte consejo.\n\nPilar")]
    [InlineData("Vereniging Buurtmoestuin <bestuur@buurtmoestuin.example.nl>", "Aanmelding vrijwilliger",
        "Beste Robin,\n\nBedankt voor je aanmelding als vrijwilliger bij de moestuin. Zou je tijd hebben voor een kennismaking zaterdag om 11 uur?\n\nHet bestuur")]
    public void The_same_words_about_no_job_of_the_readers_are_everyday_mail(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    [Theory]
    [InlineData("offer", "Dana Whitfield <dana@whitfieldprint.example.com>", "As promised",
        "Hi Robin,\n\nThanks for your time on the phone today. As promised, here it is in writing: we'd love to have you join us as print finisher, £27,500 a year, starting 1 July. The contract is ready to sign whenever you are.\n\nDana")]
    [InlineData("rejected", "Dana Whitfield <dana@whitfieldprint.example.com>", "As promised",
        "Hi Robin,\n\nThanks for your time on the phone today. As promised, a note in writing: we have offered the print finisher role to another candidate with more bindery experience. I'm sorry it isn't better news.\n\nDana")]
    [InlineData("offer", "Lars Becker <lars@becker-gartenbau.example.de>", "Wie besprochen",
        "Hallo Robin,\n\nwie besprochen möchten wir Ihnen die Stelle als Gärtner anbieten: unbefristet, 2.800 € brutto im Monat, Start am 1. August. Den Arbeitsvertrag schicke ich Ihnen morgen zur Unterschrift.\n\nLars Becker")]
    [InlineData("rejected", "Lars Becker <lars@becker-gartenbau.example.de>", "Ihre Bewerbung",
        "Hallo Robin,\n\ndanke für Ihren Besuch am Montag. Leider haben wir die Stelle intern besetzt. Ich wünsche Ihnen alles Gute.\n\nLars Becker")]
    [InlineData("offer", "Chloé Marin <chloe@atelier-marin.example.fr>", "Bonne nouvelle",
        "Bonjour Robin,\n\nSuite à ta journée d'essai, le poste est à toi si tu le veux : CDI, 2 100 € brut par mois, début le 3 juillet. Je t'envoie le contrat.\n\nChloé")]
    [InlineData("rejected", "Chloé Marin <chloe@atelier-marin.example.fr>", "Suite à ta journée d'essai",
        "Bonjour Robin,\n\nMerci pour ta journée d'essai. Malheureusement nous avons retenu un autre candidat, plus expérimenté en tapisserie. Bonne continuation.\n\nChloé")]
    [InlineData("offer", "Julián Pardo <julian@pardoimprenta.example.es>", "¡El puesto es tuyo!",
        "Hola Robin:\n\nComo hablamos por teléfono, queremos ofrecerte el puesto de operario de imprenta: contrato indefinido, 1.600 € brutos al mes, empezando el 1 de julio. Te paso el contrato para firmar.\n\nJulián")]
    [InlineData("rejected", "Julián Pardo <julian@pardoimprenta.example.es>", "Sobre el puesto",
        "Hola Robin:\n\nGracias por venir el lunes. Lamentablemente hemos decidido seguir con otro candidato. Te deseo mucha suerte.\n\nJulián")]
    [InlineData("offer", "Maaike Smit <maaike@smitbloemen.example.nl>", "Goed nieuws",
        "Hoi Robin,\n\nWe willen je graag de functie van bloembinder aanbieden: een jaarcontract, €2.600 bruto per maand, start 1 juli. Het contract ligt klaar om te tekenen.\n\nMaaike")]
    [InlineData("rejected", "Maaike Smit <maaike@smitbloemen.example.nl>", "Terugkoppeling",
        "Hoi Robin,\n\nDank voor het gesprek. Helaas hebben we gekozen voor een andere kandidaat met meer winkelervaring. Veel succes verder!\n\nMaaike")]
    [InlineData("offer", "Tiago Nobre <tiago@nobrecarpintaria.example.pt>", "A vaga é sua",
        "Olá Robin,\n\nComo falámos ao telefone, gostaríamos de te oferecer a vaga de carpinteiro: contrato sem termo, 1.300 € brutos por mês, início a 1 de julho. O contrato está pronto para assinar.\n\nTiago")]
    [InlineData("rejected", "Tiago Nobre <tiago@nobrecarpintaria.example.pt>", "Sobre a vaga",
        "Olá Robin,\n\nObrigado pela conversa de segunda. Infelizmente decidimos avançar com outro candidato. Desejo-te boa sorte.\n\nTiago")]
    public void Informal_offers_and_warm_rejections_are_never_mistaken_for_each_other(string expected, string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.True(result.Label == expected, Explain(result));
    }
}
