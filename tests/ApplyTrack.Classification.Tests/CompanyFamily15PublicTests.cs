using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, session 15: public bodies in blind writers' job mail — a college, a municipality, a cantonal hospital, a
/// town, a provincial agency or a school that signs under its official name while a department, an address line, the
/// domain's letters or a subject's bracket was read as the employer; a school or hospital the mail says the post is at,
/// over the trust that runs it. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily15PublicTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    [Fact]
    public void An_employer_field_naming_a_hospital_part_of_a_trust_names_the_hospital()
    {
        var company = Company("NHS Jobs <noreply@jobs.nhs-notify.com>", "Application submitted for Porter – Estates",
            "Dear Robin Ashdown,\n\nYou have successfully submitted your application for:\n\nJob title: Porter – Estates\nEmployer: Hollin Vale Community Hospital (part of Upper Wharfe Health NHS Trust)\nJob reference: 310-HV-8812\n\nThe recruiting manager will review your application after the closing date.\n\nDo not reply to this email.");

        Assert.Equal("Hollin Vale Community Hospital", company);
    }

    [Fact]
    public void A_school_the_post_is_at_part_of_an_academy_trust_is_the_employer()
    {
        var company = Company("Kestrel Learning Trust <hr@kestrel-lt.com>", "Interview invitation – Teacher of English, Marlow Fields Academy",
            "Dear Robin,\n\nThank you for your application for the post of Teacher of English at Marlow Fields Academy, part of Kestrel Learning Trust.\n\nI am pleased to invite you to interview on Tuesday 3 March 2026, with a lesson observation and a student panel.\n\nKind regards,\n\nJoanne Beck\nHR Officer\nKestrel Learning Trust");

        Assert.Equal("Marlow Fields Academy", company);
    }

    [Fact]
    public void A_trust_signing_beside_the_school_the_subject_names_gives_the_school()
    {
        var company = Company("Kestrel Learning Trust <hr@kestrel-lt.com>", "Teacher of English – Marlow Fields Academy",
            "Dear Robin,\n\nThank you for coming to interview on Tuesday. I am sorry to tell you that the post has been offered to another candidate.\n\nKind regards,\n\nJoanne Beck\nHR Officer\nKestrel Learning Trust – Marlow Fields Academy");

        Assert.Equal("Marlow Fields Academy", company);
    }

    [Fact]
    public void A_trusts_name_under_an_ats_form_is_not_the_wards_bracket()
    {
        var company = Company("Ashvale NHS Foundation Trust via Trac <noreply@trac.jobs.com>", "Application acknowledgement – Band 5 Staff Nurse, Ward 9 (Acute Surgery)",
            "Dear Robin Ashdown,\n\nJob reference: 301-RSP-1120-A\nJob title: Band 5 Staff Nurse – Ward 9 Acute Surgery\nSite: Ashvale General Hospital\n\nThank you for applying for the above post with Ashvale NHS Foundation Trust. Your application has been successfully submitted.\n\nOnce the vacancy has closed, the recruiting manager will shortlist.\n\nKind regards\nRecruitment Services\nAshvale NHS Foundation Trust");

        Assert.Equal("Ashvale NHS Foundation Trust", company);
    }

    [Fact]
    public void A_postcode_line_under_a_university_is_its_address_not_the_employer()
    {
        var company = Company("Priya Desai <priya.desai@harrowgate.ac>", "Research Fellow – interview",
            "Dear Dr Ashdown,\n\nThe panel would like to invite you to interview for the Research Fellow post on Thursday 4 June at 10:00.\n\nBest wishes,\nPriya\n\nPriya Desai\nSchool Administrator, School of Chemistry\nUniversity of Harrowgate\nHarrowgate HG4 2QT");

        Assert.Equal("University of Harrowgate", company);
    }

    [Fact]
    public void A_malaysian_college_signs_under_its_human_resource_department()
    {
        var company = Company("Jabatan Sumber Manusia KPSB <hr@kpsb.edu.my>", "Acknowledgement of Application - Lecturer (Accounting)",
            "Dear Encik Robin,\n\nACKNOWLEDGEMENT OF APPLICATION - LECTURER (ACCOUNTING)\n\nWe wish to inform that your application has been received and is being processed. Only shortlisted candidates will be called for interview.\n\nYours faithfully,\nHuman Resource Department\nKolej Perdagangan Sri Bestari\nJalan Bestari 4, 81300 Skudai, Johor");

        Assert.Equal("Kolej Perdagangan Sri Bestari", company);
    }

    [Fact]
    public void A_municipality_signs_under_its_officer_title()
    {
        var company = Company("HRMO - Municipality of Santa Lucia <hrmo@lgu-stalucia.gov.ph>", "Result of Application - Administrative Aide III",
            "Dear Mr. Ashdown,\n\nUpon evaluation by the selection board, we regret to inform you that you did not meet the minimum qualification standards for the position of Administrative Aide III.\n\nVery truly yours,\n\nMARIA L. SANTOS\nMunicipal Human Resource Management Officer\nMunicipality of Santa Lucia, Pampanga");

        Assert.Equal("Municipality of Santa Lucia", company);
    }

    [Fact]
    public void A_community_college_through_an_ats_is_not_the_subjects_bracket()
    {
        var company = Company("Pine Ridge Community College via SmartRecruiters <noreply@smartrecruiters.com>",
            "Pine Ridge Community College - Application Confirmation: Adjunct Instructor – Chemistry (Pool)",
            "Dear Robin Ashdown,\n\nThank you for your application to the Adjunct Instructor – Chemistry (Pool) position.\n\nKind regards,\nOffice of Human Resources\nPine Ridge Community College\n12 College Drive, Pine Ridge, OR 97000");

        Assert.Equal("Pine Ridge Community College", company);
    }

    [Fact]
    public void A_provincial_agency_is_not_its_job_number()
    {
        var company = Company("PHRA Recruitment <do-not-reply@taleo.net>", "Provincial Health Records Agency - Competition PHRA-26-0415",
            "Dear Robin Ashdown,\n\nThank you for your interest in Job Number PHRA-26-0415, Records Analyst.\n\nAfter careful consideration, we regret to inform you that you have not been selected to proceed.\n\nPeople Services\nProvincial Health Records Agency");

        Assert.Equal("Provincial Health Records Agency", company);
    }

    [Fact]
    public void A_french_school_signs_its_name_over_the_domains_letters()
    {
        var company = Company("Martine Dufour <m.dufour@ecole-les-tilleuls.be>", "Re: Remplacement 3e primaire",
            "Chère Madame,\n\nJe vous confirme que nous vous confions le remplacement en 3e primaire à partir du lundi 2 février.\n\nBien cordialement,\nM. Dufour\nDirectrice\nÉcole communale Les Tilleuls – Rue du Parc 8 – 5000 Namur");

        Assert.Equal("École communale Les Tilleuls", company);
    }

    [Fact]
    public void A_cantonal_hospital_signs_its_name_over_the_domains_letters()
    {
        var company = Company("Dr. Urs Keller <u.keller@ksb-baden.ch>", "Einladung zum Vorstellungsgespräch",
            "Sehr geehrte Frau Ashdown\n\nWir laden Sie herzlich zu einem Vorstellungsgespräch am 12. Mai um 10 Uhr ein.\n\nFreundliche Grüsse\n\nDr. Urs Keller\nLeiter Pflege Chirurgie\nKantonsspital Baden\nIm Ergel 1, 5404 Baden");

        Assert.Equal("Kantonsspital Baden", company);
    }

    [Fact]
    public void A_french_town_signs_as_ville_not_as_its_town_hall()
    {
        var company = Company("Mairie de Saint-Aubin-des-Prés – Ressources Humaines <rh@saint-aubin-mairie.fr>", "Accusé de réception de votre candidature",
            "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste d'agent d'accueil, référence RH-2026-042.\n\nNous vous prions d'agréer nos salutations distinguées.\n\nDirection des Ressources Humaines\nVille de Saint-Aubin-des-Prés – 1 place de la Mairie – 35000 Saint-Aubin-des-Prés");

        Assert.Equal("Ville de Saint-Aubin-des-Prés", company);
    }
}
