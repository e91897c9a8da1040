using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, fourteenth round: what sixteen writers who never saw the code did with the words around a name —
/// a subsidiary's country and a firm's trade in its letterhead go, more legal forms go, and the word of a firm's kind
/// that leads its name in the romance languages and Dutch or German stays. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily14Tests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Talent Team <careers@harwoodfoods.com>", "Your application – Demand Planner",
        "Dear Robin,\n\nThank you for applying for the Demand Planner role at Harwood Foods UK. We'll review your application and be in touch.\n\nKind regards,\nTalent Team\nHarwood Foods", "Harwood Foods")]
    public void The_country_of_a_subsidiary_is_not_part_of_the_name(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // "Cancer Research UK": the domain spells the name with its country.
    [InlineData("Careers <careers@brightlungresearchuk.org>", "Application received",
        "Dear Robin,\n\nThank you for applying to Bright Lung Research UK. We will be in touch.\n\nBright Lung Research UK", "Bright Lung Research UK")]
    public void A_country_the_domain_spells_with_the_name_stays(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Aoife Garvan <a.garvan@garvanmoyle.ie>", "Trainee Solicitor – interview",
        "Dear Robin,\n\nThank you for your application. We would like to meet you on Thursday at 11am at our Dublin office.\n\nKind regards,\nAoife Garvan\nPartner\nGarvan Moyle Solicitors\n12 Merrion Row, Dublin 2", "Garvan Moyle")]
    [InlineData("Colin Rudd <colinrudd.office@gmail.com>", "Re: Trainee Accountant",
        "Hi Robin,\n\nWe'd like to offer you the trainee post at Rudd & Penhale, starting in September.\n\nColin\n\nColin Rudd FCCA\nRudd & Penhale Chartered Accountants\n3 Fore Street, Truro", "Rudd & Penhale")]
    public void A_firms_trade_in_its_letterhead_is_not_part_of_the_name(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // Where a sentence writes the trade with the name, the firm calls itself that.
    [InlineData("Workable <noreply@candidates.workablemail.com>", "Application received: Bookkeeper at Ashford & Lyle Accountants",
        "Hi Robin,\n\nWe've received your application for Bookkeeper at Ashford & Lyle Accountants.\n\nAshford & Lyle will review your application and get back to you.", "Ashford & Lyle Accountants")]
    public void A_trade_written_with_the_name_in_a_sentence_stays(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Quarry Lane Hospice <no-reply@smartrecruiters.com>", "Thank you for applying to Quarry Lane Hospice",
        "Dear Robin,\n\nThank you for applying for the Care Assistant role. We will be in touch.\n\nQuarry Lane Hospice CLG", "Quarry Lane Hospice")]
    [InlineData("Selvig Studio <no-reply@hire.lever.co>", "Selvig Studio – next steps",
        "Hi Robin,\n\nThanks for your time yesterday. We'd like to invite you to a second interview.\n\nSelvig Studio ApS · Vesterbrogade 12, København", "Selvig Studio")]
    [InlineData("Coöperatie Zuidveld <hr@zuidveld.nl>", "Uitnodiging gesprek",
        "Beste Robin,\n\nGraag nodigen we je uit voor een gesprek op dinsdag.\n\nMet vriendelijke groet,\nCoöperatie Zuidveld U.A.", "Coöperatie Zuidveld")]
    [InlineData("Careers <careers@wattlebankcu.com.au>", "Application received",
        "Hi Robin,\n\nThanks for applying for the Member Service Officer role. We'll be in touch.\n\nWattlebank Credit Union Limited ABN 12 345 678 901", "Wattlebank Credit Union")]
    public void More_legal_forms_are_legal_forms(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Selección – Quimera <seleccion@quimera-lab.es>", "Proceso de selección",
        "Hola Robin,\n\nTe agradecemos tu interés en formar parte de Laboratorios Quimera. Lamentablemente hemos elegido a otra persona.\n\nUn saludo,\nSelección", "Laboratorios Quimera")]
    [InlineData("Serra Azul – RH <rh@serraazul-agro.com.br>", "Proposta de contratação",
        "Olá Robin,\n\nEm nome da Agropecuária Serra Azul, temos a satisfação de lhe fazer uma proposta para o cargo de Técnico Agrícola.\n\nRH", "Agropecuária Serra Azul")]
    public void The_word_of_the_firms_kind_that_leads_its_name_stays(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // A team's words before the name are not the firm's kind.
    [InlineData("Recrutamento <vagas@ipeverde.com.br>", "Candidatura recebida",
        "Olá Robin,\n\nRecebemos a sua candidatura. Obrigado!\n\nEquipe de Recrutamento Ipê Verde", "Ipê Verde")]
    public void A_teams_word_before_the_name_is_not_its_kind(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Sundkauf Karriere <karriere-noreply@sundkauf.de>", "Eingangsbestätigung – Marktleitung (m/w/d), Sundkauf Flensburg",
        "Sehr geehrte Frau Ashdown,\n\nvielen Dank für Ihre Bewerbung als Marktleitung für unseren Markt in Flensburg. Wir melden uns in Kürze.\n\nIhr Sundkauf Recruiting-Team", "Sundkauf")]
    [InlineData("Élodie Marchand <elodie.marchand@colivite.fr>", "Entretien – Responsable d'agence Colivite Roubaix-Nord",
        "Bonjour Robin,\n\nJe fais suite à votre candidature pour le poste de Responsable d'agence sur notre site de Roubaix-Nord. Seriez-vous disponible jeudi à 10h ?\n\nÉlodie Marchand", "Colivite")]
    public void A_place_the_mail_writes_as_one_of_the_employers_sites_is_not_part_of_the_name(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // "our school" is the employer's kind, not a site's place.
    [InlineData("Office <office@larkhillprimary.org.uk>", "Interview – Teaching Assistant",
        "Dear Robin,\n\nThank you for applying to Larkhill Primary School. We would like to invite you to interview at our school on Monday.\n\nLarkhill Primary School", "Larkhill Primary School")]
    public void A_kind_word_after_the_domains_name_stays(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));
}
