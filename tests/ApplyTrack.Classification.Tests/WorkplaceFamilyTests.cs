using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Mail from the reader's current employer about the job they already have (issue 9, h-workplace): interviews that are
/// not hiring (exit, return to work, disciplinary, probation, appraisal), offers that are not a new job (extra shifts, a
/// contract extended), refusals that are not about an application (leave, flexible working, a contract not renewed,
/// redundancy). And the job mail the same employers send, which must stay a job event: an internal vacancy applied
/// for, a promotion through a vacancy, a new employer's offer and onboarding. Examples written for these tests, not drawn
/// from training/, bench/ or any data set.
/// </summary>
public sealed class WorkplaceFamilyTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string to, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, to, subject, body, DateTimeOffset.Parse("2026-11-26T09:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    /// <summary>The label a model 95 % sure of <paramref name="sureOf"/> ends on once the guards have read the mail.</summary>
    private static string AfterASureModel(string subject, string body, string sureOf)
    {
        var features = EmailFeatures.Of(new EmailInput("Kim Hale <kim.hale@peoplehub-hr.com>", "sam.reed@gmail.com", subject, body, null));
        var sure = EmailEvents.All.Select(e => e == sureOf ? 0.95f : 0.05f / (EmailEvents.All.Count - 1)).ToArray();
        var p = EmailClassifier.Guarded(features, sure, []);
        return EmailLabels.All.MaxBy(l => EmailClassifier.LabelProbability(p, l))!;
    }

    [Theory]
    [InlineData("Leaving us", "HR would like to book your exit interview before your last day.")]
    [InlineData("Welcome back", "Can we do your return to work interview at 8am before handover?")]
    [InlineData("Hearing", "I am writing to invite you to a disciplinary hearing on 9 December.")]
    [InlineData("Meeting", "You have the right to be accompanied by a trade union representative or a work colleague.")]
    [InlineData("Outcome", "I have decided not to uphold your grievance.")]
    [InlineData("Next week", "Let's meet on Wednesday for your probation review.")]
    [InlineData("Reviews", "The performance review cycle is now open; please book a meeting with your manager.")]
    [InlineData("Thursday", "Can we move our 1:1 to Friday at 10?")]
    [InlineData("Weekend", "I can offer you two extra shifts on the chill dock on Saturday.")]
    [InlineData("Restructure", "I'm sorry to tell you that your role is at risk of redundancy.")]
    [InlineData("Your contract", "Your fixed-term contract will not be renewed when it ends in January.")]
    [InlineData("Good news", "We are pleased to offer an extension of your fixed-term contract until August.")]
    [InlineData("Christmas", "Unfortunately your annual leave request for 21-27 December has been declined.")]
    [InlineData("Rota", "Your shift swap request was not approved by a manager.")]
    public void The_job_the_reader_has_is_recognised_in_english(string subject, string body) =>
        Assert.True(Cues.AboutTheJobTheReaderHas(subject, body), body);

    [Theory]
    [InlineData("Einladung zum Mitarbeitergespräch", "Ich lade Sie zum jährlichen Gespräch am Mittwoch um 10 Uhr ein.")]
    [InlineData("Ihr Antrag", "Leider müssen wir Ihren Urlaubsantrag für die Weihnachtswoche ablehnen.")]
    [InlineData("Weihnachten", "Wir könnten Ihnen zusätzliche Dienste am 24. und 26. Dezember anbieten.")]
    [InlineData("Convocation", "Nous vous convoquons à un entretien préalable le jeudi 10 décembre.")]
    [InlineData("Congés", "Votre demande de congés du 24 au 31 décembre a été refusée.")]
    [InlineData("Evaluación", "Te convocamos a la entrevista de evaluación del desempeño el martes.")]
    [InlineData("Vacaciones", "Lamentablemente tu solicitud de vacaciones ha sido denegada.")]
    [InlineData("Uitnodiging", "Graag nodig ik je uit voor je functioneringsgesprek op dinsdag.")]
    [InlineData("Verlof", "Helaas is je verlofaanvraag voor de kerstweek afgewezen.")]
    [InlineData("Reunião", "Convidamos-te para a reunião de avaliação de desempenho na quinta-feira.")]
    [InlineData("Férias", "O teu pedido de férias de 20 a 31 de dezembro foi recusado.")]
    public void The_job_the_reader_has_is_recognised_in_other_languages(string subject, string body) =>
        Assert.True(Cues.AboutTheJobTheReaderHas(subject, body), body);

    // An internal vacancy is applied for like any other; an offer of a new job names a probation period, overtime and
    // home working as terms; a bare "one-to-ones" or "niet verlengd" is not the reader's job.
    [Theory]
    [InlineData("Internal vacancy", "Thank you for your application for the internal Team Lead vacancy; we'd like to invite you to interview.")]
    [InlineData("Interviews", "Internal candidates will be interviewed for the Deputy Manager post on 12 December; the exit interview data informed the role.")]
    [InlineData("Secondment", "Thank you for your expression of interest in the secondment to the housing recovery team.")]
    [InlineData("HR Advisor interview", "We'd like to interview you for the HR Advisor role; you'll present how you would run a grievance hearing.")]
    [InlineData("Supervisor post", "Thank you for applying for the Print Supervisor post; the performance review cycle is explained in the pack.")]
    [InlineData("Your offer", "We offer a salary of £32,000 with a six-month probation period and overtime paid at time and a half.")]
    [InlineData("Feedback", "Your one-to-ones with the team also went well in the assessment day.")]
    [InlineData("Ihre interne Bewerbung", "Vielen Dank für Ihre interne Bewerbung; das Mitarbeitergespräch Ihres Teams bleibt davon unberührt.")]
    [InlineData("Angebot", "Probezeit sechs Monate, zwei Tage Homeoffice, Überstunden werden vergütet.")]
    [InlineData("Candidature interne", "Votre candidature interne au poste de cheffe d'équipe n'a pas été retenue malgré votre entretien annuel excellent.")]
    [InlineData("Propuesta", "Contrato indefinido, periodo de prueba de seis meses y teletrabajo dos días.")]
    [InlineData("Project", "Helaas heeft de provincie de subsidieregeling niet verlengd.")]
    [InlineData("Proposta", "Contrato sem termo, período experimental de 180 dias.")]
    public void Recruitment_and_the_terms_of_a_new_job_are_not_the_job_the_reader_has(string subject, string body) =>
        Assert.False(Cues.AboutTheJobTheReaderHas(subject, body), body);

    // A model 95 % sure of a job event is overruled, whichever event it chose.
    [Theory]
    [InlineData("Your exit interview", "Hi Sam,\n\nSorry to see you go. We'd like to hold a short exit interview with you on Wednesday at 2pm in the back office.\n\nKim", EmailEvents.InterviewInvite)]
    [InlineData("Holiday request", "Hi Sam,\n\nUnfortunately we are unable to approve your holiday request for 21-27 December; three colleagues already have leave booked.\n\nKim", EmailEvents.Rejection)]
    [InlineData("Overtime", "Sam,\n\nI can offer you overtime this weekend at time and a half, Saturday 6-2. Let me know by Thursday.\n\nKim", EmailEvents.Offer)]
    [InlineData("Personalgespräch", "Hallo Herr Reed,\n\nich möchte am Freitag um 14 Uhr ein Personalgespräch mit Ihnen führen.\n\nKim Hale", EmailEvents.InterviewInvite)]
    [InlineData("Entretien", "Bonjour Sam,\n\nJe te propose ton entretien professionnel annuel le mardi 15 décembre à 9h30.\n\nKim", EmailEvents.InterviewInvite)]
    [InlineData("Teletrabajo", "Hola Sam,\n\nHemos revisado tu solicitud de teletrabajo y no podemos aceptarla.\n\nKim", EmailEvents.Rejection)]
    [InlineData("Gesprek", "Beste Sam,\n\nJe bent uitgenodigd voor een verzuimgesprek op dinsdag om 11.00 uur.\n\nKim", EmailEvents.InterviewInvite)]
    [InlineData("Contrato", "Olá Sam,\n\nInformamos que o seu contrato não será renovado no fim de janeiro.\n\nKim", EmailEvents.Rejection)]
    public void The_job_the_reader_has_overrules_a_sure_model(string subject, string body, string sureOf) =>
        Assert.Equal(EmailLabels.None, AfterASureModel(subject, body, sureOf));

    // The same employers hiring: a receipt, an internal interview, an offer of a position with a start date.
    [Theory]
    [InlineData("Your application", "Dear Sam,\n\nThank you for applying. Your holiday request history is not part of the shortlisting.\n\nKim", EmailEvents.ApplicationReceived, EmailLabels.Applied)]
    [InlineData("Internal vacancy - Team Lead", "Dear Sam,\n\nAs an internal candidate you are invited to interview on 3 December; your manager knows about the exit interview rota.\n\nKim", EmailEvents.InterviewInvite, EmailLabels.Interviewing)]
    [InlineData("Offer", "Dear Sam,\n\nWe are pleased to offer you the position of Store Manager, starting 4 January. Holiday requests go through the rota app and you'll have a probation review at three months.\n\nKim", EmailEvents.Offer, EmailLabels.Offer)]
    public void Job_mail_from_the_same_employers_stays_a_job_event(string subject, string body, string sureOf, string expected) =>
        Assert.Equal(expected, AfterASureModel(subject, body, sureOf));

    // Whole emails the model alone calls job events.
    [Theory]
    [InlineData("Bank Office <bank@hospital-shifts.nhs.uk>", "k.lee@gmail.com", "Extra shifts available for you",
        "Hi Kim,\n\nWe'd like to offer you two extra shifts on Ward 4 this weekend. Please confirm in the app if you can take them.\n\nBank Office")]
    [InlineData("Payroll <payroll@sunrise-schools.org>", "p.dean@sunrise-schools.org", "Extension of your fixed-term contract",
        "Dear Pat,\n\nWe are pleased to offer an extension of your fixed-term contract until August 2027 on the same terms.\n\nPayroll")]
    [InlineData("RRHH <rrhh@logistica-levante.es>", "m.soler@gmail.com", "Solicitud de teletrabajo",
        "Hola Marta,\n\nHemos revisado tu solicitud de teletrabajo dos días a la semana. Lamentablemente no podemos aceptarla, ya que tu puesto de administrativa de almacén requiere presencia diaria en el centro de Ribarroja.\n\nUn saludo,\nRecursos Humanos")]
    public void A_whole_email_about_the_job_the_reader_has_is_everyday_mail(string from, string to, string subject, string body)
    {
        var r = Classify(from, to, subject, body);

        Assert.True(r.Label == EmailLabels.None, Explain(r));
    }

    [Theory]
    [InlineData("Recruitment <recruitment@wessex-college.ac.uk>", "s.ng@wessex-college.ac.uk", "Internal vacancy - Curriculum Manager",
        "Dear Sam,\n\nThank you for your application for the internal Curriculum Manager vacancy. We would like to invite you to interview on 10 December at 2pm.\n\nRecruitment", EmailLabels.Interviewing)]
    [InlineData("HR <hr@harbour-cafe.co.uk>", "a.ford@gmail.com", "Your offer",
        "Hi Abby,\n\nWe're delighted to offer you the position of Café Supervisor, starting 4 January. Holiday requests are made through our rota app and overtime is paid at time and a half.\n\nHR", EmailLabels.Offer)]
    [InlineData("Personal <personal@stadtwerke-lohr.de>", "k.meier@stadtwerke-lohr.de", "Ihre interne Bewerbung",
        "Hallo Herr Meier,\n\nvielen Dank für Ihre interne Bewerbung als Teamleiter. Wir laden Sie zum Vorstellungsgespräch am 12. Dezember ein.\n\nViele Grüße", EmailLabels.Interviewing)]
    [InlineData("RH <rh@societe-dupuis.fr>", "l.martin@societe-dupuis.fr", "Votre candidature interne",
        "Bonjour Léa,\n\nNous avons le regret de vous informer que votre candidature interne au poste de cheffe d'équipe n'a pas été retenue.\n\nCordialement", EmailLabels.Rejected)]
    public void A_whole_internal_application_or_offer_stays_a_job_event(string from, string to, string subject, string body, string expected)
    {
        var r = Classify(from, to, subject, body);

        Assert.True(r.Label == expected, Explain(r));
    }
}
