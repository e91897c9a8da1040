using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, session 13, company families read from blind-written mail: public bodies by their official names,
/// abbreviations written out, recruiting systems and free mail, small firms writing from free mail, agencies and their
/// clients. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily13PublicTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    // Small firms writing from free mail.

    [Fact]
    public void A_first_name_sign_off_over_the_firms_letterhead_line_names_the_firm()
    {
        var company = Company("Le Vieux Moulin <levieuxmoulin.annecy@gmail.com>", "Re: Commis de cuisine",
            "Salut Robin,\n\nC'est bon pour nous, tu peux commencer lundi à 9h. On voit le contrat sur place.\n\nLucas\nLe Vieux Moulin – 3 quai de l'Isle, 74000 Annecy");

        Assert.Equal("Le Vieux Moulin", company);
    }

    [Fact]
    public void A_German_farewell_and_first_name_over_the_inn_and_its_street_names_the_inn()
    {
        var company = Company("Jens Albrecht <jens.albrecht82@gmail.com>", "Koch",
            "Hallo Robin,\nhab deine Nachricht gelesen. Kannst du Montag um 14 Uhr vorbeikommen? Dann reden wir.\n\nGruß Jens\nGasthaus Zur Linde, Dorfstr. 4, Lauffen");

        Assert.Equal("Gasthaus Zur Linde", company);
    }

    [Fact]
    public void A_display_name_with_a_surname_particle_is_the_person_who_signs_over_the_firm()
    {
        var company = Company("Wim van Dam <wimvandam1967@outlook.com>", "RE: proefdag",
            "Hoi Robin\n\nJe kan maandag beginnen, vier dagen per week. Kom vrijdag even langs voor het contract.\n\nWim\nSchildersbedrijf Van Dam");

        Assert.Equal("Schildersbedrijf Van Dam", company);
    }

    [Fact]
    public void A_Spanish_owner_who_introduces_himself_by_his_restaurant_names_it()
    {
        var company = Company("Manolo Ruiz <manolo.r.1970@hotmail.com>", "camarero",
            "Hola Robin, soy Manolo del Mesón La Parra. Me pasaron tu currículum. ¿Te puedes pasar el lunes sobre las once y hablamos?\nUn saludo\nManolo");

        Assert.Equal("Mesón La Parra", company);
    }

    // Agencies and their clients.

    [Fact]
    public void A_German_recruiter_writing_of_one_of_his_clients_names_the_client()
    {
        var company = Company("Katrin Voss | Personalpartner Nord <k.voss@pp-nord.de>", "Schichtleiter (m/w/d) – passt das?",
            "Guten Tag,\n\nich habe Ihr Profil gesehen. Genau das sucht gerade einer meiner Kunden: die Weserland Backwaren GmbH in Bremen besetzt eine Stelle als Schichtleiter.\n\nHätten Sie Zeit für ein Telefonat?\n\nBeste Grüße\nKatrin Voss");

        Assert.Equal("Weserland Backwaren", company);
    }

    [Fact]
    public void A_Dutch_recruiter_who_works_for_a_client_names_the_client()
    {
        var company = Company("Sanne Bakker – Flexwerk Oost <sanne.bakker@flexwerkoost.nl>", "Ploegleider in Lochem",
            "Goedemorgen Robin,\n\nIk ben Sanne, recruiter bij Flexwerk Oost. Ik werk voor Kaasboerderij De Hoeve in Lochem, die een ploegleider zoekt.\n\nZin om even te bellen?\n\nGroet,\nSanne Bakker");

        Assert.Equal("Kaasboerderij De Hoeve", company);
    }

    [Fact]
    public void A_French_headhunter_recruiting_for_a_client_names_the_client_with_its_elided_place()
    {
        var company = Company("Claire Fabre <claire.fabre@selection-savoie.fr>", "Responsable de production",
            "Bonjour Robin,\n\nJe mène actuellement, pour le compte de la Fromagerie du Val d'Arly (fromages AOP, 40 personnes), le recrutement de leur responsable de production.\n\nSeriez-vous disponible pour un échange ?\n\nClaire Fabre\nConsultante\nSélection Savoie SARL – Recrutement & Chasse de têtes\n12 rue de Boigne, Chambéry");

        Assert.Equal("Fromagerie du Val d'Arly", company);
    }

    [Fact]
    public void An_agencys_two_word_short_form_of_the_client_goes_on_to_the_name_its_body_writes()
    {
        var company = Company("Jo Park <jo.park@nursestaffuk.com>", "Submitted - Staff Nurse (Theatres), Kelvinside Private",
            "Hi Robin,\n\nAs discussed I've now submitted your CV to the theatre manager at Kelvinside Private Hospital for the Staff Nurse role.\n\nI'll call you as soon as I hear back.\n\nJo Park\nSenior Consultant - Nursing\nNurseStaff UK");

        Assert.Equal("Kelvinside Private Hospital", company);
    }

    // Public bodies and their official names.

    [Fact]
    public void A_French_hospitals_abbreviation_is_written_out_as_its_letterhead_writes_it()
    {
        var company = Company("Direction des Ressources Humaines – CH de Lormont <drh@ch-lormont.fr>", "Accusé de réception de votre candidature",
            "Madame,\n\nNous accusons réception de votre candidature au poste d'infirmière.\n\nBureau du recrutement\nCentre hospitalier de Lormont\n4 rue Lafon, 33310 Lormont");

        Assert.Equal("Centre hospitalier de Lormont", company);
    }

    [Fact]
    public void A_Portuguese_school_groups_abbreviation_is_written_out_as_the_letter_writes_it()
    {
        var company = Company("Direção AE Montemor <direcao@ae-montemor.pt>", "Contratação de escola – entrevista",
            "Exmo. Senhor,\n\nInformamos que foi selecionado para entrevista, que se realizará na sede do Agrupamento de Escolas de Montemor no dia 3 de outubro.\n\nCom os melhores cumprimentos,\nA Diretora");

        Assert.Equal("Agrupamento de Escolas de Montemor", company);
    }

    [Fact]
    public void A_town_hall_writing_from_the_towns_domain_is_the_town()
    {
        var company = Company("Mairie de Plouvenec – Service RH <rh@ville-plouvenec.fr>", "Accusé de réception",
            "Madame,\n\nNous accusons réception de votre candidature au poste d'agent d'accueil.\n\nMairie de Plouvenec – 2 place de l'Église – 29000 Plouvenec");

        Assert.Equal("Ville de Plouvenec", company);
    }

    [Fact]
    public void A_saints_name_keeps_its_possessive()
    {
        var company = Company("Recruitment - St. Columba's <jobs@stcolumbas.ie>", "Your application",
            "Hello Robin,\n\nYour application for Care Assistant was received and passed to the ward manager.\n\nRecruitment Office\nSt. Columba's Hospice\nDublin Road, Navan");

        Assert.Equal("St. Columba's Hospice", company);
    }

    [Fact]
    public void A_police_department_is_the_employer_not_a_department_of_one()
    {
        var company = Company("Sgt. Ana Ruiz <aruiz@bellforkpd.org>", "Conditional offer",
            "Mr. Ashdown,\n\nI am pleased to extend this conditional offer for the position of Police Officer Recruit with the Bellfork Police Department.\n\nSgt. Ana Ruiz\nRecruitment Unit");

        Assert.Equal("Bellfork Police Department", company);
    }

    [Fact]
    public void A_school_on_its_own_subdomain_under_its_trust_is_the_employer()
    {
        var company = Company("Ashcombe Primary School <office@ashcombe.valleyschoolstrust.org>", "Teaching Assistant application",
            "Dear Robin,\n\nThank you for your application, which has been passed to the Headteacher for shortlisting.\n\nMrs J. Hart\nAshcombe Primary School\n\nAshcombe Primary School is part of Valley Schools Trust, a charitable company limited by guarantee.");

        Assert.Equal("Ashcombe Primary School", company);
    }

    [Fact]
    public void A_charitable_trust_named_by_its_domain_is_the_employer_not_the_council_it_serves()
    {
        var company = Company("Dunmore Libraries <recruitment@dunmorelibraries.org>", "Library Assistant - shortlisted",
            "Dear Robin,\n\nWe are pleased to let you know that you have been shortlisted for the Library Assistant post.\n\nBest regards,\n\nSam Ortiz\nDunmore Libraries\n\nDunmore Libraries is a charitable trust delivering library services on behalf of Dunmore District Council.");

        Assert.Equal("Dunmore Libraries", company);
    }

    // Recruiting systems.

    [Fact]
    public void A_coding_assessment_sent_through_CodeSignal_names_the_employer_not_the_vendor()
    {
        var company = Company("Brightwater Analytics <no-reply@codesignal.com>", "Brightwater Analytics has invited you to complete a coding assessment",
            "Hi Robin,\n\nBrightwater Analytics has invited you to complete a coding assessment as part of your application.\n\nTime limit: 70 minutes\n\n[Start assessment]");

        Assert.Equal("Brightwater Analytics", company);
    }
}
