namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The look-alike families of issue 9's precision target, in each language where they apply: the reader's own mail,
/// decisions and meetings about something other than a job, other people's hiring, and offers that mean a no.
/// Examples written for these tests, not drawn from training/ or any data set.
/// </summary>
public sealed class LookAlikeFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-06-02T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    // Family 1: the reader writing — accepting or declining an offer, confirming a time, telling family, following up.
    [Theory]
    [InlineData("Noor Haddad <noor.haddad@example.com>", "people@tidewater.example.com", "Re: Your offer",
        "Hi Claire,\n\nThanks for walking me through the package on Monday. I'm happy to accept the offer for the Payroll Specialist role and can start on 7 July. The signed letter is attached.\n\nBest,\nNoor")]
    [InlineData("Callum Reid <callum.reid@example.com>", "h.shaw@example.com", "Offer",
        "Dear Helen,\n\nThank you for your patience while I thought it over. I have decided to decline the offer — the commute would be too much with a newborn at home. It was a pleasure meeting the team.\n\nKind regards,\nCallum")]
    [InlineData("Sophie Lam <sophie.lam@example.com>", "dad.lam@example.com", "good news",
        "Dad! They offered me the job at the library! I start after the summer. Call you tonight.\n\nSoph")]
    [InlineData("Jana Kühn <jana.kuehn@example.de>", "personal@example.de", "Re: Ihr Angebot",
        "Sehr geehrter Herr Lenz,\n\nvielen Dank für das Gespräch. Ich nehme Ihr Angebot gerne an und beginne wie besprochen am 1. September.\n\nMit freundlichen Grüßen\nJana Kühn")]
    [InlineData("Manon Garcia <manon.garcia@example.fr>", "rh@example.fr", "Votre proposition d'embauche",
        "Madame,\n\nJe vous remercie pour votre proposition d'embauche et j'ai le plaisir de l'accepter. Je serai présente le 2 septembre.\n\nCordialement,\nManon Garcia")]
    [InlineData("Iker Soto <iker.soto@example.es>", "rrhh@example.es", "Oferta",
        "Hola Ana:\n\nMil gracias por todo. Acepto la oferta y confirmo que empiezo el lunes 1. Te mando el contrato firmado esta tarde.\n\nIker")]
    [InlineData("Ruben Smit <ruben.smit@example.nl>", "hr@example.nl", "Re: Voorstel",
        "Beste Ingrid,\n\nBedankt voor het voorstel. Ik neem het aanbod graag aan en begin op 1 oktober.\n\nGroet,\nRuben")]
    [InlineData("Clara Nogueira <clara.nogueira@example.pt>", "rh@example.pt", "Re: Proposta",
        "Olá Sofia,\n\nObrigada pela chamada. Aceito a proposta e confirmo o início a 1 de setembro.\n\nBeijinhos,\nClara")]
    public void The_readers_own_mail_is_not_an_event(string from, string to, string subject, string body)
    {
        var result = Classify(from, to, subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    // Family 2: decisions about something that is not a job, in the words of a decision.
    [Theory]
    [InlineData("Northfield Bursaries <bursaries@example.org>", "Your bursary application",
        "Dear Amir,\n\nThank you for applying for a Northfield bursary. We regret to tell you that your application was not successful this year; we received 700 applications for 40 awards.\n\nNorthfield Bursaries")]
    [InlineData("Admissions Office <admissions@example.ac.uk>", "Congratulations – you have been selected",
        "Dear Amir,\n\nCongratulations, you have been selected for the MSc in Public Health and we are delighted to make you an offer of a place. Please accept it in the applicant portal by 30 June.\n\nAdmissions Office")]
    [InlineData("Kulturfonds Süd <foerderung@example.de>", "Ihr Antrag auf ein Stipendium",
        "Sehr geehrter Herr Amiri,\n\nleider können wir Ihnen in diesem Jahr kein Stipendium gewähren. Die Jury hat aus 300 Anträgen zwölf ausgewählt.\n\nKulturfonds Süd")]
    [InlineData("Fundación Marea <becas@example.org>", "Resolución de becas",
        "Estimado Amir:\n\nLamentamos comunicarte que no has sido seleccionado en la convocatoria de becas de este año.\n\nFundación Marea")]
    public void A_decision_about_something_other_than_a_job_is_not_an_event(string from, string subject, string body)
    {
        var result = Classify(from, "amir.rahimi@example.com", subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    // Family 3: meetings that are not interviews — a nursery's intake talk, a flat viewing.
    [Theory]
    [InlineData("Kinderopvang Het Anker <plaatsing@example.nl>", "Kennismakingsgesprek",
        "Beste Amir,\n\nEr is een plek voor Sara op de peutergroep. We nodigen je uit voor een intakegesprek en een rondleiding op woensdag om 10.00 uur.\n\nKinderopvang Het Anker")]
    [InlineData("Hausverwaltung Lenz <vermietung@example.de>", "Besichtigung",
        "Guten Tag Herr Amiri,\n\nder Eigentümer möchte Sie gerne persönlich kennenlernen. Passt Ihnen eine Wohnungsbesichtigung am Freitag um 17 Uhr?\n\nHausverwaltung Lenz")]
    public void A_meeting_about_something_other_than_a_job_is_not_an_event(string from, string subject, string body)
    {
        var result = Classify(from, "amir.rahimi@example.com", subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    // Family 4: the words of an offer that mean a no.
    [Theory]
    [InlineData("Megan Holt <megan.holt@example.com>", "Your offer – Account Manager",
        "Dear Amir,\n\nI'm so sorry to write this. Following a restructure announced this morning, we have to withdraw our offer for the Account Manager role. I know this is hard news after you had accepted.\n\nMegan Holt, HR")]
    [InlineData("Stefan Graf <stefan.graf@example.de>", "Ihre Zusage",
        "Sehr geehrter Herr Amiri,\n\nwegen eines kurzfristigen Einstellungsstopps müssen wir die Zusage für die Stelle als Buchhalter leider zurückziehen. Das tut mir sehr leid.\n\nStefan Graf")]
    [InlineData("Élise Martin <elise.martin@example.fr>", "Votre promesse d'embauche",
        "Monsieur,\n\nNous sommes au regret de devoir retirer notre promesse d'embauche pour le poste de comptable, suite à la suppression du budget.\n\nÉlise Martin, RH")]
    [InlineData("Lucas Moreau <lucas@example.com>", "Store Manager role",
        "Hi Amir,\n\nThanks again for coming in. After a lot of back and forth the position has been offered to another candidate who already knows our stock system. I'd like to keep your CV on file.\n\nLucas")]
    public void An_offer_withdrawn_or_given_to_someone_else_is_a_rejection(string from, string subject, string body)
    {
        var result = Classify(from, "amir.rahimi@example.com", subject, body);

        Assert.True(result.Label == "rejected", Explain(result));
    }

    // Family 5: someone else's hiring — a committee to sit on.
    [Theory]
    [InlineData("Ouderraad De Esch <ouderraad@example.nl>", "Sollicitatiecommissie",
        "Beste ouders,\n\nVoor de benoeming van een nieuwe directeur zoeken we een ouder die zitting wil nemen in de sollicitatiecommissie. De gesprekken met kandidaten zijn in juni.\n\nOuderraad De Esch")]
    [InlineData("Greenhouse <no-reply@greenhouse.io>", "New applicants for your job: Product Designer",
        "Hi Amir,\n\nYou have 5 new applicants for your job Product Designer. Review the applicants in Greenhouse and leave your feedback on the candidate you met on Tuesday.\n\nGreenhouse")]
    public void Someone_elses_hiring_is_not_an_event(string from, string subject, string body)
    {
        var result = Classify(from, "amir.rahimi@example.com", subject, body);

        Assert.True(result.Label == "none", Explain(result));
    }

    // The guards must not take real job mail: an employer's own words of an offer, an invitation, a grant-funded job.
    [Theory]
    [InlineData("Priya Shah <priya.shah@example.com>", "Offer – Research Assistant",
        "Hi Amir,\n\nI'm delighted to offer you the Research Assistant position on our grant-funded project, starting 1 September at a salary of £31,000. The offer letter is attached; please sign and return it by Friday.\n\nPriya", "offer")]
    [InlineData("Lena Vogel <lena.vogel@example.de>", "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Amiri,\n\nvielen Dank für Ihre Bewerbung als Erzieher in unserem Kindergarten. Wir möchten Sie gerne zu einem Vorstellungsgespräch am Dienstag um 10 Uhr einladen.\n\nLena Vogel, Kita-Leitung", "interviewing")]
    [InlineData("Tom Reyes <tom.reyes@example.com>", "Re: Following up on my application",
        "Hi Amir,\n\nThanks for following up, and sorry for the silence. We'd love to invite you to an interview for the Sales Coordinator role — would Tuesday at 2pm work?\n\nTom", "interviewing")]
    public void Real_job_mail_keeps_its_label(string from, string subject, string body, string expected)
    {
        var result = Classify(from, "amir.rahimi@example.com", subject, body);

        Assert.True(result.Label == expected, Explain(result));
    }
}
