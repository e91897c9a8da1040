using ApplyTrack.Features.Duplicates;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Tests.Duplicates;

public sealed class DuplicateRulesTests
{
    private const string FromMail = "outlook:jordan@example.com";

    [Theory]
    [InlineData("Acme", "Acme via Greenhouse")]
    [InlineData("Acme", "Acme Talent Team")]
    [InlineData("Acme", "Acme Recruiting")]
    [InlineData("Acme", "Acme Careers")]
    [InlineData("Acme", "The Acme Talent Acquisition Team")]
    [InlineData("Acme Inc.", "ACME via LinkedIn")]
    [InlineData("Acme GmbH", "acme")]
    [InlineData("Acme Ltd", "Acme, Inc")]
    [InlineData("Acme SA", "Acme B.V.")]
    [InlineData("Société Générale", "Societe Generale")]
    [InlineData("Zürich Versicherung AG", "Zurich Versicherung")]
    [InlineData("A.C.M.E.", "Acme")]
    [InlineData("Burke & Hale", "Burke and Hale Recruiting")]
    [InlineData("Recruiting at Fabrikam", "Fabrikam HR")]
    public void Employer_names_that_are_one_employer_share_a_key(string a, string b)
    {
        Assert.NotEqual("", DuplicateRules.EmployerKey(a));
        Assert.Equal(DuplicateRules.EmployerKey(a), DuplicateRules.EmployerKey(b));
    }

    [Theory]
    [InlineData("Acme", "Acmex")]
    [InlineData("Contoso", "Fabrikam via Greenhouse")]
    [InlineData("Northwind Traders", "Northwind Health")]
    public void Different_employers_have_different_keys(string a, string b) =>
        Assert.NotEqual(DuplicateRules.EmployerKey(a), DuplicateRules.EmployerKey(b));

    [Theory]
    [InlineData("Greenhouse")]
    [InlineData("LinkedIn")]
    [InlineData("Jobs via LinkedIn")]
    [InlineData("Talent")]
    [InlineData("")]
    public void An_ats_or_a_job_board_alone_names_no_employer(string name) =>
        Assert.Equal("", DuplicateRules.EmployerKey(name));

    [Theory]
    [InlineData("Sr. Software Engineer", "Senior Software Engineer")]
    [InlineData("Senior SWE", "Senior Software Engineer")]
    [InlineData("Software Eng", "Software Engineer")]
    [InlineData("Jr Designer", "Junior Designer")]
    [InlineData("Product Mgr", "Product Manager")]
    [InlineData("Software Engineer", "Senior Software Engineer, Payments")]
    [InlineData("Backend Engineer (m/f/d)", "Back-end Engineer")]
    [InlineData("Software Engineer, Backend", "Backend Software Engineer")]
    [InlineData("Data Scientists", "Data Scientist")]
    public void Similar_roles_are_similar(string a, string b) => Assert.True(DuplicateRules.RolesSimilar(a, b), $"{a} ~ {b}");

    [Theory]
    [InlineData("Product Manager", "Software Engineer")]
    [InlineData("Data Scientist", "Data Engineer")]
    [InlineData("Frontend Engineer", "Backend Engineer")]
    [InlineData("Junior Designer", "Senior Designer")]
    [InlineData("Software Engineer II", "Software Engineer III")]
    [InlineData("Product Designer", "Product Manager")]
    public void Different_roles_are_not_similar(string a, string b) => Assert.False(DuplicateRules.RolesSimilar(a, b), $"{a} !~ {b}");

    [Fact]
    public void An_ats_display_name_and_the_employer_with_the_same_role_are_a_duplicate()
    {
        var reason = DuplicateRules.Decide(Card("Acme via Greenhouse", "Sr. Software Engineer", FromMail), Card("Acme Inc.", "Senior Software Engineer", FromMail), shareThread: false);

        Assert.Equal(DuplicateReason.SameJob, reason);
    }

    [Fact]
    public void A_card_added_by_hand_and_one_from_mail_for_the_same_job_are_a_duplicate()
    {
        var reason = DuplicateRules.Decide(Card("Contoso", "Product Manager", ApplicationSources.Manual), Card("Contoso Talent Team", "Product Mgr", FromMail), shareThread: false);

        Assert.Equal(DuplicateReason.AddedAndFromMail, reason);
    }

    [Fact]
    public void A_card_from_mail_without_a_role_matches_the_persons_card_of_that_employer()
    {
        var reason = DuplicateRules.Decide(Card("Contoso", "Role not stated", FromMail), Card("Contoso", "Designer", ApplicationSources.Extension), shareThread: false);

        Assert.Equal(DuplicateReason.AddedAndFromMail, reason);
    }

    [Fact]
    public void Two_cards_from_mail_when_one_role_is_unknown_are_not_suggested()
    {
        Assert.Null(DuplicateRules.Decide(Card("Contoso", "Role not stated", FromMail), Card("Contoso", "Designer", FromMail), shareThread: false));
    }

    [Fact]
    public void A_different_role_at_the_same_employer_is_not_a_duplicate()
    {
        Assert.Null(DuplicateRules.Decide(Card("Acme", "Product Manager", FromMail), Card("Acme via Lever", "Data Engineer", FromMail), shareThread: false));
    }

    [Fact]
    public void One_conversation_on_two_cards_is_a_duplicate_whatever_the_names()
    {
        Assert.Equal(DuplicateReason.SameThread, DuplicateRules.Decide(Card("Hays", "Role not stated", FromMail), Card("Contoso", "Designer", FromMail), shareThread: true));
    }

    [Fact]
    public void A_pair_is_spelled_one_way()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(DuplicateRules.PairOf(a, b), DuplicateRules.PairOf(b, a));
    }

    private static DuplicateCandidate Card(string company, string role, string source) => new(Guid.NewGuid(), company, role, source);
}
