using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>The phrases around a role and an employer, one case per language; written here, not taken from any data set.</summary>
public sealed class RoleAndEmployerPatternTests
{
    private const string Reader = "Jordan Lee <jordan.lee@example.com>";

    private static (string? Company, string? Role) Extract(string from, string subject, string body) =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, Reader, subject, body, null)), Reader);

    [Theory]
    [InlineData("Thanks", "Hi Jordan,\n\nThank you for applying for the position of Warehouse Supervisor. We will be in touch.", "Warehouse Supervisor")]
    [InlineData("Merci", "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Responsable logistique. Nous revenons vers vous rapidement.", "Responsable logistique")]
    [InlineData("Danke", "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Steuerfachangestellte (m/w/d). Wir melden uns.", "Steuerfachangestellte")]
    [InlineData("Gracias", "Hola,\n\nhemos recibido tu postulación para el puesto de Ingeniera de Campo para nuestra obra en Arequipa.", "Ingeniera de Campo")]
    [InlineData("Bedankt", "Beste Jordan,\n\nHartelijk dank voor je sollicitatie voor de functie van Beleidsmedewerker Wonen. We nemen contact op.", "Beleidsmedewerker Wonen")]
    [InlineData("Obrigado", "Olá,\n\nRecebemos a sua candidatura para a vaga de Engenheira de Dados. Entraremos em contato.", "Engenheira de Dados")]
    [InlineData("Thanks", "Hi Jordan,\n\nThank you for applying for the Data Engineer, Senior position at Brightwave. We will be in touch.", "Data Engineer, Senior")]
    [InlineData("Thanks", "Hi Jordan,\n\nThank you for applying for the role of Software Engineer, Backend. We will be in touch.", "Software Engineer, Backend")]
    [InlineData("Thanks", "Hi Jordan,\n\nThank you for applying for the position of Policy Analyst, Wellington. We will be in touch.", "Policy Analyst")]
    public void A_phrase_of_the_body_names_the_role(string subject, string body, string role) =>
        Assert.Equal(role, Extract("Recruiting <jobs@brightwave.example.com>", subject, body).Role);

    [Theory]
    [InlineData("Housing Officer - outcome", "Housing Officer")]
    [InlineData("Offre – Chargée de communication", "Chargée de communication")]
    [InlineData("Einladung zum Vorstellungsgespräch – Projektleiterin Elektrotechnik", "Projektleiterin Elektrotechnik")]
    [InlineData("Entrevista – Ingeniero de Campo", "Ingeniero de Campo")]
    [InlineData("Uitnodiging gesprek – Projectleider Infra", "Projectleider Infra")]
    [InlineData("Proposta de emprego – Coordenadora de Logística", "Coordenadora de Logística")]
    [InlineData("Re: Offer of Appointment - Staff Nurse (Band 5)", "Staff Nurse (Band 5)")]
    [InlineData("Application received - Kitchen Porter (Ref KP-2291)", "Kitchen Porter")]
    public void The_part_of_a_subject_that_is_a_job_title_is_the_role(string subject, string role) =>
        Assert.Equal(role, Extract("Recruiting <jobs@brightwave.example.com>", subject, "Hello Jordan, see you soon.").Role);

    [Theory]
    [InlineData("Phone screen", "Hi Jordan, could we do a quick phone screen on Tuesday at 10?")]
    [InlineData("Second interview", "Hi Jordan, we would like to invite you to a second interview next week.")]
    [InlineData("Re: Final round - Thursday", "Hi Jordan, the panel is booked for Thursday at 2pm.")]
    [InlineData("Zweites Gespräch", "Hallo Jordan, wir laden Sie zu einem zweiten Gespräch ein.")]
    [InlineData("Entretien téléphonique", "Bonjour Jordan, êtes-vous disponible jeudi ?")]
    public void A_step_of_the_process_is_never_a_role(string subject, string body) =>
        Assert.Null(Extract("Dana Reyes <dana@brightwave.example.com>", subject, body).Role);

    [Theory]
    [InlineData("Hi Jordan,\n\nthe team would like to invite you to the final round for the Senior Data Analyst role. It'll be on site.", "Senior Data Analyst")]
    [InlineData("Hi Jordan,\n\nWe're hiring a Senior Android Developer to help rebuild our merchant app.", "Senior Android Developer")]
    [InlineData("Bonjour,\n\nnous vous accueillerons en tant qu'apprenti métallier à la rentrée.", "apprenti métallier")]
    [InlineData("Hallo,\n\nwir laden Sie zu einem Gespräch für die Position Disponent (m/w/d) am Donnerstag ein.", "Disponent")]
    [InlineData("Hi Jordan,\n\nputting the numbers in writing:\n\nTitle: Full-Stack Engineer\nBase: $160k", "Full-Stack Engineer")]
    [InlineData("Hi Jordan,\n\nwe've filled the Sales Associate position and won't be moving forward.", "Sales Associate")]
    public void Roles_are_read_from_how_people_write_about_them(string body, string role) =>
        Assert.Equal(role, Extract("Dana Reyes <dana@brightwave.example.com>", "Update", body).Role);

    [Fact]
    public void A_job_board_notice_names_the_role_on_the_line_over_the_employer()
    {
        var (company, role) = Extract(
            "LinkedIn <jobs-noreply@linkedin.com>", "Jordan, your application was sent to Helios Energy",
            "Your application was sent to Helios Energy\n\nBusiness Intelligence Analyst\nHelios Energy · Remote\n\nApplied on 3 May");

        Assert.Equal("Helios Energy", company);
        Assert.Equal("Business Intelligence Analyst", role);
    }

    [Fact]
    public void A_subjects_for_x_that_is_a_job_title_is_the_role_not_the_employer()
    {
        var (company, role) = Extract("Selección <seleccion@grupoalcor.es>", "Tu candidatura para Ingeniera de Software", "Hola Jordan, gracias por tu interés.");

        Assert.Equal("Ingeniera de Software", role);
        Assert.NotEqual("Ingeniera de Software", company);
    }

    [Fact]
    public void The_employers_name_in_front_of_a_title_is_not_part_of_the_role()
    {
        var (company, role) = Extract("Kestrel Bank Early Careers <earlycareers@kestrelbank.example.com>", "Your application",
            "Hi Jordan,\n\nThank you for applying for the Kestrel Bank Graduate Analyst position.");

        Assert.Equal("Kestrel Bank", company);
        Assert.Equal("Graduate Analyst", role);
    }

    [Theory]
    [InlineData("Liam Gallagher-Reid <liam@harcourtblaine.example.co.uk>", "They want to see you again!", "Hi Jordan,\n\nJust off the phone with Simon at Pellow & Finch. They really liked you.\n\nLiam")]
    [InlineData("Felix Hartmann <felix.hartmann@kopfwerk-personal.example.de>", "Rückmeldung", "Hallo Jordan,\n\nleider keine guten Nachrichten: Pellow & Finch hat sich gegen eine weitere Zusammenarbeit entschieden.\n\nFelix")]
    [InlineData("Jade Kirkwood <jade@kirkwood-recruit.example.com>", "", "They said YES!! Pellow & Finch are offering 48k + car. Call me!!")]
    [InlineData("Marc Petit <marc@talentis-recrutement.example.fr>", "Poste de comptable chez Pellow & Finch", "Bonjour Jordan,\n\nje reviens vers vous au sujet du poste.\n\nMarc")]
    public void A_recruiting_agency_is_never_the_employer_when_the_mail_names_its_client(string from, string subject, string body) =>
        Assert.Equal("Pellow & Finch", Extract(from, subject, body).Company);

    [Theory]
    [InlineData("Kopa Pay Careers via LinkedIn <jobs-noreply@linkedin.com>", "Kopa Pay")]
    [InlineData("Talent Team | Brightwave <no-reply@greenhouse.io>", "Brightwave")]
    [InlineData("Recrutement – Maison Ardoise <no-reply@welcomekit.co>", "Maison Ardoise")]
    [InlineData("Vivara Talent Acquisition <donotreply@myworkday.com>", "Vivara")]
    public void The_senders_display_name_less_its_noise_is_the_employer(string from, string company) =>
        Assert.Equal(company, Extract(from, "Update", "Hi Jordan, thanks for your interest.").Company);

    [Theory]
    [InlineData("Thanks", "Hi Jordan,\n\nI'm the hiring manager at Fenwick Bicycle Works and I loved your application.\n\nSam", "Fenwick Bicycle Works")]
    [InlineData("Danke", "Hallo Jordan,\n\nich bin Teamleiterin bei Lechtal Verpackungen und würde Sie gern kennenlernen.\n\nAnna", "Lechtal Verpackungen")]
    [InlineData("Merci", "Bonjour Jordan,\n\nje suis responsable RH chez Maison Ardoise et j'aimerais échanger avec vous.\n\nClaire", "Maison Ardoise")]
    [InlineData("Gracias", "Hola Jordan,\n\nsoy la reclutadora de Banco Lumbre y quería hablar contigo.\n\nLucía", "Banco Lumbre")]
    [InlineData("Bedankt", "Hoi Jordan,\n\nik ben recruiter bij Vliet Transport en wil graag kennismaken.\n\nPieter", "Vliet Transport")]
    [InlineData("Obrigada", "Olá Jordan,\n\nsou recrutadora na Construtora Aroeira e gostaria de conversar.\n\nMariana", "Construtora Aroeira")]
    public void A_person_writing_from_a_free_mailbox_names_the_employer_in_running_text(string subject, string body, string company) =>
        Assert.Equal(company, Extract("Sam Rivera <sam.rivera.1988@gmail.com>", subject, body).Company);

    [Fact]
    public void A_pathological_text_does_not_stall_extraction()
    {
        var body = "for the position of " + string.Concat(Enumerable.Repeat("Aa ", 20_000)) + "\n" + string.Concat(Enumerable.Repeat("x, ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = Extract("Dana <dana@brightwave.example.com>", string.Concat(Enumerable.Repeat("Offer - ", 2_000)), body);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"extraction took {watch.Elapsed}");
    }
}
