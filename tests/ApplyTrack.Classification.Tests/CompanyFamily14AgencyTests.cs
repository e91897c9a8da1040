using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, session 14: what blind writers' job mail had read as the employer instead of the employer — the agency or the
/// assessment service that carried the mail, free mail under a country's domain, the writer's partner, a farewell, a
/// job title, a site. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily14AgencyTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    [Fact]
    public void An_assessment_service_signing_on_behalf_of_the_employer_names_the_employer()
    {
        var company = Company("Harlow Maritime Hiring Team <noreply@tests.quizbench.com>", "Harlow Maritime has invited you to an assessment",
            "Hi Robin,\n\nHarlow Maritime has invited you to complete an assessment for Fleet Analyst.\n\nDuration: 60 minutes\n\nGood luck!\nQuizbench, on behalf of Harlow Maritime\n\nQuizbench Inc., 4 Mill Street, Denver CO.");

        Assert.Equal("Harlow Maritime", company);
    }

    [Fact]
    public void Portuguese_firm_on_free_mail_abroad_is_named_by_its_signature_not_the_mail_service()
    {
        var company = Company("Talho Ribeiro <talho.ribeiro@hotmail.pt>", "ajudante",
            "Boa tarde Rui. Obrigado pelo interesse mas a vaga de ajudante já foi preenchida. Cumprimentos, Manuel Ribeiro – Talho Ribeiro, Braga");

        Assert.Equal("Talho Ribeiro", company);
    }

    [Fact]
    public void Dutch_practice_on_outlook_is_named_by_its_letterhead_not_the_mail_service()
    {
        var company = Company("Praktijk De Meeuw <fysiodemeeuw@outlook.nl>", "Re: meeloopdag",
            "Hoi Robin,\n\nWe vonden het een fijne meeloopdag! Je kunt 1 oktober beginnen als fysiotherapeut, vier dagen per week.\n\nGroetjes,\nIlse\nFysiotherapiepraktijk De Meeuw, Kerkstraat 12, Dokkum");

        Assert.Equal("Fysiotherapiepraktijk De Meeuw", company);
    }

    [Fact]
    public void The_writer_and_a_partner_deciding_are_people_not_the_employer()
    {
        var company = Company("Alison Penrose <alison@penrosejoinery.co.uk>", "Workshop Assistant – I'm sorry",
            "Dear Robin,\n\nThis is a hard email to write. Since we offered you the Workshop Assistant job our biggest contract has been cancelled. Graham and I have decided we cannot take on anyone this year, so we have to withdraw the offer.\n\nWith apologies,\n\nAlison Penrose\nDirector\nPenrose Joinery Ltd, Unit 4 Harbour Road, Falmouth TR11 2AB");

        Assert.Equal("Penrose Joinery", company);
    }

    [Fact]
    public void A_pronoun_with_its_verb_in_an_agency_subject_is_not_the_client()
    {
        var company = Company("Kit Marsden <kit@marsdenfox.com>", "They've offered!! Halberd Re",
            "Sam!\n\nJust off the phone with Halberd Re – they want to offer you the Pricing Actuary role. Base is £80,000 plus bonus.\n\nLet's speak tomorrow?\n\nKit\n\nKit Marsden\nFounder | Marsden Fox Recruitment – Insurance\n07700 900 111");

        Assert.Equal("Halberd Re", company);
    }

    [Fact]
    public void French_branch_named_only_as_where_the_job_is_gives_way_to_the_employer()
    {
        var company = Company("Mutuelle Orvanne – Recrutement <ne-pas-repondre@orvanne-recrutement.fr>", "Accusé de réception de votre candidature – Conseiller clientèle – Nantes",
            "Bonjour Camille,\n\nNous vous remercions pour l'intérêt que vous portez à Mutuelle Orvanne et accusons bonne réception de votre candidature au poste de Conseiller clientèle pour notre agence de Nantes Beaulieu.\n\nL'équipe Recrutement\nMutuelle Orvanne\n\nMutuelle Orvanne SA · 4 quai de la Fosse, 44000 Nantes");

        Assert.Equal("Mutuelle Orvanne", company);
    }

    [Fact]
    public void German_headhunter_names_the_client_as_its_Mandant()
    {
        var company = Company("Jana Voss | Brandt Personalberatung <j.voss@brandt-pb.de>", "Vertraulich: Leitung Qualität bei einem Hersteller in Passau",
            "Guten Morgen Herr Ashdown,\n\nich melde mich mit einer konkreten Position.\n\nMein Mandant, die Lindhofer Medizintechnik GmbH in Passau, sucht eine Leitung Qualitätsmanagement (m/w/d).\n\nHätten Sie diese Woche Zeit für ein Telefonat?\n\nBeste Grüße\nJana Voss\n\nBrandt Personalberatung GmbH · Hauptstraße 4 · 94032 Passau");

        Assert.Equal("Lindhofer Medizintechnik", company);
    }

    [Fact]
    public void Dutch_recruiter_names_the_client_as_its_opdrachtgever_not_the_region()
    {
        var company = Company("Joost Dekker <joost.dekker@kempen-search.nl>", "Procesoperator bij een producent in de Eemshaven",
            "Hallo Robin,\n\nIk ben Joost van Kempen Search.\n\nVoor mijn opdrachtgever Noordkust Polymeren zoek ik een Procesoperator voor hun vestiging in de Eemshaven.\n\nHeb je deze week tijd voor een belletje?\n\nMet vriendelijke groet,\nJoost Dekker\nKempen Search B.V.");

        Assert.Equal("Noordkust Polymeren", company);
    }

    [Fact]
    public void A_search_consultant_supporting_a_charity_names_the_charity()
    {
        var company = Company("Ruth Amadi <ruth@causeleaders.com>", "Harbourlight – Director of Fundraising",
            "Dear Robin,\n\nI'm supporting Harbourlight, the coastal rescue charity, with the appointment of a new Director of Fundraising, and wanted to reach out to you personally.\n\nWith best wishes,\nRuth\n\nRuth Amadi\nPartner, Cause Leaders Search\n020 7946 0000");

        Assert.Equal("Harbourlight", company);
    }

    [Fact]
    public void A_farewell_alone_is_not_the_signer_and_the_brewery_under_the_name_is_the_employer()
    {
        var company = Company("Moss Kettleby <kettlebyales@gmail.com>", "the job!",
            "Jo mate, spoke to Claire and we'd love you to come on board as our delivery driver. Start 1st Oct?\n\nCheers\nMoss\n\nKettleby Ales — brewed in the Dales since 2011");

        Assert.Equal("Kettleby Ales", company);
    }

    [Fact]
    public void A_producer_title_in_the_signature_is_not_the_company()
    {
        var company = Company("Tess Orwell <tess.fernhill@gmail.com>", "Runner for our series?",
            "Hi Robin,\n\nI run Fernhill Films — we've just been greenlit for a documentary series and need a runner from March. Would you be up for a call?\n\nBest,\nTess\n\nTess Orwell\nProducer / Director, Fernhill Films");

        Assert.Equal("Fernhill Films", company);
    }

    [Fact]
    public void A_shop_named_after_its_owner_is_not_read_as_her_signature_line()
    {
        var company = Company("Maisie Dunn <maisiescakery@gmail.com>", "yay!",
            "Hi Robin!\n\nLoved having you in on Saturday. We'd really like to offer you the counter assistant job, 3 days a week.\n\nCan you start next Monday?\n\nMaisie x\nMaisie's Cakery, Geelong");

        Assert.Equal("Maisie's Cakery", company);
    }

    [Fact]
    public void The_readers_possessive_before_a_recruitment_team_is_not_part_of_the_name()
    {
        var company = Company("Veldt Cold Chain <recruitment@veldtcold-jobs.co.za>", "Veldt Cold Chain | Thank you for your application – Depot Clerk",
            "Dear Thabo,\n\nThank you for your application for the position Depot Clerk. We have received your documents.\n\nKind regards\nYour Veldt Cold Chain Recruitment Team");

        Assert.Equal("Veldt Cold Chain", company);
    }

    [Fact]
    public void An_asset_manager_named_by_an_agency_is_the_client_not_a_job_title()
    {
        var company = Company("Lee Barrow <lee.barrow@barrowtalent.com>", "Copperfield feedback",
            "Hi Robin,\n\nI've had feedback from Copperfield Asset Management on the Fund Accountant role, and unfortunately they've decided to go with another candidate.\n\nSorry again,\nLee\n\nLee Barrow | Managing Consultant | Barrow Talent Partners\n020 7946 0000");

        Assert.Equal("Copperfield Asset Management", company);
    }

    [Fact]
    public void A_client_named_after_a_dash_with_a_plural_verb_is_the_employer()
    {
        var company = Company("Ian Moffat <ian@summitkitchenrec.co.uk>", "Braeside - trial shift confirmed",
            "Morning Robin,\n\nGood news — Braeside Lodge have come back and would like to meet you for the Sous Chef position on Tuesday.\n\nCheers,\nIan\n\nIan Moffat\nSummit Kitchen Recruitment\n07700 900 000");

        Assert.Equal("Braeside Lodge", company);
    }

    [Fact]
    public void An_employer_answering_the_agencys_forward_is_the_employer_not_the_agency()
    {
        var company = Company("Nadia Shah <nadia.shah@tarnwaterutilities.com>", "FW: Asset Planner – interview",
            "Robin – Priya passed on your details; I'm the Asset Planning Lead. Rather than go back and forth via the agency, could we do a call on Monday at 2pm?\n\nNadia\n\nNadia Shah | Asset Planning Lead | Tarnwater Utilities\n\n-----Original Message-----\nFrom: Priya Nair <priya.n@keyline-rec.com>\nSent: 15 May 2026 16:20\nTo: Nadia Shah\nSubject: Asset Planner – Robin Ashdown CV\n\nHi Nadia, please find attached Robin's CV. Thanks, Priya");

        Assert.Equal("Tarnwater Utilities", company);
    }

    [Fact]
    public void An_editorial_recruiter_helping_a_publication_names_the_publication()
    {
        var company = Company("Dora Quill <dora@quillassociates.com>", "Features editor at Brightwater Review?",
            "Robin — hope you don't mind a cold note. I'm helping Brightwater Review, the Seattle arts magazine, find a Features Editor and your name came up twice.\n\nWould you take a short call with me Thursday?\n\nDora Quill\nQuill Associates · Editorial Search\nSeattle");

        Assert.Equal("Brightwater Review", company);
    }
}
