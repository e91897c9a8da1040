using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, fourth round: the name as the labels write it when the mail writes it in a longer form too — a
/// site, a department or a subsidiary's country after the name that spells the sender's domain. Every example is
/// invented for these tests; the comparison is the evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyFamily4Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    // Family 1: the words after the domain's name are a site, a department or a country.

    [Theory]
    [InlineData("Marisol Bank Learning Centre", "marisolbank", "Interview at Marisol Bank", "Marisol Bank")]
    [InlineData("Tanager Insurance Singapore", "tanagerinsurance", "we are pleased to welcome you to Tanager Insurance.", "Tanager Insurance")]
    [InlineData("Hollybrook ISD Transportation", "hollybrookisd", "Transportation Department\nHollybrook ISD", "Hollybrook ISD")]
    [InlineData("Seixal Logística Portugal", "seixallogistica", "Obrigado pelo interesse na Seixal Logística.", "Seixal Logística")]
    [InlineData("Kranholt Regional Office", "kranholt", "Ihre Bewerbung bei Kranholt ist eingegangen.", "Kranholt")]
    public void A_site_department_or_country_after_the_domains_name_is_dropped(string company, string label, string body, string expected) =>
        Assert.Equal(expected, CompanyAndRole.NameInRunningText(company, label, body));

    [Theory]
    // A word of the organisation's kind is part of the name the labels keep ("Minerals", "Studios", "Services").
    [InlineData("Pilcombe Ridge Minerals", "pilcomberidge", "your interest in Pilcombe Ridge and")]
    [InlineData("Oduyemi Energy Services", "oduyemienergy", "thank you for applying to Oduyemi Energy.")]
    // The short form never stands alone: it is always the start of the longer one.
    [InlineData("Wexcombe Medical Center", "wexcombemed", "Welcome to Wexcombe Medical Center.")]
    // The longer form is written in a sentence, so the mail uses it as the name.
    [InlineData("Tanager Insurance Singapore", "tanagerinsurance", "Tanager Insurance Singapore is pleased to offer you the role. Tanager Insurance.")]
    public void A_name_the_mail_writes_in_full_or_a_kind_of_organisation_is_kept(string company, string label, string body) =>
        Assert.Null(CompanyAndRole.NameInRunningText(company, label, body));

    [Theory]
    [InlineData("Corvel Bank Recruitment <recruitment@corvelbank.example.com.ng>", "Invitation to aptitude test",
        "Dear Ada,\n\nWe are pleased to invite you to an aptitude test.\n\nVenue: Corvel Bank Learning Centre, 12 Marina Road, Lagos\n\nNote that Corvel Bank will never ask you to pay for any stage of the process.\n\nRegards,\nHuman Resources\nCorvel Bank Plc", "Corvel Bank")]
    [InlineData("Joanne Lim <joanne.lim@tanagerinsurance.example.com.sg>", "Interview invitation - Pricing Analyst",
        "Dear Marcus,\n\nThank you for your interest in the Pricing Analyst position at Tanager Insurance. We would like to invite you to a first interview on Thursday.\n\nBest regards,\nJoanne Lim\nTalent Acquisition Partner\nTanager Insurance Singapore Pte Ltd", "Tanager Insurance")]
    [InlineData("Hollybrook ISD Transportation <transportation@hollybrookisd.example.org>", "Bus driver application",
        "Ms. Reyes,\n\nWe have your application for School Bus Driver. Thank you. We are collecting applications through the end of July.\n\nTransportation Department\nHollybrook ISD", "Hollybrook ISD")]
    public void The_employer_is_named_without_its_site_department_or_country(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    // Family 2: a subject that goes on past the name into what happened to the application.

    [Theory]
    [InlineData("Bewerbermanagement <bewerbung@example-jobs.de>", "Ihre Bewerbung bei Lindqvist Energie ist eingegangen", "Lindqvist Energie")]
    [InlineData("Bewerbermanagement <bewerbung@example-jobs.de>", "Ihre Bewerbung bei Rechenwerk Nord wurde übermittelt", "Rechenwerk Nord")]
    [InlineData("Selección <seleccion@example-jobs.es>", "Tu candidatura en Aceros Duero ha sido recibida", "Aceros Duero")]
    [InlineData("Recrutamento <rh@example-jobs.pt>", "Sua candidatura na Cortiças Ribeira foi recebida", "Cortiças Ribeira")]
    public void A_subject_names_the_employer_without_the_verb_after_it(string from, string subject, string employer) =>
        SameName(employer, Company(from, subject, "Vielen Dank. Gracias. Obrigado."));

    // Family 3: what is never a name — a state in an Australian council's domain, a form's field, a department, a date.

    [Theory]
    [InlineData("Wirrabee Shire Council <recruitment@wirrabee.nsw.gov.au>", "Acknowledgement of application - Planner",
        "Dear Sam\n\nThank you for your application for the position of Planner (Position No. 2026-014).\n\nRegards\nPeople & Culture\nWirrabee Shire Council\nPO Box 9, Wirrabee NSW 2700", "Wirrabee Shire Council")]
    [InlineData("Recruitment Cell <recruitment@konkanharbourbank.example.in>", "Application No. KHB/CO/26/0412 - Submitted",
        "Dear Candidate,\n\nYour application for the post of Credit Officer has been submitted successfully.\n\nApplication No: KHB/CO/26/0412\n\nRegards,\nRecruitment Cell\nKonkan Harbour Bank Ltd.", "Konkan Harbour Bank")]
    [InlineData("Landratsamt Talwald – Personal <personal@lra-talwald.example.de>", "Ihre Bewerbung – Einstellungszusage",
        "Sehr geehrte Frau Roth,\n\nwir bieten Ihnen die Stelle als Verwaltungsfachangestellte an.\n\nMit freundlichen Grüßen\nIm Auftrag\nPetra Lang\nLandratsamt Talwald\nSachgebiet Personal", "Landratsamt Talwald")]
    public void A_state_a_form_field_or_a_department_is_not_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Interview - Sous Chef @ Wed 13 May 2026 3pm - 4pm (BST)", "Wed 13 May 2026 3pm")]
    public void A_calendar_invitations_date_is_never_the_employer(string subject, string date) =>
        Assert.NotEqual(Evaluation.Normalise(date), Evaluation.Normalise(Company("Olivia Grant <olivia@example.com>", "Invitation: " + subject, "Olivia Grant has invited you to an event.")));

    // Role: a place, a grade, a shift or hours in brackets after the role is not part of it; a speciality is.

    [Theory]
    [InlineData("Application received - Claims Adjuster Trainee (Des Moines, IA)", "Claims Adjuster Trainee")]
    [InlineData("Application received - Marine Safety Inspector (TI-05)", "Marine Safety Inspector")]
    [InlineData("Application received - Healthcare Assistant (nights)", "Healthcare Assistant")]
    [InlineData("Application received - Cabin Crew (Manchester base)", "Cabin Crew")]
    [InlineData("Application received - Pflegefachkraft (30 Std.)", "Pflegefachkraft")]
    [InlineData("Application received - Aide-soignant (nuit, 80 %)", "Aide-soignant")]
    [InlineData("Application received - Backend Engineer (Payments)", "Backend Engineer (Payments)")]
    public void A_role_drops_a_place_grade_or_shift_in_brackets(string subject, string role) =>
        Assert.Equal(role, CompanyAndRole.Extract(MailTextReader.Read(new EmailInput("Careers <careers@example-employer.com>", null, subject, "Thank you for applying.", null)), null).Role);
    // A name the domain spells across a line break (the signature's last word, then the subject's first) is one line of
    // text on the card, and reading it never fails on the line it stands on.
    [Theory]
    [InlineData("Jenny Wren <jenny@wrenbookkeeping.com.au>", "Bookkeeping assistant",
        "Hi Mia,\n\nThanks for your application. Could you come in for a chat on Thursday at 10am? We're upstairs at 14 Bay Street.\n\nJenny Wren")]
    [InlineData("Ben Saltmarsh <ben@saltmarshoyster.com>", "oyster farm job",
        "Lucas - got your note. Come down to the dock Saturday at 7am and work a couple hours with us. Then we'll talk about the job.\n\nBen Saltmarsh")]
    public void A_name_read_across_a_line_break_is_written_on_one_line(string from, string subject, string body)
    {
        var company = Company(from, subject, body);

        Assert.NotNull(company);
        Assert.DoesNotContain('\n', company);
        Assert.DoesNotContain('\r', company);
    }
    // Control characters no text shows (a NUL, an escape, a form feed) in a sender, a subject or a body never reach the card.
    [Theory]
    [InlineData("Dijkstra Vermogensbeheer <hr@dijkstra-vb.nl>", "Uitnodiging\u0000 gesprek",
        "Beste Sam,\n\nGraag nodigen wij je uit voor een gesprek op dinsdag om 10.00 uur.\n\nMet vriendelijke groet,\nDijkstra Vermogensbeheer B.\u0000V.\u0000")]
    [InlineData("\u0000Kestrel Robotics <talent@kestrelrobotics.com>", "Interview\u001b invitation",
        "Hi Sam,\f\nWe'd like to invite you to a first interview next week.\n\nBest,\nKestrel Robotics US Inc.\u0000")]
    [InlineData("Beatrice Osei <beatrice.osei@hopebridge-ngo.org>", "Fwd: Application – Monitoring Officer",
        "Hi Kenji — got it, thanks! Forwarding to our programme director now.\n\nBeatrice\n\n---------- Forwarded message ---------\nFrom: Kenji Nakamura <k.\u0000nakamura@example.\u0000jp>\nSubject: Application – Monitoring Officer\nTo: jobs@hopebridge-ngo.\u0000org\n\nDear HopeBridge team,\nPlease find attached my CV.\u0000\nKenji Nakamura")]
    public void Control_characters_never_reach_the_name(string from, string subject, string body)
    {
        var company = Company(from, subject, body);

        Assert.DoesNotContain(company ?? "", c => char.IsControl(c));
    }
}
