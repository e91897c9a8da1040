using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Everyday mail close to job mail (issue 9, job-event precision, h-alerts): mail to a staff or department list, a job
/// board's notice about the reader's profile, a careers portal's account code, a careers newsletter or review request, a
/// declined payment and a salary survey; and the job mail beside them that must stay a job event. Examples written for
/// these tests, not drawn from training/ or any data set.
/// </summary>
public sealed class AlertFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-10-06T08:30:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("All Staff <all-staff@ferrow-engineering.co.uk>")]
    [InlineData("hiring-managers@ferrow-engineering.co.uk")]
    [InlineData("alle.mitarbeitenden@stadtwerke-kiel.de")]
    [InlineData("tous@atelier-garnier.fr")]
    [InlineData("plantilla@hotelsolymar.es")]
    [InlineData("alle.medewerkers@bouwgroep-smit.nl")]
    [InlineData("colaboradores@farmacia-luz.pt")]
    public void A_staff_or_department_list_is_a_group_mailbox(string to) =>
        Assert.True(Cues.GroupMailbox(Sender.Parse(to)), to);

    // A person's own address, even one that ends in a department's word at a free-mail provider, is not a list.
    [Theory]
    [InlineData("Maya Lindqvist <maya.lindqvist@ferrow-engineering.co.uk>")]
    [InlineData("sophie.tran.hr@gmail.com")]
    [InlineData("teamplayer88@outlook.com")]
    [InlineData("info@janedoe-design.com")]
    [InlineData("sam.jobs@lindqvist.dev")]
    [InlineData("maya.lindqvist.hr@ferrow-engineering.co.uk")]
    public void A_persons_address_is_no_group_mailbox(string to) =>
        Assert.False(Cues.GroupMailbox(Sender.Parse(to)), to);

    [Theory]
    [InlineData("Your CV was viewed by 4 recruiters", "This week 4 recruiters viewed your CV and you appeared in 31 searches.")]
    [InlineData("Neue Profilbesucher", "Ein Arbeitgeber aus Hamburg hat sich gestern Ihren Lebenslauf angesehen.")]
    [InlineData("Votre profil intéresse", "Un recruteur a consulté votre CV ce matin.")]
    [InlineData("Tu perfil destaca", "Tu CV ha aparecido en 9 búsquedas y 2 empresas han visto tu perfil.")]
    [InlineData("Je profiel valt op", "Een werkgever heeft je cv bekeken. Je cv is 5 keer bekeken deze maand.")]
    [InlineData("O seu perfil", "O seu CV foi visto por 3 empresas esta semana.")]
    public void A_job_boards_notice_about_the_profile_is_recognised(string subject, string body) =>
        Assert.True(Cues.ProfileActivity(subject, body), body);

    // A recruiter who looked names no counted or unnamed viewer: "I viewed your profile".
    [Theory]
    [InlineData("Store Manager role", "I viewed your profile on LinkedIn and would love to talk about our Store Manager opening.")]
    [InlineData("Ihre Bewerbung", "Ich habe mir Ihr Profil angesehen und möchte Sie gern kennenlernen.")]
    [InlineData("Data Engineer, Leeds", "As a recruiter at Northpeak I viewed your profile and think you'd suit our Data Engineer role.")]
    [InlineData("Stelle als Disponent", "Als Recruiterin bei Brandt habe ich mir Ihr Profil angesehen.")]
    public void A_recruiters_own_look_at_the_profile_is_no_notice(string subject, string body) =>
        Assert.False(Cues.ProfileActivity(subject, body), body);

    [Theory]
    [InlineData("Your verification code", "Your one-time passcode is 448210. It expires in 10 minutes.")]
    [InlineData("Konto bestätigen", "Bitte bestätigen Sie Ihre E-Mail-Adresse für das Karriereportal.")]
    [InlineData("Code", "Votre code de vérification est 772019.")]
    [InlineData("Portal de empleo", "Verifica tu correo para activar tu cuenta de candidato.")]
    [InlineData("Account", "Bevestig je e-mailadres om je account te activeren.")]
    [InlineData("Conta", "Confirme o seu e-mail para concluir o registo.")]
    public void A_careers_portals_account_mail_is_recognised(string subject, string body) =>
        Assert.True(Cues.AccountNotice(subject, body), body);

    [Theory]
    [InlineData("Take our salary survey", "How does your salary compare? Answer 10 questions.")]
    [InlineData("Gehaltsstudie 2027", "Machen Sie mit bei unserer Gehaltsumfrage.")]
    [InlineData("Baromètre", "Participez à notre baromètre des salaires.")]
    [InlineData("Encuesta", "Participa en nuestra encuesta salarial.")]
    [InlineData("Onderzoek", "Doe mee aan het salarisonderzoek.")]
    [InlineData("Inquérito", "Responda ao nosso inquérito salarial.")]
    public void A_salary_survey_is_recognised(string subject, string body) =>
        Assert.True(Cues.SalarySurvey(subject, body), body);

    [Theory]
    [InlineData("This week's newsletter", "In this issue: 5 interview mistakes and what to do when you're rejected.")]
    [InlineData("Absage bekommen?", "In unserem Ratgeber liest du, wie es nach einer Absage weitergeht.")]
    [InlineData("Refus après un entretien", "Au sommaire : comment rebondir après un refus.")]
    [InlineData("Te han descartado", "Te contamos cómo pedir feedback. Leer artículo")]
    [InlineData("Afgewezen?", "In deze nieuwsbrief: zo vraag je om feedback.")]
    [InlineData("Proposta de emprego?", "Nesta edição: como negociar o salário.")]
    public void A_careers_newsletter_is_recognised(string subject, string body) =>
        Assert.True(Cues.CareersAdvice(subject, body), body);

    // A job board relaying an employer's no carries a newsletter's footer words too; it names the application.
    [Theory]
    [InlineData("Update on your application", "Unfortunately the employer has decided not to proceed with your application for Forklift Driver. Newsletter: tips for your search.")]
    [InlineData("Ihre Bewerbung", "Leider können wir Ihre Bewerbung als Disponentin nicht berücksichtigen. Weiterlesen im Ratgeber.")]
    public void A_relayed_decision_about_one_application_is_no_newsletter(string subject, string body) =>
        Assert.False(Cues.CareersAdvice(subject, body), body);

    [Theory]
    [InlineData("Payment problem", "Unfortunately your card payment was declined.")]
    [InlineData("Bestellung", "Leider wurde die Zahlung für deine Bestellung abgelehnt.")]
    [InlineData("Commande", "Le paiement de votre commande a été refusé.")]
    [InlineData("Pedido", "Tu pago ha sido rechazado.")]
    [InlineData("Bestelling", "Je betaling is helaas mislukt.")]
    [InlineData("Encomenda", "O pagamento da sua encomenda foi recusado.")]
    public void A_declined_payment_is_recognised(string subject, string body) =>
        Assert.True(Cues.PaymentNotice(subject, body), body);

    [Fact]
    public void An_hr_notice_to_all_staff_about_offer_letters_is_everyday_mail()
    {
        var r = Classify("People Team <people@ferrow-engineering.co.uk>", "All Staff <all-staff@ferrow-engineering.co.uk>",
            "Offer letter and contract templates updated",
            "Hi all,\n\nHiring managers: from Monday please use the new offer letter and employment contract templates on the intranet. " +
            "They include the new probation period and the updated pension contribution.\n\nThanks,\nPeople Team");

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Fact]
    public void A_dutch_hr_notice_to_all_staff_is_everyday_mail()
    {
        var r = Classify("HR <hr@bouwgroep-smit.nl>", "alle.medewerkers@bouwgroep-smit.nl", "Nieuwe arbeidsovereenkomst en vacatureprocedure",
            "Beste collega's,\n\nVanaf januari gebruiken we een nieuw model arbeidsovereenkomst en een kortere sollicitatieprocedure. " +
            "Leidinggevenden vinden alles op het intranet.\n\nGroet,\nHR");

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Fact]
    public void A_careers_portals_identity_code_is_everyday_mail()
    {
        var r = Classify("Talent Acquisition <noreply@careers-portal.ferrow-engineering.co.uk>", "lea.brandt@gmail.com", "Confirm your identity",
            "Hello Lea,\n\nOne more step before you continue. Confirm your identity with the one-time pass code 381920. " +
            "It expires in 10 minutes.\n\nFerrow Engineering Careers Recruiting Team");

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Fact]
    public void A_german_careers_newsletter_about_rejections_is_everyday_mail()
    {
        var r = Classify("Jobportal Ratgeber <ratgeber@jobportal-news.de>", "lea.brandt@gmail.com", "Absage bekommen? So geht es weiter",
            "Hallo Lea,\n\neine Absage tut weh. In unserem Ratgeber liest du, wie du um Feedback bittest und dich auf das nächste " +
            "Vorstellungsgespräch vorbereitest.\n\nZum Ratgeber\n\nDu erhältst diesen Newsletter, weil du ihn abonniert hast. Abmelden");

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Fact]
    public void An_ats_rejection_stays_a_rejection()
    {
        var r = Classify("Ferrow Engineering Careers <careers@ferrow-engineering.co.uk>", "lea.brandt@gmail.com", "Your application status has changed",
            "Dear Lea,\n\nThank you for your interest in the Quality Engineer position at Ferrow Engineering. After careful review we have " +
            "decided not to move forward with your application.\n\nWe wish you every success.\n\nFerrow Engineering Talent Acquisition");

        Assert.True(r.Label == EmailLabels.Rejected, Explain(r));
    }

    [Fact]
    public void A_receipt_that_asks_to_verify_the_email_stays_a_receipt()
    {
        var r = Classify("Ferrow Engineering Careers <careers@ferrow-engineering.co.uk>", "lea.brandt@gmail.com", "Application received",
            "Hi Lea,\n\nThank you for applying for the Quality Engineer position. We have received your application. " +
            "To follow its status, please verify your email address in our careers portal.\n\nFerrow Engineering Talent Acquisition");

        Assert.True(r.Label == EmailLabels.Applied, Explain(r));
    }

    [Fact]
    public void A_recruiter_who_viewed_the_profile_stays_outreach()
    {
        var r = Classify("Jamie Ruiz <jamie.ruiz@orchardretail.co.uk>", "lea.brandt@gmail.com", "Store Manager role at Orchard Retail",
            "Hi Lea,\n\nI viewed your profile on LinkedIn and your experience running a large store stood out. We're hiring a Store " +
            "Manager for our new Harrogate branch – would you be open to a quick call this week?\n\nBest,\nJamie Ruiz\nTalent Partner, Orchard Retail");

        Assert.True(r.Label == EmailLabels.Interviewing, Explain(r));
    }
}
