using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, session 14, company families read from blind-written mail: a job board's "Employer:" field, and the public
/// body (hospital, NHS trust, university, council, school district) that signs under a department's line. Every example
/// is invented for these tests.
/// </summary>
public sealed class CompanyFamily14PublicTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    [Fact]
    public void A_job_boards_employer_field_names_the_trust_not_the_board()
    {
        var company = Company("NHS Jobs <no-reply@jobs.nhs.uk>", "Application submitted: Occupational Therapist Band 6 - Stroke Unit (311-BCT-0420)",
            "Dear Robin Ashdown,\n\nYour application for the following job has been submitted:\n\nJob title: Occupational Therapist Band 6 - Stroke Unit\nJob reference: 311-BCT-0420\nEmployer: Brackenmoor Community NHS Trust\nLocation: Brackenmoor General, Mill Lane\n\nThe employer will review applications after the closing date.\n\nPlease do not reply to this email.\n\nNHS Jobs");

        Assert.Equal("Brackenmoor Community NHS Trust", company);
    }

    [Fact]
    public void A_trust_signing_under_its_directorate_is_the_employer_not_the_directorate()
    {
        var company = Company("Hollybrook Hospitals Recruitment <recruitment@hollybrook.nhs.com>", "Conditional Offer – Payroll Officer (Band 4)",
            "Dear Robin,\n\nFollowing your recent interview, we are delighted to offer you the post of Payroll Officer (Band 4), subject to satisfactory pre-employment checks.\n\nPlease log in to the recruitment portal to accept within 5 working days.\n\nKind regards,\nRecruitment Team, Workforce Directorate\nHollybrook Hospitals NHS Foundation Trust");

        Assert.Equal("Hollybrook Hospitals NHS Foundation Trust", company);
    }

    [Fact]
    public void A_German_university_hospital_signing_under_its_recruiting_office_is_named_in_full()
    {
        var company = Company("Universitätsklinikum Falkenau – Personalgewinnung <bewerbung@ukf-falkenau.de>", "Ihre Bewerbung: Medizinische Fachangestellte (m/w/d)",
            "Sehr geehrte Frau Ashdown,\n\nvielen Dank für Ihre Bewerbung als Medizinische Fachangestellte. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\nMit freundlichen Grüßen\n\nPersonalgewinnung\nUniversitätsklinikum Falkenau\nAnstalt des öffentlichen Rechts · Klinikweg 4 · 71234 Falkenau");

        Assert.Equal("Universitätsklinikum Falkenau", company);
    }

    [Fact]
    public void A_Spanish_university_signing_under_its_staff_service_is_the_employer()
    {
        var company = Company("Universidad de Mirabel – Servicio de Personal <seleccion@umirabel.es>", "Resolución proceso selectivo – Auxiliar Administrativo/a",
            "Estimada Sra. Ashdown:\n\nLe comunicamos que la Comisión de Selección ha resuelto el procedimiento. Lamentamos informarle de que su candidatura no ha resultado seleccionada.\n\nAtentamente,\n\nServicio de Personal de Administración y Servicios\nUniversidad de Mirabel\nAvda. de la Universidad s/n, 10300 Mirabel");

        Assert.Equal("Universidad de Mirabel", company);
    }

    [Fact]
    public void A_Portuguese_town_council_with_a_long_official_name_signs_for_itself()
    {
        var company = Company("Câmara Municipal de Vila Real de Santa Marta <recursoshumanos@cm-vrsmarta.pt>", "Notificação – Lista de ordenação final – Assistente Técnico",
            "Exmo.(a) Senhor(a) Robin Ashdown,\n\nFica V. Exa. notificado(a) de que foi homologada a lista unitária de ordenação final do procedimento concursal. V. Exa. ficou posicionado(a) em 3.º lugar e não foi selecionado(a).\n\nCom os melhores cumprimentos,\n\nA Chefe da Divisão de Recursos Humanos\nTeresa Lobo\n\nCâmara Municipal de Vila Real de Santa Marta\nPraça do Município · 5000-001 Vila Real de Santa Marta");

        Assert.Equal("Câmara Municipal de Vila Real de Santa Marta", company);
    }

    [Fact]
    public void A_Dutch_water_board_signing_under_an_adviser_is_the_employer()
    {
        var company = Company("Waterschap Lage Linge <recruitment@wll-werkenbij.nl>", "Vervolgstap sollicitatie Beleidsmedewerker: assessment",
            "Beste Robin,\n\nBedankt voor het eerste gesprek. De commissie wil graag verder met je. Je ontvangt binnen twee werkdagen een uitnodiging voor het assessment.\n\nMet vriendelijke groet,\n\nSanne de Wit\nHR-adviseur\nWaterschap Lage Linge\nDijkweg 12 · 4101 AB Culemborg");

        Assert.Equal("Waterschap Lage Linge", company);
    }

    [Fact]
    public void A_principal_signing_for_a_school_of_a_district_names_the_district()
    {
        var company = Company("Dana Kowalski <dkowalski@maple.birchwoodps.org>", "Grade 2 position",
            "Dear Robin,\n\nThank you for interviewing for the Grade 2 teaching position at Maple Elementary. After much deliberation, we have offered the position to another candidate.\n\nSincerely,\n\nDana Kowalski\nPrincipal, Maple Elementary School\nBirchwood Public Schools\n40 Elm Street · Birchwood, MA 01010");

        Assert.Equal("Birchwood Public Schools", company);
    }

    [Fact]
    public void A_professor_signing_with_her_school_and_university_names_the_university_not_the_postcode_line()
    {
        var company = Company("Prof. Helen Marsh <h.marsh@penhallow.ac.uk>", "Research Fellow - good news",
            "Dear Robin,\n\nThank you for coming in yesterday. I'm very pleased to tell you that the panel would like to offer you the Research Fellow post. HR will be in touch with the formal offer.\n\nBest wishes,\nHelen\n\nProfessor Helen Marsh\nSchool of Chemistry, University of Penhallow\nRoom 3.02, Tamar Building, Penhallow PL9 4QX");

        Assert.Equal("University of Penhallow", company);
    }
}
