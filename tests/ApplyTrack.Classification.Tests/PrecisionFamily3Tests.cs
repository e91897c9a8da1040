using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Job-event precision families of issue 9, part 3 (h-precision3): the reader's own short reply in a thread ("Friday at
/// 10 is fine", "yes, I'm still interested — attached is my CV") against the recruiter's confirmation it answers; receipts
/// and decisions that are not about a job (a mentoring programme, an accelerator, a charity place, a ballot, a student
/// loan, a shop's order, a flat to rent); German and Spanish receipts that say what happens if one is not invited; and
/// an offer withdrawn with the job named between the verb and the offer. Examples written for these tests, not drawn
/// from training/ or any data set.
/// </summary>
public sealed class PrecisionFamily3Tests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-11-20T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    // The candidate's side of the thread, in six languages.
    [Theory]
    [InlineData("RE: Payroll assistant", "Hello Mrs Hale,\n\nThank you for getting back to me. Tuesday at 11am is fine, I'll see you then.\n\nKind regards,\nOwen")]
    [InlineData("Re: Your application", "Hi,\n\nYes, I'm still interested in the role. Attached is my updated CV.\n\nBest,\nDevon")]
    [InlineData("AW: Vorstellungsgespräch", "Guten Tag Herr Lorenz,\n\nMittwoch um 14 Uhr passt mir gut, vielen Dank. Ich bringe meine Zeugnisse mit.\n\nViele Grüße\nSara Kühn")]
    [InlineData("RE: Entretien", "Bonjour Madame Petit,\n\nLundi à 9h me convient parfaitement, merci. Je serai là.\n\nCordialement,\nNoé Garnier")]
    [InlineData("RE: Entrevista", "Hola Elena,\n\nEl viernes a las 12 me va perfecto, gracias. Allí estaré.\n\nÁlvaro")]
    [InlineData("Re: Gesprek", "Hoi Karin,\n\nVrijdag om 9 uur komt mij goed uit, dank je. Ik neem mijn portfolio mee.\n\nGroet,\nDaan")]
    [InlineData("RE: A sua candidatura", "Bom dia,\n\nContinuo interessada na vaga. Segue em anexo o meu currículo atualizado.\n\nCumprimentos,\nRita")]
    [InlineData("Re: Je sollicitatie", "Hallo,\n\nIk ben nog steeds geïnteresseerd. In de bijlage vindt u mijn cv.\n\nGroeten,\nRuben")]
    [InlineData("AW: Ihre Unterlagen", "Guten Tag,\n\nich habe weiterhin Interesse an der Stelle. Im Anhang finden Sie meinen Lebenslauf.\n\nGruß\nKai")]
    public void A_short_reply_in_the_readers_words_is_recognised(string subject, string body) =>
        Assert.True(Cues.ReplyInTheReadersWords(subject, body), body);

    // The employer's side: "we", "our", "you'll meet", "bring boots if you have them", "Sie", "ons", "nós" — or no reply at all.
    [Theory]
    [InlineData("Re: Interview – Thursday", "Hi Priya,\n\nGreat, Thursday at 2pm is confirmed. You'll meet me and our design lead at reception.\n\nSee you then,\nOwen")]
    [InlineData("Re: Apprentice joiner", "Gemma, Monday at 8 is fine. Come to the workshop round the back and bring boots if you have them.\n\nDan")]
    [InlineData("Re: Thursday", "Rebecca, could we do Monday at 9:30 instead? If Monday doesn't work, Tuesday after 2 is fine too.\n\nIan")]
    [InlineData("AW: Probearbeiten", "Hallo Herr Keller,\n\nMittwoch um 7 Uhr passt mir. Bringen Sie bitte Arbeitsschuhe mit.\n\nSabine Roth")]
    [InlineData("Re: Gesprek", "Hoi Sanne,\n\nDinsdag om 11 uur komt mij goed uit. Tot dan op ons kantoor!\n\nErik")]
    [InlineData("RE: Entrevista", "Olá Ana,\n\nQuinta às 15h fica ótimo para mim. Traga os documentos, nós tratamos do resto.\n\nRui")]
    [InlineData("Interview", "Hi Jane,\n\nFriday at 10 works for me. See you then.\n\nSam")]
    public void The_employers_side_of_the_thread_is_not_the_readers_reply(string subject, string body) =>
        Assert.False(Cues.ReplyInTheReadersWords(subject, body), body);

    [Theory]
    [InlineData("Janet Hale <janet@hammondryder.co.uk>", true)]
    [InlineData("hr@zorggroep-oost.nl", true)]
    [InlineData("Sam Okoro <sam.okoro@gmail.com>", false)]
    [InlineData("lena.fischer@gmx.de", false)]
    [InlineData("", false)]
    public void A_reply_to_an_organisation_is_told_from_one_to_a_free_mail_box(string to, bool organisation) =>
        Assert.Equal(organisation, EmailFeatures.OrganisationAddress(Sender.Parse(to)));

    [Theory]
    [InlineData("Devon Price <devon.price88@yahoo.com>", "Talent Team <talent@northwind-energy.com>", "RE: Your application - Field Technician",
        "Hello,\n\nYes, I'm still interested in the position. I'm available any weekday next week.\n\nKind regards,\nDevon Price\n\n-----Original Message-----\nFrom: Talent Team <talent@northwind-energy.com>\nSent: 10 November 2026 09:12\nSubject: Your application - Field Technician\n\nDear Devon, are you still interested in the Field Technician role? If so we would like to arrange a phone interview.")]
    [InlineData("Pablo Gil <pablo.gil@hotmail.es>", "Selección <seleccion@hotelmirador.es>", "RE: Su candidatura",
        "Buenas tardes,\n\nSigo interesado en el puesto. Adjunto mi currículum actualizado.\n\nSaludos,\nPablo Gil")]
    [InlineData("Bruno Dias <bruno.dias@sapo.pt>", "Recrutamento <rh@transportes-norte.pt>", "RE: A sua candidatura",
        "Bom dia,\n\nContinuo interessado na vaga. Segue em anexo o meu currículo atualizado.\n\nCumprimentos,\nBruno Dias")]
    public void The_readers_own_reply_to_an_employer_is_everyday_mail(string from, string to, string subject, string body)
    {
        var result = Classify(from, to, subject, body);

        Assert.True(result.Label == EmailLabels.None, Explain(result));
    }

    [Fact]
    public void A_recruiters_reply_to_the_candidates_mailbox_stays_an_interview()
    {
        var result = Classify("Jane Doe <jane.doe@acmelogistics.com>", "Sam Okoro <sam.okoro@gmail.com>", "Re: Interview for Warehouse Supervisor",
            "Hi Sam,\n\nGreat, Friday at 10 is confirmed. You'll meet me and our operations manager at the Leeds depot; ask for me at reception.\n\nSee you then,\nJane\n\nOn Tue, 17 Nov 2026, Sam Okoro <sam.okoro@gmail.com> wrote:\n> Friday at 10 works for me.");

        Assert.True(result.Label == EmailLabels.Interviewing, Explain(result));
    }

    // Receipts and decisions about something that is not a job, however sure the model is.
    [Theory]
    [InlineData("Brightside Mentoring <programmes@brightside-mentoring.org>", "We've received your application",
        "Hi Kofi,\n\nThank you for applying to be a mentee on our Spring Leaders Programme. We've received your application and will be in touch about a short chat with the programme team in the next two weeks.\n\nBrightside Mentoring")]
    [InlineData("Launchpad Accelerator <team@launchpad-accel.io>", "Thanks for applying to Launchpad",
        "Hi team,\n\nThanks for applying to the Launchpad accelerator programme. Shortlisted startups will be invited to a 20-minute interview with the partners in early March.\n\nLaunchpad")]
    [InlineData("Heart Charity Events <places@heartcharity.org.uk>", "Your application for a charity place",
        "Hi Sophie,\n\nThank you for applying for one of our charity places in the City Marathon. We've received your application and will let you know if you've been successful by 15 December.\n\nHeart Charity Events Team")]
    [InlineData("City Arena <tickets@cityarena.co.uk>", "Ballot result",
        "Hi Dan,\n\nUnfortunately you were unsuccessful in the ballot for the final. We had 30,000 applications for 2,000 tickets.\n\nCity Arena")]
    [InlineData("Orchard & Vine <hello@orchardvine.co.uk>", "Your order #48213",
        "Hi Amy,\n\nWe regret to inform you that the oak side table is out of stock and we are unable to fulfil your order. A full refund has been issued.\n\nOrchard & Vine")]
    [InlineData("Greenway Lettings <lettings@greenwaylettings.co.uk>", "Application received - 14 Elm Street",
        "Dear Nadia,\n\nThank you for your application to rent 14 Elm Street. We have received your documents and will run the referencing checks this week.\n\nGreenway Lettings")]
    public void A_receipt_or_decision_about_something_that_is_not_a_job_is_everyday_mail(string from, string subject, string body)
    {
        var result = Classify(from, "reader@gmail.com", subject, body);

        Assert.True(result.Label == EmailLabels.None, Explain(result));
    }

    [Fact]
    public void A_mentoring_companys_receipt_for_a_job_stays_a_receipt()
    {
        var result = Classify("Brightside Mentoring <jobs@brightside-mentoring.org>", "kofi.mensah@gmail.com", "Application received - Programme Coordinator",
            "Hi Kofi,\n\nThank you for applying for the Programme Coordinator position at Brightside Mentoring, where you would support our mentees and mentors. We've received your application and will be in touch within two weeks.\n\nBrightside Mentoring");

        Assert.True(result.Label == EmailLabels.Applied, Explain(result));
    }

    // A recruiting mailbox's receipt that names a tryout or an Ausschreibung is about a job, not a club or a tender.
    [Theory]
    [InlineData("Alpine Crest Resort Jobs <jobs@alpinecrest.co.uk>", "Lift operator application received",
        "Hi Jonas,\n\nThanks for applying to join the Alpine Crest lift team! We've received your application. Everyone who meets the minimum requirements will be invited to a tryout morning on the slopes on 5 December.\n\nAlpine Crest Resort", EmailLabels.Applied)]
    [InlineData("Landratsamt Oberfeld <personal@lra-oberfeld.de>", "Ausschreibung 22/2026 – Ergebnis",
        "Sehr geehrte Frau Brenner,\n\nvielen Dank für Ihre Teilnahme an der Ausschreibung 22/2026 (Sachbearbeitung Bauamt). Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\nLandratsamt Oberfeld", EmailLabels.Rejected)]
    public void A_recruiting_mailboxs_mail_about_a_tryout_or_an_ausschreibung_stays_a_job_event(string from, string subject, string body, string label)
    {
        var result = Classify(from, "reader@gmail.com", subject, body);

        Assert.True(result.Label == label, Explain(result));
    }

    [Theory]
    [InlineData("Summit Ridge Jobs <jobs@summitridge.co.uk>", true)]
    [InlineData("Kreisverwaltung Nord <personal@kv-nord.de>", true)]
    [InlineData("Festival Tickets <ballot@greenfieldsfest.co.uk>", false)]
    [InlineData("Brightside Mentoring <programmes@brightside-mentoring.org>", false)]
    public void A_recruiting_mailbox_is_told_from_other_senders(string from, bool recruiting) =>
        Assert.Equal(recruiting, Cues.FromARecruitingMailbox(Sender.Parse(from)));

    // What happens if one is not invited or not chosen: a condition in a receipt, not a rejection.
    [Theory]
    [InlineData("Sollten Sie für eine Einladung nicht in Betracht kommen, informieren wir Sie per E-Mail.")]
    [InlineData("Falls wir Sie nicht berücksichtigen können, erhalten Sie eine kurze Nachricht.")]
    [InlineData("Si no resultas seleccionado, te escribiremos igualmente.")]
    public void A_conditional_no_in_a_receipt_is_masked(string sentence)
    {
        var masked = Cues.MaskConditionals("Vielen Dank für Ihre Bewerbung. " + sentence, out var wasMasked);

        Assert.True(wasMasked, masked);
        Assert.Contains("xxconditional", masked);
    }

    // An offer withdrawn with the job named between the offer and the verb (French, Spanish and Portuguese name the verb
    // first, which the phrase already reads).
    [Theory]
    [InlineData("Helaas zijn we genoodzaakt het aanbod voor de functie van servicemonteur in te trekken.")]
    [InlineData("Leider müssen wir unser Angebot für die Stelle als Koch zurückziehen.")]
    public void An_offer_withdrawn_with_the_job_named_between_is_a_withdrawn_offer(string sentence) =>
        Assert.Contains(Cues.Matching(sentence), c => c.Signal == Cues.OfferWithdrawn);

    [Fact]
    public void A_dutch_offer_withdrawn_with_the_job_named_between_is_a_rejection()
    {
        var result = Classify("Petra Smit <p.smit@installatie-smit.nl>", "thijs.kuipers@gmail.com", "Uw aanstelling als servicemonteur",
            "Beste Thijs,\n\nHet spijt me enorm. Door het wegvallen van een grote klant zijn we genoodzaakt het aanbod voor de functie van servicemonteur in te trekken. Bel me gerust als je wilt praten.\n\nMet vriendelijke groet,\nPetra Smit");

        Assert.True(result.Label == EmailLabels.Rejected, Explain(result));
    }
}
