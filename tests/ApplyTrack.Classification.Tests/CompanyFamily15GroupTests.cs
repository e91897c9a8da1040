using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// Issue 9, company, fifteenth round: a hotel, care home, clinic, hospital, school, store or depot is where the job is,
/// and the group that runs it is the employer the card is filed under; a site, a division or a country written after
/// the employer's name is not part of it. Every example is invented for these tests.
/// </summary>
public sealed class CompanyFamily15GroupTests
{
    private static string? Company(string from, string subject, string body, string? to = "Robin Ashdown <robin.ashdown@example.com>") =>
        CompanyAndRole.Extract(MailTextReader.Read(new EmailInput(from, to, subject, body, null)), to).Company;

    private static void SameName(string expected, string? actual) =>
        Assert.True(Evaluation.Normalise(expected) == Evaluation.Normalise(actual), $"expected {expected}, got {actual ?? "(none)"}");

    [Theory]
    [InlineData("Harbourline Inns <harbourlineinns@smartrecruiters.com>", "Harbourline Inns: we have received your application",
        "Hi Robin,\n\nThank you for applying for the Night Porter role at The Quayside Hotel, Cobh, part of the Harbourline Inns family.\n\nWe will review your application shortly.\n\nWarm regards,\nThe People Team\nHarbourline Inns Group\n\nSent via SmartRecruiters", "Harbourline Inns")]
    [InlineData("Workday Careers – Larkspur Care Homes <larkspur@myworkday.com>", "Thank you for applying – Care Assistant (Days)",
        "Dear Robin,\n\nThank you for your interest in joining Larkspur Care Homes. We have received your application for the position of Care Assistant (Days) at Willow Bank House, Corby.\n\nKind regards,\nTalent Acquisition\nLarkspur Care Homes", "Larkspur Care Homes")]
    [InlineData("Orchard Smiles Dental Group <careers@smartrecruiters.com>", "Your application – Dental Receptionist",
        "Hi Robin,\n\nThank you for applying to the Dental Receptionist position at Cedar Avenue Dental.\n\nWe have decided not to move forward at this time.\n\nRecruiting Team\nOrchard Smiles Dental Group\n\nEmployment for this position is with Orchard Smiles Dental Group, LLC.", "Orchard Smiles Dental Group")]
    public void The_group_that_sends_the_mail_employs_over_the_site_of_the_role(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Fact]
    public void A_groups_own_clinic_is_filed_under_the_group() =>
        SameName("Brookmere Health", Company("Brookmere Health Careers <careers-noreply@icims.com>", "Brookmere Health: Medical Assistant (Req 4411)",
            "Dear Robin,\n\nThank you for interviewing for the Medical Assistant position at Brookmere Health's Ashgrove Clinic.\n\nWe have selected another candidate.\n\nSincerely,\nBrookmere Health Talent Acquisition"));

    [Fact]
    public void A_person_at_the_group_writing_about_one_of_its_homes_writes_for_the_group() =>
        SameName("Fellside Care", Company("Imogen Tait <imogen.tait@fellsidecarehomes.co.uk>", "RE: Deputy Manager – Thorn Cottage",
            "Hi Robin,\n\nThank you for your time on Friday. We have now met all the candidates for the Deputy Manager role at Thorn Cottage.\n\nI'm sorry to say we won't be offering you the position, but I'd be happy to keep you in mind for roles across our other homes.\n\nBest wishes,\nImogen\n\nImogen Tait\nTalent Partner\nFellside Care Limited, Registered in England 01234567, The Mill, Kendal LA9 4QQ"));

    [Fact]
    public void A_health_system_signing_with_its_hospital_on_one_line_is_the_employer() =>
        SameName("Birchmoor Health", Company("Dana Lowe <dlowe@birchmoorhealth.org>", "RE: Interview - Phlebotomist",
            "Perfect, you're confirmed for Tuesday 9:00 AM. Come to the HR suite on the 2nd floor.\n\nDana\n\nDana Lowe | HR Generalist\nBirchmoor Health – Eastfield Hospital\nT 207-555-0101"));

    [Fact]
    public void A_schools_line_above_its_networks_gives_way_to_the_network_the_domain_starts() =>
        SameName("Northstar Charter Schools", Company("Grace Idowu <gidowu@northstarcharter.org>", "RE: Follow-up - Math Teacher",
            "Robin,\n\nI'm delighted to tell you we want you as our Math Teacher at Westside Middle! HR will send the formal offer letter by Monday.\n\nGrace\n\nGrace Idowu\nPrincipal, Northstar Westside Middle\nNorthstar Charter Schools"));

    [Theory]
    [InlineData("Brackenfield Foods Talent Team <talent@brackenfieldfoods.com>", "Brackenfield Foods - Hiring Event (Picker, Reno DC)",
        "Hi Robin,\n\nThank you for your interest in the Picker position at our Reno Distribution Center.\n\nWhen: Saturday, 9:00 AM\nWhere: Brackenfield Foods Reno DC, 120 Depot Road, Reno, NV 89502\n\nSee you there!\nBrackenfield Foods Talent Acquisition\n\nBrackenfield Foods, Inc. is an equal opportunity employer.", "Brackenfield Foods")]
    [InlineData("Careers at Tolliver's <careers@tollivers.com>", "Thanks for applying - Assistant Merchandiser",
        "Hi Robin,\n\nThanks for applying for the Assistant Merchandiser role at Tolliver's Support Centre in Leeds. We'll be in touch within 10 working days.\n\nTolliver's Resourcing Team\n\nTolliver's Stores Limited, Support Centre, Kirkstall Road, Leeds LS4 2AB.", "Tolliver's")]
    [InlineData("Pell & Harrow Chester Eastgate <eastgate.manager@pellharrow.com>", "Sales Advisor",
        "Hi Robin,\n\nMarta here, store manager at Eastgate. Thanks for coming in yesterday.\n\nI'm afraid we've gone with an internal candidate this time.\n\nMarta Ruiz\nStore Manager | Pell & Harrow Chester Eastgate", "Pell & Harrow")]
    [InlineData("Cole Brandt <cole.brandt@franchise.ironpeak.com>", "Welcome to the team! - Ironpeak Fitness Tucson (Grant Rd)",
        "Hey Robin!\n\nI'm happy to offer you the Front Desk Associate position at our Grant Rd club. Reply YES to accept.\n\nCole Brandt\nGeneral Manager\nIronpeak Fitness – Tucson Grant\nIndependently owned and operated by Desert Sun Fitness LLC, an Ironpeak Fitness franchisee.", "Ironpeak Fitness")]
    public void A_site_after_the_employers_name_is_not_part_of_it(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("SmartRecruiters <noreply@smartrecruiters.com>", "Wren & Marsh: We received your application",
        "Hi Robin,\n\nThanks for applying to Wren & Marsh for the Visual Merchandiser role.\n\nWe're reviewing applications now.\n\nThanks,\nWren & Marsh Retail Recruitment\n\nWren & Marsh Ltd, Unit 2 Canal Park, York YO1 7AA.", "Wren & Marsh")]
    [InlineData("Ashby Rovers FC <recruitment@ashbyrovers.co.uk>", "Academy Coach – outcome",
        "Dear Robin,\n\nThank you for attending the coaching observation on Saturday. We have decided not to progress your application further.\n\nAshby Rovers FC Academy\n\nAshby Rovers Football Club Limited. Registered in England No. 00123456.", "Ashby Rovers FC")]
    public void A_division_that_signs_is_not_part_of_the_registered_name(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    [InlineData("Tidewater Teleservices <hiring@tidewater-ts.ph>", "Re: Walk-in Applicant - Chat Support",
        "Hi Robin!\n\nThank you for visiting our Cebu site yesterday. Please complete the online typing test within 48 hrs.\n\nRecruitment - Cebu\nTidewater Teleservices Philippines", "Tidewater Teleservices")]
    [InlineData("Nordlicht Logistik <karriere@nordlicht-log.pl>", "Ihre Bewerbung – Disponent",
        "Hallo Robin,\n\nvielen Dank für Ihre Bewerbung bei Nordlicht Logistik. Wir melden uns in Kürze.\n\nViele Grüße\nPersonalabteilung\nNordlicht Logistik Polska", "Nordlicht Logistik")]
    public void The_country_of_a_subsidiary_in_the_signature_is_not_part_of_the_name(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));

    [Theory]
    // The domain spells the whole name, or the display name is the whole name: the kind of place is the name's own.
    [InlineData("Sam at Foxcote <hello@foxcotegardencentre.co.uk>", "Weekend Plant Area Assistant",
        "Hi Robin,\n\nThanks for applying for the weekend role. Could you come in on Saturday for a chat?\n\nSam\nFoxcote Garden Centre, Mill Lane, Pershore WR10 1AA", "Foxcote Garden Centre")]
    [InlineData("Lagos Bay Contact Centre <talent@lagosbaycc.com.ng>", "Your Assessment Result",
        "Dear Robin,\n\nCongratulations, you passed the assessment for the Customer Care Agent role at our Contact Centre in Ikeja.\n\nLagos Bay Contact Centre\nLagos Bay Contact Centre Limited", "Lagos Bay Contact Centre")]
    public void A_name_whose_last_words_are_its_own_kind_of_place_stays_whole(string from, string subject, string body, string employer) =>
        SameName(employer, Company(from, subject, body));
}
