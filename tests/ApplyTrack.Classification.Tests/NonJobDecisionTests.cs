using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Decisions and receipts about things that are not jobs (issue 9, h-nonjob): a study place, a studentship, a course
/// that is full, an award or a prize entry, an insurance claim, a house sale, a mortgage or a loan, a choir, a cast, a
/// club, volunteering, a tradesperson's quote — in six languages — and the job mail of the same places that must stay
/// a job event. Examples written for these tests, not drawn from training/, bench data or any data set.
/// </summary>
public sealed class NonJobDecisionTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "noor.haddad@gmail.com", subject, body, DateTimeOffset.Parse("2026-11-24T08:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Your application", "We're sorry, but we can't offer you a place on the doctoral programme in Linguistics this year.")]
    [InlineData("Funded place", "The research council has confirmed the studentship, so the place is yours from October.")]
    [InlineData("Life drawing", "Sorry, the course is full for the spring term. We'll keep your name in case someone drops out.")]
    [InlineData("Travel Fellowship", "The awards committee met on Friday and regrets it cannot support your proposal this year.")]
    [InlineData("Short story prize", "Thank you for your entry. We're sorry to say it was not longlisted.")]
    [InlineData("Claim update", "We have reviewed your claim for the cracked windscreen and we're unable to accept the claim.")]
    [InlineData("Offer on Mill Lane", "The buyers have come in at £12,000 under the asking price. How would you like to respond?")]
    [InlineData("Good news", "Your mortgage offer has arrived and a copy has gone to your solicitor.")]
    [InlineData("After Tuesday", "Lovely to hear you sing. We'd like you to join the tenors; rehearsals are on Wednesdays.")]
    [InlineData("Casting", "We would like to offer you the part of Nora in our spring production.")]
    [InlineData("Festival 2027", "Sadly we can't offer you a slot this year; the main stage is already full.")]
    [InlineData("Garden wall", "Our quote for rebuilding the wall is £2,300 plus VAT.")]
    public void An_english_decision_about_something_else_is_not_a_job(string subject, string body) =>
        Assert.True(Cues.AboutANonJobOpportunity(subject, body), body);

    [Theory]
    [InlineData("Bescheid", "Leider können wir Ihnen im Bachelorstudiengang Psychologie keinen Studienplatz anbieten.")]
    [InlineData("Ihr Schadenfall", "Die Versicherung übernimmt die Kosten für den Sturmschaden leider nicht.")]
    [InlineData("Kredit", "Ihre Baufinanzierung ist bewilligt, den Darlehensvertrag schicken wir Ihnen zu.")]
    [InlineData("Vorsingen", "Wir nehmen dich gerne im Alt auf, die Chorprobe ist montags um 19 Uhr.")]
    [InlineData("Résultat", "Votre dossier n'a pas été retenu pour la bourse d'études de la région.")]
    [InlineData("Votre sinistre", "Nous ne pouvons malheureusement pas prendre en charge ce sinistre.")]
    [InlineData("Admisión", "Le confirmamos su plaza en el máster universitario; formalice la matrícula antes del 10 de julio.")]
    [InlineData("Su siniestro", "Tras estudiar el parte, no podemos cubrir el siniestro según su póliza.")]
    [InlineData("Je aanmelding", "Je rangnummer viel helaas buiten de beschikbare plaatsen.")]
    [InlineData("Uw hypotheek", "De bank heeft de hypotheekofferte goedgekeurd.")]
    [InlineData("Resultado", "Informamos que a sua participação de sinistro não está coberta pela apólice.")]
    [InlineData("O teu ensaio", "Gostámos muito e queremos-te no naipe dos sopranos do nosso coral.")]
    public void A_decision_about_something_else_is_not_a_job_in_other_languages(string subject, string body) =>
        Assert.True(Cues.AboutANonJobOpportunity(subject, body), body);

    // The same institutions hiring: a university, an insurer, a theatre, a bank, a charity, named with a job noun or by
    // a post applied for.
    [Theory]
    [InlineData("Offer of employment", "I am pleased to offer you the post of Lab Technician on the doctoral programme team, at a salary of £28,000.")]
    [InlineData("Claims Handler", "Thank you for applying for the Claims Handler role. We will not take your application further.")]
    [InlineData("Stage manager", "We'd like to offer you the job of stage manager; rehearsals start on 5 January.")]
    [InlineData("Mortgage Adviser interview", "Thank you for applying for the Mortgage Adviser position. Could you come in on Monday?")]
    [InlineData("Ihre Bewerbung", "Wir bieten Ihnen die Stelle als Sachbearbeiterin für Schadenfälle ab dem 1. März an.")]
    [InlineData("Votre candidature", "Nous avons le plaisir de vous proposer le poste de gestionnaire sinistres en CDI.")]
    [InlineData("Tu candidatura", "Te ofrecemos el puesto de técnico de préstamos en nuestra oficina.")]
    [InlineData("Je sollicitatie", "We bieden je graag de functie van hypotheekadviseur aan.")]
    [InlineData("Candidatura", "Temos o prazer de lhe oferecer a vaga de gestor de sinistros.")]
    [InlineData("Proposta", "Temos o prazer de lhe apresentar a nossa proposta para a função de Analista de Sinistros.")]
    [InlineData("Propuesta", "La aseguradora te hace la propuesta para Jefe de Siniestros, con incorporación el 1 de abril.")]
    [InlineData("Entretien", "Nous souhaitons vous rencontrer pour la mission de gestionnaire de sinistres.")]
    [InlineData("Your application", "Thank you for applying for the Volunteer Coordinator post. We'd like to invite you to interview.")]
    public void The_same_institutions_hiring_are_left_to_the_model(string subject, string body) =>
        Assert.False(Cues.AboutANonJobOpportunity(subject, body), body);

    // "Alten- und Pflegeheim", "la formation offerte", a reef's "coral", and what interview invitations and receipts ask
    // for or mention without naming the job: photo ID, travel expenses, a professional membership, a day rate plus VAT,
    // the candidate's volunteering, an intern class.
    [Theory]
    [InlineData("Panel interview", "Please send your full name as it appears on your photo ID and any dietary requirements.")]
    [InlineData("Interview", "Thank you for sharing your story with us at interview; the panel would like to see you again.")]
    [InlineData("Interview on Monday", "You can submit your claim for travel expenses after the interview.")]
    [InlineData("Interview", "Please bring evidence of your membership of the NMC to the interview.")]
    [InlineData("Contract", "Our client would like to interview you on Thursday; the rate is £450 a day plus VAT.")]
    [InlineData("Next steps", "We'd love to hear more about your volunteering at the food bank when we meet on Friday.")]
    [InlineData("We've got your application", "If not, we'll send you a note once the class is full so you're not left wondering.")]
    [InlineData("Einladung", "Ihr Ehrenamt bei der Feuerwehr hat uns beeindruckt; wir laden Sie am Dienstag zum Gespräch ein.")]
    [InlineData("Einladung", "Wir möchten Sie in unser Alten- und Pflegeheim zu einem Kennenlernen einladen.")]
    [InlineData("Entretien", "Nous vous proposons un entretien jeudi ; la formation offerte dure deux semaines.")]
    [InlineData("Interview", "We'd like to invite you to interview on Monday to talk about our coral reef survey team.")]
    public void Look_alike_words_of_job_mail_are_not_read_as_something_else(string subject, string body) =>
        Assert.False(Cues.AboutANonJobOpportunity(subject, body), body);

    // Whole mails: an insurer's claim refusal and a community choir's place are everyday mail; a university's offer of
    // employment and an apprenticeship place stay offers.
    [Theory]
    [InlineData(EmailLabels.None, "Claims Team <claims@oakfield-insure.co.uk>", "Claim OF-20417",
        "Dear Ms Haddad,\n\nThank you for sending the repair estimate. We have now looked at your claim for the water damage to your " +
        "bathroom floor. Unfortunately we are unable to accept the claim, as the damage built up over several months and gradual leaks " +
        "are excluded by your policy.\n\nIf you are unhappy with this decision you may refer it to the Financial Ombudsman.\n\nOakfield Insurance")]
    [InlineData(EmailLabels.None, "Harbour Voices <music@harbourvoices.org>", "Thursday",
        "Dear Noor,\n\nThank you for coming to sing for us on Thursday. We'd love to offer you a place with the sopranos from the new " +
        "term. Rehearsals are on Tuesdays at 7.30 in the church hall and the termly sub is £45.\n\nWelcome!\nRuth, Musical Director")]
    [InlineData(EmailLabels.Offer, "HR Recruitment <recruitment@kingsmere.ac.uk>", "Offer of employment – Research Technician",
        "Dear Noor,\n\nFollowing your interview on 18 November, I am pleased to offer you the position of Research Technician in the " +
        "School of Life Sciences at a starting salary of £29,600 per annum. The appointment is for three years from 1 February.\n\n" +
        "Please confirm that you accept by replying to this email.\n\nYours sincerely,\nHR Recruitment, Kingsmere University")]
    [InlineData(EmailLabels.Offer, "Ausbildung Stadtwerke Nordheim <ausbildung@stadtwerke-nordheim.de>", "Ihr Ausbildungsplatz",
        "Hallo Frau Haddad,\n\nwir freuen uns, Ihnen einen Ausbildungsplatz als Elektronikerin für Betriebstechnik ab dem " +
        "1. August 2027 anbieten zu können. Den Ausbildungsvertrag schicken wir Ihnen in den nächsten Tagen zu.\n\n" +
        "Viele Grüße\nIhr Ausbildungsteam")]
    public void A_whole_mail_reads_as_its_label(string label, string from, string subject, string body)
    {
        var r = Classify(from, subject, body);

        Assert.True(r.Label == label, Explain(r));
    }
}
