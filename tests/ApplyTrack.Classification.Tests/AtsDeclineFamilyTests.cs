using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// An applicant-tracking system's decline carries the same preferences footer as a newsletter, and says no in more
/// ways than "unfortunately" (issue 9, session 12): "we have opted not to proceed", "we have decided to pursue applicants
/// whose experience more closely matches", "not a strong match for this position", "a different direction for this
/// position". Of the 77 real internship rejections of 2018 in ../shared/data, 8 were read as marketing because of that
/// footer. Examples written for these tests, not drawn from training/, bench data or any data set.
/// </summary>
public sealed class AtsDeclineFamilyTests
{
    private const string Footer =
        "\n\nYou received this message because you applied through our careers site. Update your email preferences or unsubscribe here.";

    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string subject, string body) =>
        Classifier.Classify(new EmailInput("Careers <careers@example.com>", "jo@example.com", subject, body + Footer, DateTimeOffset.Parse("2026-11-30T10:00:00Z")));

    private static string Explain(EmailClassification r) => $"{r.Label} {r.Event} {r.Confidence}: {string.Join("; ", r.Reasons)}";

    [Theory]
    [InlineData("Your application to Orchard Labs", "Hi Jo,\n\nThank you for applying for the Data Engineer position at Orchard Labs. We have reviewed your application and have opted not to proceed with it at this stage.\n\nOrchard Labs Talent")]
    [InlineData("Update on your application", "Dear Jo,\n\nThanks for your interest in the Account Executive role. After reviewing your background, we have decided to pursue applicants whose sales experience more closely matches the role.\n\nThe Recruiting Team")]
    [InlineData("Thank you for applying", "Hi Jo,\n\nThank you for your application for the Graduate Surveyor role. We found other candidates whose experience was a closer match, and we won't be taking your application further.\n\nGraduate Recruitment")]
    [InlineData("Your application for Research Intern", "Dear Jo,\n\nThank you for applying to the Research Intern opening. Your profile is not a strong match for this position, so we will not move forward.\n\nResearch Careers")]
    [InlineData("Your candidacy", "Hi Jo,\n\nWe appreciate your interest in the Customer Success Manager role. We've decided to go in a different direction for this position.\n\nPeople Team")]
    public void A_decline_with_a_preferences_footer_is_a_rejection(string subject, string body)
    {
        var result = Classify(subject, body);
        Assert.True(result.Label == EmailLabels.Rejected, Explain(result));
    }

    // The footer still decides for mail that is no decline about an application: a camp that is full, a shop's "new
    // direction", a contest that chose other entries.
    [Theory]
    [InlineData("Summer camp places", "Hi Jo,\n\nThanks for your interest in the summer coding camp. All places have been filled and we're no longer taking registrations, but the waitlist is open.\n\nCodeCamp")]
    [InlineData("Your loyalty account", "Hi Jo,\n\nWe've decided to go in a different direction with our rewards: points now become instant discounts. Shop now!\n\nShopwise")]
    [InlineData("Photo contest results", "Hi Jo,\n\nThanks for entering the autumn photo contest. The judges chose other entries whose images more closely matched the theme this time.\n\nLensClub")]
    public void Bulk_mail_that_declines_no_application_is_not_a_rejection(string subject, string body)
    {
        var result = Classify(subject, body);
        Assert.True(result.Label == EmailLabels.None, Explain(result));
    }

    private const string Openings =
        "\n\nCURRENT OPENINGS THAT MATCH YOUR PROFILE\n- Logistics Planner, Leeds\n- Transport Coordinator, Wakefield\n- Warehouse Shift Lead, Bradford\n- Inventory Analyst, Hull\n\nView all openings on our careers site.";

    private static EmailClassification ClassifyWithOpenings(string subject, string body) =>
        Classifier.Classify(new EmailInput("Brackenfield Careers <careers@brackenfield.example.com>", "jo@example.com", subject, body + Openings, DateTimeOffset.Parse("2026-11-30T10:00:00Z")));

    // A decline that ends on a list of openings reads as a blast; it still declines the reader's application.
    [Theory]
    [InlineData("Your application to Brackenfield", "Thank you for your application for the Supply Planner role at Brackenfield. The hiring team has completed its review and has chosen to continue with candidates whose planning experience was a closer match.\n\nBrackenfield Talent")]
    [InlineData("Proceso de selección – Técnico de compras", "Gracias por tu candidatura al puesto de Técnico de compras. Tras las entrevistas, hemos decidido continuar con otra persona para esta posición.\n\nSelección Brackenfield")]
    public void A_decline_that_lists_openings_is_a_rejection(string subject, string body)
    {
        var result = ClassifyWithOpenings(subject, body);
        Assert.True(result.Label == EmailLabels.Rejected, Explain(result));
    }

    [Fact]
    public void A_talent_pools_list_of_openings_is_not_a_rejection()
    {
        var result = ClassifyWithOpenings("New roles this week",
            "Thanks for registering your application with our talent pool. Here are this week's new roles; if none of these is for you, no problem, we will keep looking.\n\nBrackenfield Recruitment");
        Assert.True(result.Label == EmailLabels.None, Explain(result));
    }

    [Theory]
    [InlineData("We have reviewed your application for the Payroll Specialist role.")]
    [InlineData("Thank you for applying to the Backend Developer position.")]
    [InlineData("Thanks for your interest in joining our team.")]
    [InlineData("Vielen Dank, wir haben Ihre Bewerbung sorgfältig geprüft.")]
    [InlineData("Nous avons étudié votre candidature avec attention.")]
    [InlineData("Hemos revisado tu candidatura con atención.")]
    [InlineData("We hebben je sollicitatie zorgvuldig bekeken.")]
    [InlineData("Analisámos a sua candidatura com atenção.")]
    public void The_body_speaks_of_the_readers_application(string body) =>
        Assert.True(Cues.SpeaksOfYourApplication(body), body);

    [Theory]
    [InlineData("All places at the summer camp have been filled.")]
    [InlineData("Your rental application for 12 Elm Street was received by the landlord's agent.")]
    [InlineData("Your loan request is with our underwriters.")]
    public void Other_mail_does_not_speak_of_the_readers_application(string body) =>
        Assert.False(Cues.SpeaksOfYourApplication(body), body);
}
