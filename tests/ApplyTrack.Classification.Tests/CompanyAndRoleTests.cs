using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

public sealed class CompanyAndRoleTests
{
    private static (string? Company, string? Role) Extract(string from, string subject, string body, string? to = "Jordan Lee <jordan.lee@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to);

    [Fact]
    public void Ats_sender_display_name_names_the_employer_not_the_ats()
    {
        var (company, _) = Extract("Confluent Talent Team <no-reply@ashbyhq.com>", "Thanks for your interest", "We have your application.");

        Assert.Equal("Confluent", company);
    }

    [Fact]
    public void Greenhouse_subject_names_role_and_company()
    {
        var (company, role) = Extract("no-reply@us.greenhouse-mail.io", "Update on your Analyst, Operations Analytics application with Toast", "Hi Jordan");

        Assert.Equal("Toast", company);
        Assert.Equal("Analyst, Operations Analytics", role);
    }

    [Fact]
    public void Recipient_name_is_not_part_of_the_role()
    {
        var (company, role) = Extract("Hiring Team <notifications@smartrecruiters.com>", "Thank you from Larkfield - Commercial Analyst - Jordan Lee", "Hello");

        Assert.Equal("Larkfield", company);
        Assert.Equal("Commercial Analyst", role);
    }

    [Fact]
    public void Linkedin_french_subject_names_the_company()
    {
        var (company, _) = Extract("jobs-noreply@linkedin.com", "Jordan, votre candidature a été envoyée à Maison Verte", "");

        Assert.Equal("Maison Verte", company);
    }

    [Fact]
    public void Role_gender_markers_are_dropped()
    {
        var (company, role) = Extract("jobs-noreply@linkedin.com", "Votre candidature : Data Engineer (H/F) chez Groupe Orion", "");

        Assert.Equal("Groupe Orion", company);
        Assert.Equal("Data Engineer", role);
    }

    [Fact]
    public void Personal_sender_falls_back_to_the_domain_written_as_in_the_text()
    {
        var (company, _) = Extract("Elaine <elaine@hockeystack.com>", "Next steps", "Hi Jordan, great talking to you about HockeyStack yesterday.");

        Assert.Equal("HockeyStack", company);
    }

    [Fact]
    public void Domain_spelled_by_several_accented_words_is_recovered()
    {
        var (company, _) = Extract("Lucía García <lucia.garcia@vialactea.es>", "Entrevista", "Hola, soy Lucía, de Vía Láctea Logística. ¿Hablamos el jueves?");

        Assert.Equal("Vía Láctea Logística", company);
    }

    [Fact]
    public void Legal_suffix_and_team_words_are_trimmed()
    {
        var (company, _) = Extract("Northwind Traders Inc. Recruiting <careers@northwind.com>", "Hello", "Hi");

        Assert.Equal("Northwind Traders", company);
    }

    [Theory]
    [InlineData("Ihre Bewerbung als Vertriebsleiter bei Kessler Werke", "Kessler Werke", "Vertriebsleiter")]
    [InlineData("Tu candidatura para Analista de Riesgos en Banco Lumbre", "Banco Lumbre", "Analista de Riesgos")]
    [InlineData("Je sollicitatie als Planner bij Vliet Transport", "Vliet Transport", "Planner")]
    [InlineData("Sua candidatura para Engenheiro Civil na Construtora Aroeira", "Construtora Aroeira", "Engenheiro Civil")]
    public void Subject_patterns_work_in_each_language(string subject, string expectedCompany, string expectedRole)
    {
        var (company, role) = Extract("noreply@example.org", subject, "");

        Assert.Equal(expectedCompany, company);
        Assert.Equal(expectedRole, role);
    }

    [Fact]
    public void Role_in_running_text_stops_before_the_employer()
    {
        var (company, role) = Extract("Ana Souza <ana.souza@gmail.com>", "Olá", "Obrigado pela sua candidatura para a vaga de Desenvolvedor Backend na Sabiá Digital. Vamos analisar.");

        Assert.Equal("Sabiá Digital", company);
        Assert.Equal("Desenvolvedor Backend", role);
    }

    [Fact]
    public void Ats_vendor_domains_are_recognised_with_subdomains()
    {
        Assert.Equal("Greenhouse", AtsVendors.VendorOf("us.greenhouse-mail.io"));
        Assert.Equal("Workday", AtsVendors.VendorOf("otp.workday.com"));
        Assert.Null(AtsVendors.VendorOf("notgreenhouse-mail.io.evil.com"));
    }

    [Fact]
    public void Signature_names_the_employer_when_the_sender_is_an_opaque_relay()
    {
        var (company, role) = Extract(
            "ab-9f2c41d0e7@candidates.welcomekit.co",
            "Julien, candidature bien reçue pour Data Engineer",
            "Bonjour Julien,\n\nNous avons bien reçu votre candidature pour le poste de \"Data Engineer\".\n\nA très bientôt,\n\nL'équipe Orbis Conseil\n");

        Assert.Equal("Orbis Conseil", company);
        Assert.Equal("Data Engineer", role);
    }

    [Fact]
    public void Workday_tenant_names_the_employer()
    {
        var (company, _) = Extract("workday glenmore <glenmore@myworkday.com>", "Application Received", "Thank you for applying to Glenmore Outfitters.");

        Assert.Equal("Glenmore Outfitters", company);
    }

    [Fact]
    public void Dotted_abbreviation_in_a_display_name_is_kept()
    {
        var (company, _) = Extract("\"U.K. Rail\" <ukrail@myworkday.com>", "Thank you for applying!", "We received your application.");

        Assert.Equal("U.K. Rail", company);
    }

    [Fact]
    public void Company_first_dashed_subject_names_company_and_role()
    {
        var (company, role) = Extract("noreply@example.org", "Fernhill - Application Received - Data Analyst, Payments", "");

        Assert.Equal("Fernhill", company);
        Assert.Equal("Data Analyst, Payments", role);
    }

    [Fact]
    public void Greeting_name_after_a_comma_is_not_part_of_the_company()
    {
        var (company, _) = Extract("", "Thanks for your interest in Brightline, Sam", "");

        Assert.Equal("Brightline", company);
    }

    [Fact]
    public void Requisition_number_before_the_role_is_dropped()
    {
        var (company, role) = Extract("noreply@example.org", "Harbourline Group - Thanks for Applying - R-204511 Payroll Specialist", "");

        Assert.Equal("Harbourline Group", company);
        Assert.Equal("Payroll Specialist", role);
    }

    [Fact]
    public void Sentence_fragment_is_not_taken_for_a_role()
    {
        var (_, role) = Extract("Talent <talent@corvid.io>", "Your application", "We will keep your details on file and contact you in the future when a suitable position opens.");

        Assert.Null(role);
    }

    [Theory]
    [InlineData("Talent Team · Quillon GmbH & Co. KG <jobs@quillon.de>", "Quillon")]
    [InlineData("RECRUTEMENT Maison Ardoise <rh@maison-ardoise.fr>", "Maison Ardoise")]
    [InlineData("Equipo de Selección · Grupo Alcor <seleccion@grupoalcor.es>", "Grupo Alcor")]
    [InlineData("Werving & Selectie Duinrand Zorg <vacatures@duinrandzorg.nl>", "Duinrand Zorg")]
    [InlineData("Lucas do Time Pipoca Pay <vagas@pipocapay.com.br>", "Pipoca Pay")]
    [InlineData("Harrowfield Bank Early Careers Team <earlycareers@harrowfieldbank.co.uk>", "Harrowfield Bank")]
    [InlineData("Tidewater Grill Hiring <jobs@tidewatergrill.com>", "Tidewater Grill")]
    [InlineData("Colline Vini S.r.l. <lavoro@collinevini.it>", "Colline Vini")]
    public void Team_words_and_legal_forms_around_a_display_name_are_dropped(string from, string expected)
    {
        var (company, _) = Extract(from, "Your application", "Thank you, we have received it.");

        Assert.Equal(expected, company);
    }

    [Fact]
    public void Co_stays_part_of_the_name()
    {
        var (company, _) = Extract("Fenwick Bicycle Co. <careers@example.org>", "Application received", "Thanks.");

        Assert.Equal("Fenwick Bicycle Co", company);
    }

    [Theory]
    [InlineData("Marsh & Holloway LLP", "Marsh & Holloway")]
    [InlineData("Brenner Logistik SE & Co. KG", "Brenner Logistik")]
    [InlineData("Aumann & Roth Architekten PartGmbB", "Aumann & Roth Architekten")]
    public void A_partnership_or_partnership_company_form_is_a_legal_form(string name, string expected)
    {
        var (company, _) = Extract($"{name} <careers@example.org>", "Application received", "Thanks.");

        Assert.Equal(expected, company);
    }

    [Fact]
    public void A_short_display_name_gives_way_to_the_full_name_its_signature_writes()
    {
        var (company, _) = Extract("Corrib Ridge Careers <careers@corribridge.ie>", "Application received",
            "Hi Sam,\n\nWe have your application and will be in touch.\n\nRegards,\nTalent Acquisition\nCorrib Ridge Aggregates Ltd\nUnit 4, Galway");

        Assert.Equal("Corrib Ridge Aggregates", company);
    }

    [Fact]
    public void A_role_after_the_name_in_running_text_does_not_lengthen_it()
    {
        var (company, _) = Extract("Corrib Ridge Careers <careers@corribridge.ie>", "Application received",
            "Hi Sam,\n\nThanks for applying for the Corrib Ridge Site Engineer role. We will be in touch.");

        Assert.Equal("Corrib Ridge", company);
    }

    [Theory]
    [InlineData("Dana Pike <dana@ferrylandtalent.com>", "Great news, Halberd Optics want you back for a final round on Friday.\n\nDana")]
    [InlineData("Dana Pike <dana@pikeassociates.com>", "Just off the phone with Marta at Halberd Optics. They loved your portfolio and would like a second interview.\n\nDana\nPike Associates Recruitment")]
    [InlineData("Dana Pike <dana@pikesearch.co.uk>", "I have had feedback from Halberd Optics: they have decided to go with another candidate.\n\nDana")]
    [InlineData("Dana Pike <dana@pikepeople.io>", "Our client, Halberd Optics, has approved the offer.\n\nDana")]
    [InlineData("Dana Pike <dana@pikeassociates.com>", "Got off the phone with Halberd Optics's plant manager: they want to meet you.\n\nDana\nSenior Consultant | Pike Search Partners")]
    public void An_agency_recruiter_names_the_client_not_the_agency(string from, string body)
    {
        var (company, _) = Extract(from, "Update", "Hi Sam,\n\n" + body);

        Assert.Equal("Halberd Optics", company);
    }

    [Theory]
    [InlineData("Jana Voss <j.voss@kranich-personal.de>", "Ich habe gerade mit Herrn Albers von Wendel Maschinenbau telefoniert: er möchte Sie einstellen.\n\nJana Voss")]
    [InlineData("Pieter Smit <pieter@noordtalent.nl>", "Zojuist gebeld met Wendel Maschinenbau: ze willen je graag aannemen.\n\nPieter")]
    [InlineData("Laura Gil <laura@cumbretalent.es>", "Acabo de colgar con Wendel Maschinenbau y quieren hacerte una oferta.\n\nLaura")]
    public void An_agency_recruiter_names_the_client_in_other_languages(string from, string body)
    {
        var (company, _) = Extract(from, "Neuigkeiten", "Hallo,\n\n" + body);

        Assert.Equal("Wendel Maschinenbau", company);
    }

    [Fact]
    public void A_pronoun_before_a_verb_is_not_an_employer()
    {
        var (company, _) = Extract("Dana Pike <dana@ferrylandtalent.com>", "Update", "Hi Sam,\n\nThey want to meet you again next week.\n\nDana");

        Assert.NotEqual("They", company);
    }

    [Theory]
    [InlineData("Kittiwake Building Society <careers@kittiwakebs.co.uk>", "Mortgage Adviser - application received")]
    [InlineData("Kittiwake Building Society <careers@kittiwakebs.co.uk>", "Night Shift Supervisor (Req KB-4410) - application received")]
    [InlineData("Kittiwake Building Society <careers@kittiwakebs.co.uk>", "Candidatura recibida – Asesor Hipotecario (Zaragoza)")]
    public void A_role_or_a_town_from_the_subject_gives_way_to_the_name_the_sender_domain_spells(string from, string subject)
    {
        var (company, _) = Extract(from, subject, "Dear Sam,\n\nWe have received your application.\n\nHuman Resources");

        Assert.Equal("Kittiwake Building Society", company);
    }

    [Fact]
    public void A_person_with_a_title_in_the_subject_gives_way_to_the_employer_the_text_spells()
    {
        var (company, _) = Extract("Mei Tan <mei.tan@lotusquay.com.sg>", "Final interview with Regional Director - Lotus Quay",
            "Dear Ken,\n\nYou are shortlisted for a final interview.\n\nBest regards,\nMei Tan\nSenior HR Executive\nLotus Quay Freight Pte Ltd");

        Assert.Equal("Lotus Quay Freight", company);
    }

    [Theory]
    [InlineData("Gemeente Wilgendaal <vacatures@wilgendaal.nl>", "Gemeente Wilgendaal")]
    [InlineData("City of Marrow Falls HR <hr@marrowfalls.gov>", "City of Marrow Falls")]
    public void A_name_holding_the_domain_word_is_kept_whole(string from, string expected)
    {
        var (company, _) = Extract(from, "Your application", "Thank you for applying. We will be in touch.");

        Assert.Equal(expected, company);
    }

    [Fact]
    public void A_german_address_writes_umlauts_out()
    {
        var (company, _) = Extract("Jörg Käfer <j.kaefer@koehler-bau.de>", "AW: Bewerbung",
            "Guten Tag Herr Wagner,\n\nwir haben uns für einen anderen Bewerber entschieden.\n\nJörg Käfer\nKöhler Bau GmbH");

        Assert.Equal("Köhler Bau", company);
    }

    [Fact]
    public void A_department_in_the_display_name_gives_way_to_the_employer()
    {
        var (company, _) = Extract("Careers | Wattle Creek Mining <careers@wattlecreek.com.au>", "Quick update",
            "Hi Jordan,\n\nYour application arrived.\n\nRegards,\nEarly Careers Team\nWattle Creek Mining Ltd");

        Assert.Equal("Wattle Creek Mining", company);
    }

    [Theory]
    [InlineData("Aidan <aidan@brackenandrowe.ie>", "Bracken & Rowe")]
    [InlineData("Maureen <maureen@saltandember.com>", "Salt & Ember")]
    [InlineData("Ben <ben@highlandfoods.com>", "Highlandfoods")]
    public void A_domain_naming_two_things_joined_by_and_is_written_with_an_ampersand(string from, string expected)
    {
        var (company, _) = Extract(from, "job", "Congrats - the job is yours if you want it. Start Monday?");

        Assert.Equal(expected, company);
    }
}
