using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, eighth round: the company is never the role, an office, a person or a public body's site, and a
/// signing service's or an ATS's wrapper gives way to the employer it names. Every example is invented for these tests;
/// the comparison is the evaluation's (lower-case letters and digits).
/// </summary>
public sealed class CompanyFamily8Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Tern Bay Port Authority - Staffing <staffing@tbpa.example.ca>", "Letter of Offer - Harbour Safety Inspector (TI-04)",
        "Dear Ms. Roy,\n\nI am pleased to offer you an indeterminate appointment to the position of Harbour Safety Inspector (TI-04) with the Tern Bay Port Authority, effective March 2, 2027.\n\nPlease sign the acceptance portion and return it within five working days.\n\nRegional Director, Harbour Safety\nTern Bay Port Authority", "Tern Bay Port Authority")]
    public void A_role_read_as_the_company_is_read_again_for_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    // "Ihre Bewerbung: Disponent (m/w/d)": the subject's opening words are the reader's application, not the employer.
    [Theory]
    [InlineData("Bergmann Logistik <bewerbung@bergmann.example.de>", "Ihre Bewerbung: Disponent (m/w/d)",
        "Guten Tag Alex Moreau,\n\nherzlichen Dank für Ihre Bewerbung als Disponent. Nach sorgfältiger Prüfung können wir Ihre Bewerbung leider nicht berücksichtigen.\n\nFreundliche Grüße\nBergmann Logistik Personal", "Bergmann Logistik")]
    [InlineData("Quayside Dental <jobs@quaysidedental.example.co.uk>", "Your Application: Dental Nurse",
        "Dear Sam,\n\nThank you for applying for the Dental Nurse post. We'd like to invite you to an interview on Tuesday at 10am.\n\nQuayside Dental", "Quayside Dental")]
    public void The_readers_application_in_a_subject_is_not_the_company(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("SignRight <notifications@signright.example.io>", "Halden Orchards sent you a document to sign: Employment Contract - Alex Moore",
        "Priya Lal from Halden Orchards has sent you a document to review and sign.\n\nDocument: Employment Contract - Alex Moore - Farm Supervisor\n\nREVIEW AND SIGN\n\nSignRight Ltd, 4 Mill Lane, Leeds.", "Halden Orchards")]
    [InlineData("Firmalia <avisos@firmalia.example.es>", "Bodegas Arlanza te ha enviado un documento para firmar",
        "Bodegas Arlanza te ha enviado un documento para firmar: Contrato de trabajo – Enólogo/a.\n\nFirmar documento\n\nFirmalia, firma electrónica.", "Bodegas Arlanza")]
    public void A_signing_services_wrapper_names_the_employer(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Ashvale Fire Communications <ecc@ashvalecity.example.gov>", "Call Taker - Application Received",
        "Thank you for applying for the position of Call Taker with the City of Ashvale. Your application has been received and is under review.\n\nAshvale Fire Communications Division", "City of Ashvale")]
    [InlineData("Dalwijk Zwembad <zwembad@dalwijk.example.nl>", "Uw sollicitatie badmeester",
        "Beste Tim,\n\nBedankt voor uw sollicitatie als badmeester. Helaas moeten wij u laten weten dat wij voor een andere kandidaat hebben gekozen.\n\nMet vriendelijke groet,\nTeam Personeelszaken\nGemeente Dalwijk", "Gemeente Dalwijk")]
    public void A_public_bodys_site_or_service_gives_way_to_the_body(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // The last part of an acknowledgement's subject that the body writes as part of the role is the role's.
    [InlineData("Arden Precision <hr@ardenprecision.example.com>", "Application received – CNC Machinist – Night Shift",
        "Sam,\n\nYour application for CNC Machinist – Night Shift was received on 03/02/2027. We will be in touch.\n\nArden Precision - Human Resources", "Arden Precision")]
    // An organisation sending through a service, which the mail writes as the employer.
    [InlineData("Goldfinch Games via Hirebox <noreply@hirebox-mail.example.de>", "Deine Bewerbung bei Goldfinch Games",
        "Hallo Mia,\n\ndanke für deine Bewerbung als Level Designerin! Wir melden uns bald.\n\nLiebe Grüße\nDas Goldfinch-Team", "Goldfinch Games")]
    // A hospital named after its city is its own employer.
    [InlineData("Ashvale General Hospital <jobs@ashvalegeneral.example.org>", "Interview - Porter",
        "Dear Lee,\n\nThank you for applying to Ashvale General Hospital. We would like to invite you to interview for the Porter post on Monday at 10am. The hospital is the largest employer in the City of Ashvale.\n\nRecruitment Team\nAshvale General Hospital", "Ashvale General Hospital")]
    // A role read as the employer's own display name is the misread part, not the name.
    [InlineData("Harbor Freightways <no-reply@us.greenhouse-mail.io>", "Regarding your application to Harbor Freightways",
        "Dear Sam,\n\nThank you for your interest in the Account Executive role. We have decided to move forward with other candidates at this time.\n\nHarbor Freightways", "Harbor Freightways")]
    public void An_employer_that_looks_like_these_families_stays(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Marine Safety Inspector", "Marine Safety Inspector (TI-05)")]
    [InlineData("French Immersion", "Intermediate Teacher (French Immersion)")]
    [InlineData("Nurse", "Community Staff Nurse")]
    [InlineData("Clerk to the Council", null)]
    [InlineData("Rev", null)]
    [InlineData("Interview", null)]
    [InlineData("Mag.a Petra Lindner", null)]
    public void A_role_an_office_a_step_or_an_honorific_is_no_employer(string company, string? role) =>
        Assert.True(CompanyAndRole.NotAnEmployer(company, role, Sender.Parse("Staffing <staffing@example.org>"), "robin@example.com", "", ""));

    [Theory]
    [InlineData("Application received – Warehouse Operative – Penrose Foods", "Thank you for applying for Warehouse Operative.\n\nPenrose Foods Talent Team", "Penrose Foods", "Warehouse Operative")]
    [InlineData("Application received - Data Analyst - Orwell Energy", "Your application for Data Analyst has been received.\n\nOrwell Energy", "Orwell Energy", "Data Analyst")]
    public void An_ats_acknowledgement_subject_gives_the_role_then_the_employer(string subject, string body, string employer, string role) =>
        Assert.Equal((employer, role), CompanyAndRole.AcknowledgedInSubject(subject, body, []));

    [Theory]
    // A shift or unit after the role, which the body writes as part of it.
    [InlineData("Application received – CNC Machinist – Night Shift", "Your application for CNC Machinist – Night Shift was received.")]
    // A last part the body never writes.
    [InlineData("Application received – Barista – Leeds", "Thanks for applying for Barista.")]
    public void An_ats_acknowledgement_subject_without_an_employer_names_none(string subject, string body) =>
        Assert.Null(CompanyAndRole.AcknowledgedInSubject(subject, body, []));

    [Theory]
    [InlineData("Lidl", "Store Assistant")]
    [InlineData("Harbor Freightways", "Account Executive")]
    [InlineData("Brightwater Labs", null)]
    public void An_employer_named_near_the_role_is_an_employer(string company, string? role) =>
        Assert.False(CompanyAndRole.NotAnEmployer(company, role, Sender.Parse("Talent <talent@example.org>"), "robin@example.com", "", ""));

    [Theory]
    // A display name typed with two spaces splits into an empty word; the person check must read it as it reads the
    // name with one space, not throw (the speed benchmark's everyday mail found it: one bad name stopped the batch).
    [InlineData("Ana Ruiz", "ana.ruiz@gmail.com")]
    [InlineData("Harbor Freightways", "jobs@harborfreightways.example.com")]
    public void A_name_with_a_doubled_space_is_read_like_the_name_with_one(string name, string address)
    {
        var doubled = name.Replace(" ", "  ", StringComparison.Ordinal);

        Assert.Equal(
            CompanyAndRole.NotAnEmployer(name, null, Sender.Parse($"{name} <{address}>"), "robin@example.com", "Hello", "Thanks,\n" + name),
            CompanyAndRole.NotAnEmployer(doubled, null, Sender.Parse($"{doubled} <{address}>"), "robin@example.com", "Hello", "Thanks,\n" + doubled));
    }

    [Theory]
    // The name is the place alone, from the domain's letters or a short mention: the body the mail writes is the employer.
    [InlineData("North Averill", "The Town of North Averill thanks all applicants.", "Town of North Averill")]
    [InlineData("Kestrel Lake", "Human Resources\nRegional Municipality of Kestrel Lake", "Regional Municipality of Kestrel Lake")]
    [InlineData("Valdeoliva", "Recursos Humanos\nAyuntamiento de Valdeoliva", "Ayuntamiento de Valdeoliva")]
    public void A_place_alone_gives_way_to_the_public_body_the_mail_names(string company, string text, string body) =>
        Assert.Equal(body, CompanyAndRole.PublicBodyOf(company, text));

    [Theory]
    // A place with no body written, and a hospital named after its place, stay as they are.
    [InlineData("North Averill", "Thank you for applying to North Averill.")]
    [InlineData("Kestrel Lake Hospital", "The City of Kestrel Lake is proud of Kestrel Lake Hospital.")]
    public void A_place_with_no_body_written_or_an_employer_named_after_it_stays(string company, string text) =>
        Assert.Null(CompanyAndRole.PublicBodyOf(company, text));
}
