using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Submissions judged by someone, programmes applied to, and someone else's job news (issue 9, h-lookalike2): a talk
/// proposal, a manuscript, a journal article, a tender or a client's pitch, an open call or a residency, an accelerator
/// or an investor, an affiliate or seller programme, a pet's adoption or fostering, a club's trials, a paid study, a
/// dissertation interview; family and friends telling the reader about their own interview, offer or no; an agency's rate
/// sheet sent to its list. And the job mail of the same places, which must stay a job event. Examples written for these
/// tests, not drawn from training/, bench data or any data set.
/// </summary>
public sealed class SubmissionFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-11-28T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Speaker applications", "We had 300 talk proposals for 24 slots and sadly yours was not among them.")]
    [InlineData("DevConf", "The reviewers loved your proposal and would like you on the main stage on day two.")]
    [InlineData("Your query", "Thank you for sending the synopsis and opening chapters. I'm afraid it isn't right for my list.")]
    [InlineData("Our decision", "The acquisitions meeting went well and we'd like to offer you a contract for the memoir.")]
    [InlineData("Decision 4471", "The handling editor has read the referees' reports and cannot accept it for publication.")]
    [InlineData("Cleaning services", "You were not the preferred bidder; the standstill period ends on 9 January.")]
    [InlineData("New website", "Thanks for your proposal for our new website. We've decided to go with another studio.")]
    [InlineData("Open call 2027", "The selectors have chosen two of your prints; the private view is on 3 March.")]
    [InlineData("Spring cohort", "We won't be offering you a place in the spring cohort of our accelerator.")]
    [InlineData("Thanks for the pitch", "We'd like to see the data room before the investment committee meets.")]
    [InlineData("Welcome", "Your application to the Brightline affiliate programme is approved: 8% commission on every sale.")]
    [InlineData("Your shop", "We're unable to approve your seller application to sell on our marketplace.")]
    [InlineData("Application to foster", "Thank you for applying to foster; a volunteer will come round for a home check.")]
    [InlineData("Saturday", "Thanks for bringing Ollie to the trials, we'd like him in the U12 squad.")]
    [InlineData("Sleep research", "Thanks for your interest in the SLEEP-WELL study; everyone who completes all three nights receives £150.")]
    [InlineData("A request", "I'm an MSc student at Leeds and would love to interview you for my dissertation on family firms.")]
    public void An_english_submission_or_programme_is_not_a_job(string subject, string body) =>
        Assert.True(Cues.AboutANonJobOpportunity(subject, body), body);

    [Theory]
    [InlineData("Ihr Manuskript", "Leider passt Ihr Manuskript nicht in unser Verlagsprogramm.")]
    [InlineData("Ihre Anfrage", "Wir würden gern zur Vorkontrolle zu Ihnen nach Hause kommen, bevor Luna einzieht.")]
    [InlineData("Résidence", "Le jury a retenu votre projet pour une résidence d'écriture au printemps.")]
    [InlineData("Incubateur", "Votre candidature à notre programme d'accélération n'a pas été retenue.")]
    [InlineData("Tu novela", "Lamentablemente no encaja en nuestra línea editorial.")]
    [InlineData("Pruebas", "Gracias por venir a las pruebas del sábado: Marta entra en el equipo infantil B.")]
    [InlineData("Welkom", "Je aanmelding voor ons partnerprogramma is goedgekeurd.")]
    [InlineData("Selectie", "Na de selectietrainingen is Sem geselecteerd voor JO11-1.")]
    [InlineData("O seu original", "Agradecemos o envio, mas não se enquadra na nossa linha editorial.")]
    [InlineData("Adoção", "Recebemos o seu pedido de adoção da Mia e gostaríamos de marcar uma conversa.")]
    public void A_submission_or_programme_is_not_a_job_in_other_languages(string subject, string body) =>
        Assert.True(Cues.AboutANonJobOpportunity(subject, body), body);

    // The same places hiring: a conference organiser, a publisher, an accelerator, a shelter, a club, a research unit, an
    // art centre, named with a job noun or by a post applied for.
    [Theory]
    [InlineData("Events Coordinator", "We'd like to offer you the Events Coordinator job; you'd run our call for speakers.")]
    [InlineData("Editorial Assistant", "Thank you for the reader's report on the first three chapters. We'd like to invite you to a final interview for the role.")]
    [InlineData("Programme Associate", "Thanks for applying for the Programme Associate position at our accelerator. Are you free on Monday?")]
    [InlineData("Kennel Assistant", "Thank you for applying for the Kennel Assistant post with our rehoming team.")]
    [InlineData("Assistant coach", "We are pleased to offer you the job of assistant coach to the U14 squad.")]
    [InlineData("Research Nurse", "Thank you for applying for the Research Nurse position; you would look after our study participants.")]
    [InlineData("Stelle im Lektorat", "Wir möchten Sie zum Vorstellungsgespräch für die Stelle im Lektorat einladen.")]
    [InlineData("Poste", "Nous avons le plaisir de vous proposer le poste de chargée des résidences d'artistes.")]
    public void The_same_places_hiring_are_left_to_the_model(string subject, string body) =>
        Assert.False(Cues.AboutANonJobOpportunity(subject, body), body);

    // What job mail says near these families without being one: a job talk at an academic interview, a presentation, home
    // visits in a care job, a clinical-trials unit, a case study, a candidate feedback note, an adoption service's worker.
    [Theory]
    [InlineData("Interview day", "Your talk should last 20 minutes and be aimed at second-year students.")]
    [InlineData("Interview", "Please prepare a presentation on how you would adopt new ways of working.")]
    [InlineData("Second stage", "The trials unit would like to see you again on Friday at 10.")]
    [InlineData("Assessment", "We'll send the case study on Monday; please complete the study before Thursday.")]
    [InlineData("Feedback", "The panel liked her but we'll pass on this one, sorry.")]
    [InlineData("Interview", "The day will include shadowing on home visits with one of our carers.")]
    public void Job_mail_near_these_families_is_not_read_as_one(string subject, string body) =>
        Assert.False(Cues.AboutANonJobOpportunity(subject, body), body);

    [Theory]
    [InlineData("I GOT IT", "Mum! I got the job at the garden centre, they rang this morning.")]
    [InlineData("update", "Just out of the interview at Halden, think it went ok. They'll let me know Friday.")]
    [InlineData("well", "Didn't hear until today: I didn't get the job, they went internal. I was a close second apparently.")]
    [InlineData("Re: any news?", "They offered me the role! Starting in March, drinks Friday.")]
    [InlineData("Ella", "Our daughter got the job at the vet's! She starts on Monday.")]
    [InlineData("Rate mal", "Ich hab die Zusage von den Stadtwerken! Erzähl's Papa.")]
    [InlineData("Devine quoi", "J'ai eu le poste chez Airvia, je commence lundi.")]
    [InlineData("Noticias", "¡Me han cogido en la librería! Empiezo el lunes.")]
    [InlineData("Nieuws", "Ik ben aangenomen bij het ziekenhuis, vanaf januari.")]
    [InlineData("Mãe", "Consegui o emprego na farmácia! Começo segunda.")]
    public void Someone_telling_their_own_job_news_is_read_as_theirs(string subject, string body) =>
        Assert.True(Cues.WritersOwnJobNews(subject, body), body);

    // An agency or an employer writing about the reader's application in the first person.
    [Theory]
    [InlineData("Good news", "I've just come out of the interview debrief with Hartwell and they'd like to offer you the role.")]
    [InlineData("Interview", "I've got the job spec here and the client wants to meet you on Tuesday.")]
    [InlineData("Update", "They went with an internal candidate, I'm sorry. You were a close second.")]
    [InlineData("Next steps", "My interview with the hiring manager went well; we'd like to invite you to the final round.")]
    [InlineData("Offer", "I'm pleased to say they offered you the position this morning.")]
    public void An_agency_or_an_employer_about_the_readers_application_is_not_someone_elses_news(string subject, string body) =>
        Assert.False(Cues.WritersOwnJobNews(subject, body), body);

    [Fact]
    public void A_rate_sheet_lists_many_rates_and_one_assignment_does_not()
    {
        Assert.True(Cues.ListsManyRates("ICU, Phoenix - $3,400/wk\nL&D, Sacramento - $3,150/wk\nER, Boise - $2,900/wk"));
        Assert.False(Cues.ListsManyRates("13-week ICU contract at St Luke's, $2,950/wk, nights."));
    }

    // Whole emails: an accelerator's no and a shelter's yes are everyday mail; a recruiter's one travel contract and a
    // publisher's no to an editorial assistant stay job events.
    [Theory]
    [InlineData("Seedling Ventures <hello@seedling.vc>", "Seedling Ventures - Batch 9",
        "Hi Raj,\n\nThank you for applying to Seedling's Batch 9. We had a really strong pool and unfortunately we won't be offering " +
        "PantryPal a place in the cohort this time.\n\nWe'd encourage you to apply again once you've launched your pilot.\n\nAll the best,\nSeedling Ventures",
        EmailLabels.None)]
    [InlineData("Paws & Whiskers <foster@pawswhiskers.org>", "Your foster application",
        "Hi Dee,\n\nThank you for applying to foster with us! Your application has been approved, and we'd love to match you with a mum " +
        "and kittens next week. Our coordinator will call you to arrange collection.\n\nPaws & Whiskers",
        EmailLabels.None)]
    [InlineData("Brianna Cole <brianna.cole@meridianstaff.com>", "ICU contract at St. Luke's - interested?",
        "Hi Dana,\n\nI'm Brianna, a recruiter at Meridian. I have a 13-week ICU contract at St. Luke's in Boise that fits you really well - " +
        "3x12 nights, $2,950/wk, starting January 6.\n\nThe unit manager is interviewing this week. Do you have 10 minutes for a call " +
        "tomorrow so I can get you submitted?\n\nThanks!\nBrianna",
        EmailLabels.Interviewing)]
    [InlineData("Kestrel Books <people@kestrelbooks.com>", "Editorial Assistant application",
        "Dear Nadia,\n\nThank you for applying for the Editorial Assistant role and for completing the manuscript exercise.\n\n" +
        "I'm sorry to say that we won't be taking your application further on this occasion.\n\nPeople Team\nKestrel Books",
        EmailLabels.Rejected)]
    public void Whole_emails_are_read_by_what_was_judged(string from, string subject, string body, string expected)
    {
        var r = Classify(from, "reader@gmail.com", subject, body);

        Assert.True(r.Label == expected, Explain(r));
    }
}
