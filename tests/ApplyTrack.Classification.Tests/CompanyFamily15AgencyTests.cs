using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, session 15: what blind writers' job mail had read as the employer instead of the employer — the recruiting
/// firm whose name says nothing of recruiting, a person or a sentence's first word, a credential or a title in the
/// signature — and job mail that named no employer at all. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily15AgencyTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    [Fact]
    public void Search_firm_leading_a_search_names_its_client_not_itself()
    {
        var company = Company("Priya Menon <priya.menon@oakley-partners.com>", "Finance Director – confidential",
            "Hi Robin,\n\nI'm leading a search for Bramley Foods in Leicester – they need a Finance Director to take them through their next stage of growth.\n\nWould you have twenty minutes this week?\n\nPriya\n\nPriya Menon\nPrincipal, Consumer Practice\nOakley Partners");

        Assert.Equal("Bramley Foods", company);
    }

    [Fact]
    public void Recruiter_passing_on_an_offer_names_the_organisation_that_makes_it()
    {
        var company = Company("Tom Keston <tom.keston@keston-partners.com>", "Great news",
            "Robin,\n\nI just got off the phone with Aisling (Head of People) – Bramwell Foods would like to offer you the Production Planner role!\n\nShe will send the written offer tomorrow. Call me when you can.\n\nTom\n\nTom Keston\nDirector\nKeston Partners");

        Assert.Equal("Bramwell Foods", company);
    }

    [Fact]
    public void Recruiter_who_spoke_to_a_person_with_a_title_in_brackets_names_that_persons_employer()
    {
        var company = Company("Marcus Vale <marcus@valetalent.com>", "RE: Finance Manager",
            "Hi Robin,\n\nI've just come off the phone with Dara (Finance Director) at Ravensworth. I'm sorry to say they've gone with another candidate.\n\nSpeak soon,\nMarcus");

        Assert.Equal("Ravensworth", company);
    }

    [Fact]
    public void Recruitment_consultant_reporting_feedback_names_the_client()
    {
        var company = Company("Tunde Bello <tunde@bridgehire.com.ng>", "Re: Kestrel Cement - Electrical Supervisor",
            "Hello Robin,\n\nI finally got feedback from Kestrel Cement on the Electrical Supervisor role. Unfortunately they have decided to go with another candidate.\n\nBest regards,\nTunde Bello\nRecruitment Consultant\nBridgeHire Nigeria Ltd");

        Assert.Equal("Kestrel Cement", company);
    }

    [Fact]
    public void Portuguese_consultant_supporting_a_client_names_the_client()
    {
        var company = Company("Inês Rocha <ines.rocha@tejoconsult.pt>", "Oportunidade – Engenheiro de Qualidade",
            "Olá Robin,\n\nSou consultora na Tejo Consulting e encontrei o seu perfil no LinkedIn.\n\nEstou a apoiar a Vidreira Lusitana, em Leiria, no recrutamento de um Engenheiro de Qualidade.\n\nTeria disponibilidade para uma chamada esta semana?\n\nCumprimentos,\nInês Rocha\nTejo Consulting, Lda.");

        Assert.Equal("Vidreira Lusitana", company);
    }

    [Fact]
    public void German_recruiter_whose_signature_says_it_staffs_names_the_Firma_it_heard_from()
    {
        var company = Company("Lena Brunner <l.brunner@brunner-consult.at>", "Update – Bauleitung",
            "Hallo Herr Ashdown,\n\nich habe heute Rückmeldung von der Firma Keller Holzbau bekommen und muss Ihnen leider sagen, dass man sich dort für einen anderen Kandidaten entschieden hat.\n\nLiebe Grüße\nLena Brunner\nBrunner Consulting – Personal für Handwerk & Industrie\nLinz");

        Assert.Equal("Keller Holzbau", company);
    }

    [Fact]
    public void Writer_introducing_themself_from_free_mail_names_the_practice_not_themself()
    {
        var company = Company("Jodie <harbourview.frontdesk@gmail.com>", "Front desk",
            "hi Robin this is Jodie from Harbourview Family Dental, got your application for the front desk. can you talk tomorrow around 3? thx!");

        Assert.Equal("Harbourview Family Dental", company);
    }

    [Fact]
    public void Portuguese_writer_introducing_themself_names_the_pastry_shop()
    {
        var company = Company("Marta <marta.balcao@gmail.com>", "Balcão",
            "Olá Robin, aqui é a Marta da Pastelaria Aurora. Recebemos o seu currículo para o balcão. Pode passar cá na quinta às 15h para uma conversa?");

        Assert.Equal("Pastelaria Aurora", company);
    }

    [Fact]
    public void A_pharmacists_credential_after_the_name_is_not_the_employer()
    {
        var company = Company("Dana Whitcombe <dana.whitcombe@outlook.com>", "tech job",
            "Robin,\n\nThanks for dropping off your resume. We're still taking applications for the technician position until the end of the month.\n\nDana Whitcombe, RPh\nOwner/Pharmacist in Charge\nWhitcombe Apothecary\n14 Mill Street, Athens OH");

        Assert.Equal("Whitcombe Apothecary", company);
    }

    [Fact]
    public void A_licensee_signing_for_a_pub_is_not_the_employer()
    {
        var company = Company("Rhiannon Pryce <rhiannon.pryce@gmail.com>", "Head chef",
            "Hi Robin,\n\nI'm looking for a head chef and Kate said you might be ready to step up. Would you come in for a coffee one afternoon and have a look round?\n\nRhiannon Pryce\nLicensee, The Drovers Arms");

        Assert.Equal("The Drovers Arms", company);
    }

    [Fact]
    public void A_sentence_opening_with_just_is_not_the_client()
    {
        var company = Company("Cal Mercer <cal@mercercycles.com>", "Re: mechanic role",
            "Robin – can you come in for a trial shift Thursday 10-2? Just want to see you on a wheel build. Let me know\n\nCal");

        Assert.NotEqual("Just", company);
    }

    [Fact]
    public void Small_firm_on_free_mail_named_for_its_owner_is_the_employer()
    {
        var company = Company("Dave Pryor <dave.pryor71@gmail.com>", "Re: Van driver",
            "Can you come Tues 8am? Pryor Removals, Unit 7 Kingsway Trading Estate. Bring your licence.\nDave");

        Assert.Equal("Pryor Removals", company);
    }

    [Fact]
    public void Ats_confirmation_names_the_employer_its_sentence_writes()
    {
        var company = Company("Greenhouse <no-reply@us.greenhouse-mail.io>", "Corvid Analytics – Interview confirmation: Data Analyst",
            "Hi Robin,\n\nYour interview for Data Analyst at Corvid Analytics is confirmed.\n\nWhen: Tuesday, May 5, 2026, 10:00 AM\nWhere: Video call\n\nPowered by Greenhouse");

        Assert.Equal("Corvid Analytics", company);
    }
}
