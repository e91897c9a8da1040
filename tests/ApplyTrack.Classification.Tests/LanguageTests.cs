namespace ApplyTrack.Classification.Tests;

/// <summary>Receipt, invitation, offer and rejection in each supported language besides English.</summary>
public sealed class LanguageTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, null, subject, body, null));

    [Theory]
    // German
    [InlineData("applied", "Brückner Medien <jobs@brueckner-medien.de>", "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Lee,\n\nvielen Dank für Ihre Bewerbung als Redakteurin. Ihre Unterlagen sind bei uns eingegangen und werden derzeit geprüft. Wir melden uns in Kürze bei Ihnen.\n\nMit freundlichen Grüßen\nBrückner Medien")]
    [InlineData("interviewing", "Tobias Lang <tobias.lang@hafenbahn.de>", "Einladung zum Vorstellungsgespräch",
        "Hallo Jordan,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch für die Stelle als Projektleiter einladen. Wählen Sie bitte hier einen Termin: https://calendly.com/hafenbahn/gespraech\n\nViele Grüße\nTobias Lang")]
    [InlineData("offer", "Tobias Lang <tobias.lang@hafenbahn.de>", "Ihr Vertragsangebot",
        "Hallo Jordan,\n\nwir freuen uns sehr, Ihnen die Stelle als Projektleiter anbieten zu können. Anbei erhalten Sie den Arbeitsvertrag mit einem Jahresgehalt von 64.000 € brutto und dem Eintrittsdatum 1. Oktober.\n\nHerzliche Grüße")]
    [InlineData("rejected", "Brückner Medien <jobs@brueckner-medien.de>", "Ihre Bewerbung",
        "Sehr geehrte Frau Lee,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben und Ihre Bewerbung nicht weiter berücksichtigen können.\n\nAlles Gute für Ihre Zukunft")]
    // French
    [InlineData("applied", "Lumière RH <recrutement@lumiere-rh.fr>", "Confirmation de candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Juriste et nous vous en remercions. Elle sera étudiée avec attention.\n\nL'équipe recrutement")]
    [InlineData("interviewing", "Hélène Roy <helene.roy@cartoval.fr>", "Proposition d'entretien",
        "Bonjour Jordan,\n\nVotre profil nous intéresse beaucoup. Je vous propose un entretien en visio pour le poste de Chef de produit. Merci de m'indiquer vos disponibilités pour la semaine prochaine.\n\nHélène")]
    [InlineData("offer", "Hélène Roy <helene.roy@cartoval.fr>", "Votre proposition d'embauche",
        "Bonjour Jordan,\n\nNous avons le plaisir de vous proposer le poste de Chef de produit. Vous trouverez en pièce jointe notre promesse d'embauche : CDI, salaire annuel brut de 52 000 €, arrivée le 2 septembre.\n\nBien cordialement")]
    [InlineData("rejected", "Lumière RH <recrutement@lumiere-rh.fr>", "Votre candidature",
        "Bonjour,\n\nNous vous remercions pour l'intérêt porté à notre entreprise. Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre candidature.\n\nCordialement")]
    // Spanish
    [InlineData("applied", "Talento Ibérica <empleo@iberica-talento.es>", "Hemos recibido tu candidatura",
        "Hola Jordan:\n\nGracias por tu interés. Hemos recibido tu candidatura para el puesto de Contable y la revisaremos en los próximos días.\n\nUn saludo")]
    [InlineData("interviewing", "Raúl Pérez <raul.perez@nubeazul.es>", "Entrevista para el puesto de Analista",
        "Hola Jordan:\n\nNos gustaría invitarte a una entrevista por videollamada para el puesto de Analista. ¿Nos indicas tu disponibilidad para el jueves o el viernes?\n\nSaludos, Raúl")]
    [InlineData("offer", "Raúl Pérez <raul.perez@nubeazul.es>", "Oferta de empleo",
        "Hola Jordan:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Analista. Te adjuntamos la carta oferta con un salario bruto anual de 38.000 € y fecha de incorporación el 1 de septiembre.\n\nUn abrazo")]
    [InlineData("rejected", "Talento Ibérica <empleo@iberica-talento.es>", "Proceso de selección",
        "Hola Jordan:\n\nGracias por participar en nuestro proceso. Lamentablemente, en esta ocasión hemos decidido continuar con otros candidatos cuyo perfil se ajusta más al puesto.\n\nTe deseamos suerte")]
    // Dutch
    [InlineData("applied", "Werving Delta <werving@deltabouw.nl>", "Ontvangstbevestiging",
        "Beste Jordan,\n\nBedankt voor je sollicitatie op de functie Werkvoorbereider. We hebben je sollicitatie goed ontvangen en nemen binnen twee weken contact met je op.\n\nMet vriendelijke groet")]
    [InlineData("interviewing", "Iris Kok <iris.kok@lichtlijn.nl>", "Uitnodiging voor een gesprek",
        "Hoi Jordan,\n\nWe willen je graag uitnodigen voor een sollicitatiegesprek voor de functie Data Engineer. Kun je aangeven wat je beschikbaarheid is volgende week?\n\nGroet, Iris")]
    [InlineData("offer", "Iris Kok <iris.kok@lichtlijn.nl>", "Ons aanbod",
        "Hoi Jordan,\n\nGoed nieuws! We bieden je graag de functie van Data Engineer aan. In de bijlage vind je het contractvoorstel met een bruto jaarsalaris van 58.000 euro en een startdatum per 1 oktober.\n\nGroet, Iris")]
    [InlineData("rejected", "Werving Delta <werving@deltabouw.nl>", "Je sollicitatie",
        "Beste Jordan,\n\nBedankt voor je interesse. Helaas hebben we besloten om niet verder te gaan met je sollicitatie; we hebben gekozen voor een kandidaat met meer ervaring.\n\nVeel succes")]
    // Portuguese
    [InlineData("applied", "Talentos Vale <vagas@valeverde.com.br>", "Recebemos sua candidatura",
        "Olá Jordan,\n\nObrigado pela sua candidatura para a vaga de Analista Contábil. Recebemos seu currículo e vamos analisá-lo com atenção.\n\nEquipe de Recrutamento")]
    [InlineData("interviewing", "Carla Nunes <carla.nunes@pontesul.com.br>", "Convite para entrevista",
        "Olá Jordan,\n\nGostaríamos de convidar você para uma entrevista online para a vaga de Designer. Por favor, escolha um horário: https://calendly.com/pontesul/entrevista\n\nAbraços, Carla")]
    [InlineData("offer", "Carla Nunes <carla.nunes@pontesul.com.br>", "Proposta de trabalho",
        "Olá Jordan,\n\nParabéns! Temos o prazer de oferecer a você a vaga de Designer. Em anexo está a carta proposta com salário mensal de R$ 9.000 e início em 1º de setembro.\n\nAbraços")]
    [InlineData("rejected", "Talentos Vale <vagas@valeverde.com.br>", "Retorno do processo seletivo",
        "Olá Jordan,\n\nAgradecemos sua participação. Infelizmente você não foi selecionado para as próximas etapas; seguimos com outros candidatos.\n\nSucesso na sua jornada")]
    public void Status_is_recognised_in_each_language(string expectedLabel, string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.Equal(expectedLabel, result.Label);
    }

    [Theory]
    [InlineData("Vielen Dank für Ihre Bewerbung als Buchhalterin. Ihre Unterlagen sind bei uns eingegangen. Sollten wir uns innerhalb von drei Wochen nicht bei Ihnen melden, haben wir uns leider für andere Bewerber entschieden.")]
    [InlineData("Merci pour votre candidature au poste de Comptable, nous l'avons bien reçue. Sans réponse de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a malheureusement pas été retenue.")]
    [InlineData("Hemos recibido tu candidatura para el puesto de Contable. Si no recibes respuesta en tres semanas, lamentablemente no habrás sido seleccionado.")]
    [InlineData("Bedankt voor je sollicitatie als Boekhouder, we hebben deze goed ontvangen. Als je binnen drie weken niets van ons hoort, hebben we helaas voor een andere kandidaat gekozen.")]
    [InlineData("Recebemos sua candidatura para a vaga de Contador. Caso não seja selecionado, infelizmente você receberá apenas um aviso ao final do processo.")]
    public void Receipt_with_a_conditional_rejection_is_a_receipt_in_each_language(string body)
    {
        var result = Classify("Recruiting <jobs@norrland-bygg.com>", "", body);

        Assert.Equal("applied", result.Label);
    }

    [Theory]
    [InlineData("Hausverwaltung Sommer <info@hv-sommer.de>", "Ihre Bewerbung für die Wohnung", "Vielen Dank für Ihre Bewerbung um die Wohnung in der Gartenstraße. Wir prüfen Ihre Unterlagen und melden uns nach der Besichtigung.")]
    [InlineData("Boutique Ondine <news@ondine.fr>", "Offre exclusive : -30 % sur tout", "Profitez de notre offre exclusive ce week-end avec le code ONDE30. Se désinscrire")]
    [InlineData("Universidad de Levante <admisiones@ulevante.es>", "Solicitud de admisión recibida", "Hemos recibido tu solicitud de admisión al máster. La universidad publicará la resolución en junio.")]
    [InlineData("Vacaturebank <alert@vacaturebank.nl>", "12 nieuwe vacatures voor Data Analist", "Nieuwe vacatures voor jou: Data Analist bij Kade Finance, Data Analist bij Noordzee Data. Bekijk alle vacatures. Afmelden")]
    [InlineData("Loja Brisa <ofertas@lojabrisa.com.br>", "Oferta especial só hoje", "Aproveite 50% de desconto em toda a loja com o cupom BRISA50. Compre agora. Descadastrar")]
    public void Everyday_mail_is_not_an_application_event_in_each_language(string from, string subject, string body)
    {
        var result = Classify(from, subject, body);

        Assert.Equal("none", result.Label);
    }

    [Theory]
    [InlineData("Retour sur votre candidature", "Bonjour Jordan,\n\nMerci pour vos entretiens. Nous avons finalement proposé le poste à un autre candidat dont le profil correspond davantage à nos besoins.\n\nBien à vous")]
    [InlineData("Tu candidatura", "Hola Jordan:\n\nGracias por tu tiempo. Finalmente hemos ofrecido el puesto a otra persona con más experiencia en el sector.\n\nUn saludo")]
    [InlineData("Sua candidatura", "Olá Jordan,\n\nObrigado pelas entrevistas. Oferecemos a vaga a outro candidato com perfil mais próximo do que buscamos.\n\nAbraços")]
    public void Offer_made_to_someone_else_is_a_rejection_in_other_languages(string subject, string body)
    {
        var result = Classify("Recrutement <jobs@tessera-group.com>", subject, body);

        Assert.Equal("rejected", result.Label);
    }
}
