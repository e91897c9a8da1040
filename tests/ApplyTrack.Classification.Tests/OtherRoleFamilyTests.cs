using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Job mail in which the reader is not the candidate (issue 9, h-otherrole): the reader asked to interview in a
/// colleague's place, sit in on or shadow interviews, join a panel; candidates sent for the reader's own vacancy; a
/// reference or a referral asked of the reader; the press or a survey wanting to talk about the reader's business. And
/// the candidate's mail the same words border on, which must stay a job event. Examples written for these tests, not
/// drawn from training/, bench/ or any data set.
/// </summary>
public sealed class OtherRoleFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-11-26T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Could you interview the three apprentice electrician candidates on Monday?")]
    [InlineData("I'm off sick, so please do the 10am interview in my place.")]
    [InlineData("Would you sit in on the final interviews for the sous chef?")]
    [InlineData("New managers shadow a couple of interviews before running their own.")]
    [InlineData("Thanks for agreeing to sit on the panel next week.")]
    [InlineData("Please submit your scorecard by the end of the day.")]
    [InlineData("Here are two more CVs for your Night Receptionist vacancy.")]
    [InlineData("Let me know which ones you'd like to interview.")]
    [InlineData("Mr Ellis has given your name as his previous line manager.")]
    [InlineData("Would you be up for referring me to your recruiter?")]
    [InlineData("Wären Sie am Freitag als Beisitzerin dabei?")]
    [InlineData("Darf ich dich als Referenz angeben?")]
    [InlineData("Peux-tu faire passer l'entretien du candidat à 11 h ?")]
    [InlineData("Je suis en congé, pourrais-tu voir la candidate à ma place ?")]
    [InlineData("¿Puedes acompañarme el jueves en la selección?")]
    [InlineData("¿Me recomendarías para el puesto de tu empresa?")]
    [InlineData("Wil je dinsdag meekijken bij de gesprekken voor de vacature?")]
    [InlineData("Mag ik jouw naam opgeven als referentie?")]
    [InlineData("Podes fazer as entrevistas por mim na segunda?")]
    [InlineData("O Rui indicou-a como antiga chefe.")]
    public void The_reader_on_the_hiring_side_is_recognised(string sentence) =>
        Assert.True(Cues.ReaderIsOnTheHiringSide("Hello", sentence), sentence);

    // A candidate hears of the panel, is asked for referees, meets a group interview or moves a time: not the reader's panel.
    [Theory]
    [InlineData("The panel will be the ward sister, the matron and me.")]
    [InlineData("Please bring the names of two referees to the interview.")]
    [InlineData("Could you do the interview at 3pm instead of 2pm?")]
    [InlineData("Thank you for your interest in our Night Receptionist vacancy.")]
    [InlineData("Thank you for your application for our opening in Leeds.")]
    [InlineData("Können Sie am Dienstag um 10 Uhr zu einem Gespräch kommen?")]
    [InlineData("Pouvez-vous assurer votre présence à l'entretien de jeudi ?")]
    [InlineData("¿Puedes estar en la oficina el lunes a las 10 para la entrevista?")]
    [InlineData("Kun je dinsdag langskomen voor een gesprek?")]
    [InlineData("Pode estar presente nas entrevistas de grupo na quinta-feira?")]
    public void A_candidates_mail_is_not_the_hiring_side(string sentence) =>
        Assert.False(Cues.ReaderIsOnTheHiringSide("Interview", sentence), sentence);

    [Theory]
    [InlineData("Feature in the Chronicle", "I write the Local Heroes column and would love to feature your bakery next month.")]
    [InlineData("Quick follow-up", "Thanks for filling in our survey! Could we do a research interview about how you shop for groceries? You'll get a £25 voucher as a thank you.")]
    [InlineData("Midwifery?", "Could I pick your brain about how you got into midwifery? I'm thinking of retraining.")]
    [InlineData("Koffie?", "Ik wil graag horen hoe het is om daar als planner te werken. Zin in koffie?")]
    public void The_press_a_survey_or_an_advice_seeker_about_the_reader_is_recognised(string subject, string body) =>
        Assert.True(Cues.TalkAboutTheReaderWithoutAJob(subject, body), body);

    // A hiring manager's coffee names the role; a recruiter tells the reader what it is like to work "here".
    [Theory]
    [InlineData("Coffee?", "Could I pick your brain over coffee about our Head of Operations role? I think you'd be a great fit.")]
    [InlineData("Planner bij Van Dijk Logistiek", "Ik vertel je graag hoe het is om hier te werken. Heb je zin in koffie over de functie van planner?")]
    public void A_hiring_managers_coffee_about_a_role_is_not_advice_about_the_readers_work(string subject, string body) =>
        Assert.False(Cues.TalkAboutTheReaderWithoutAJob(subject, body), body);

    [Fact]
    public void A_features_writer_vacancy_is_not_the_press_about_the_reader() =>
        Assert.False(Cues.TalkAboutTheReaderWithoutAJob("Features Writer - interview",
            "We're running a series on regional food and would like to interview you for the Features Writer role on Tuesday."));

    // A model 95 % sure of an invitation is overruled by the hiring side's words; "Thank you for agreeing to join us" is
    // also an employer's thanks to a new starter, and an offer phrase keeps the offer.
    [Theory]
    [InlineData("ola.berg@fjordline-tech.com", "kim.ross@fjordline-tech.com", "Kim, could you interview the two QA tester candidates tomorrow? I'm stuck at the client. Notes go in the usual sheet.",
        EmailEvents.InterviewInvite, EmailLabels.None)]
    [InlineData("dana.holt@larkfield-school.org.uk", "j.price@gmail.com", "Dear Jo,\n\nThank you for agreeing to join us. We are pleased to offer you the post of Science Technician, starting on 4 January.",
        EmailEvents.Offer, EmailLabels.Offer)]
    public void The_hiring_sides_words_overrule_a_sure_model_unless_an_offer_is_made(string from, string to, string body, string sureOf, string expected)
    {
        var features = EmailFeatures.Of(new EmailInput(from, to, "Hello", body, null));
        var sure = EmailEvents.All.Select(e => e == sureOf ? 0.95f : 0.05f / (EmailEvents.All.Count - 1)).ToArray();

        var p = EmailClassifier.Guarded(features, sure, []);

        Assert.Equal(expected, EmailLabels.All.MaxBy(l => EmailClassifier.LabelProbability(p, l)));
    }

    // Candidates sent for the reader's own vacancy; a friend asking the reader for a referral.
    [Theory]
    [InlineData("Owen Lake <owen@tidewater-recruit.co.uk>", "manager@harbourside-hotel.co.uk", "Two chefs for you",
        "Hi Priya,\n\nAs discussed, two CVs attached for your Commis Chef vacancy. Both can start in January and have worked banquets. Let me know which ones you'd like to interview and I'll line them up for Thursday.\n\nOwen\nTidewater Recruitment")]
    [InlineData("Nico Reyes <nico.reyes@gmail.com>", "amy.chow@gmail.com", "favour",
        "Hi Amy,\n\nYour company has a QA Analyst job up on its careers page. Would you be OK referring me? CV attached, and no worries if not.\n\nNico")]
    public void Mail_in_which_the_reader_hires_or_refers_is_everyday_mail(string from, string to, string subject, string body)
    {
        var r = Classify(from, to, subject, body);

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    // A panel named and referees asked for, an agency's invitation to its candidate, a group interview, "¿puedes estar…?".
    [Theory]
    [InlineData("Iris Wong <iris.wong@eastfield-health.org>", "m.kowalski@gmail.com", "Interview - Physiotherapist",
        "Dear Marta,\n\nThank you for applying for the Physiotherapist post. We would like to invite you to interview on Wednesday at 11:00. The panel will be the clinical lead and me. Please bring photo ID and the names of two referees.\n\nKind regards,\nIris Wong\nEastfield Health")]
    [InlineData("Owen Lake <owen@tidewater-recruit.co.uk>", "sam.devlin@gmail.com", "Commis Chef - Harbourside Hotel want to meet you",
        "Hi Sam,\n\nGreat news: Harbourside Hotel have read your CV and would like to meet you for the Commis Chef role on Thursday at 3pm. Can you make it? Bring your knives.\n\nOwen\nTidewater Recruitment")]
    [InlineData("Laura Pinto <laura.pinto@lojasvitoria.pt>", "rita.nunes@gmail.com", "Entrevistas de grupo - Assistente de loja",
        "Olá Rita,\n\nObrigada pela sua candidatura à vaga de assistente de loja. Pode estar presente nas entrevistas de grupo na sexta-feira às 10h, na loja do Porto?\n\nCumprimentos,\nLaura Pinto")]
    [InlineData("Luis Vega <luis.vega@talleresvega.es>", "rita.nunes@gmail.com", "Entrevista para el puesto de pintor",
        "Hola Rita,\n\nGracias por tu currículum. ¿Puedes estar en el taller el martes a las 9 para la entrevista del puesto de pintor?\n\nUn saludo,\nLuis Vega")]
    public void A_candidates_invitation_in_words_the_hiring_side_shares_stays_an_interview(string from, string to, string subject, string body)
    {
        var r = Classify(from, to, subject, body);

        Assert.True(r.Label == EmailLabels.Interviewing, Explain(r));
    }
}
