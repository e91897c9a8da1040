using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Tests.Pipeline;

public sealed class ApplicationNamingTests
{
    [Theory]
    [InlineData("Hays Recruitment", "Contoso")]
    [InlineData("Robert Half", "Fabrikam")]
    [InlineData("Northpoint Talent Partners", "Tailspin Toys")]
    [InlineData("Brightwater Staffing Ltd", "Woodgrove Bank")]
    [InlineData("Kienbaum Personalberatung", "Siemens")]
    public void An_agency_gives_way_to_the_client_a_later_email_names(string agency, string client)
    {
        var decision = ApplicationNaming.Decide(agency, "Data Analyst", client, "Data Analyst");

        Assert.Equal(client, decision.Company);
        Assert.True(decision.Changes);
    }

    [Fact]
    public void An_employer_is_never_replaced_by_an_agency()
    {
        var decision = ApplicationNaming.Decide("Contoso", "Data Analyst", "Hays Recruitment", "Data Analyst");

        Assert.Equal("Contoso", decision.Company);
        Assert.False(decision.Changes);
    }

    [Theory]
    [InlineData("Westridgecu", "Westridge Credit Union")]
    [InlineData("Pellegrinoplumbing", "Pellegrino Plumbing & Heating")]
    [InlineData("Brightlinetherapy", "Brightline Therapy Group")]
    public void A_name_read_from_an_address_gives_way_to_the_name_written_out(string slug, string fullName)
    {
        var decision = ApplicationNaming.Decide(slug, "Data Analyst", fullName, "Data Analyst");

        Assert.Equal(fullName, decision.Company);
        Assert.True(decision.Changes);
    }

    [Theory]
    [InlineData("Westridge", "Westridge Credit Union")]
    [InlineData("Contoso", "Contoso Labs")]
    [InlineData("Acmecorp", "Northwind Traders")]
    public void A_name_that_is_a_word_of_the_new_one_or_spells_another_stays(string company, string emailCompany)
    {
        var decision = ApplicationNaming.Decide(company, "Data Analyst", emailCompany, "Data Analyst");

        Assert.Equal(company, decision.Company);
        Assert.False(decision.Changes);
    }

    [Theory]
    [InlineData("Phone screen")]
    [InlineData("Second interview")]
    [InlineData("Final round")]
    [InlineData("Role not stated")]
    public void A_round_note_or_a_placeholder_gives_way_to_the_role_a_later_email_names(string note)
    {
        var decision = ApplicationNaming.Decide("Contoso", note, "Contoso", "Member Services Representative");

        Assert.Equal("Member Services Representative", decision.Role);
        Assert.True(decision.Changes);
    }

    [Fact]
    public void An_employer_is_never_replaced_by_another_name()
    {
        var decision = ApplicationNaming.Decide("Contoso", "Data Analyst", "Contoso Talent Team", "Data Analyst");

        Assert.Equal("Contoso", decision.Company);
    }

    [Fact]
    public void One_agency_never_replaces_another()
    {
        var decision = ApplicationNaming.Decide("Hays", "Data Analyst", "Randstad", null);

        Assert.Equal("Hays", decision.Company);
    }

    [Theory]
    [InlineData("Final round")]
    [InlineData("Technical interview")]
    [InlineData("Next steps")]
    [InlineData("Phone screen")]
    [InlineData("2nd round interview")]
    [InlineData("Hiring manager interview")]
    [InlineData("Role not stated")]
    [InlineData("the position")]
    public void An_interview_note_or_placeholder_gives_way_to_a_named_role(string note)
    {
        var decision = ApplicationNaming.Decide("Contoso", note, "Contoso", "Senior Data Engineer");

        Assert.Equal("Senior Data Engineer", decision.Role);
        Assert.True(decision.Changes);
    }

    [Theory]
    [InlineData("Final round")]
    [InlineData("Technical interview")]
    [InlineData("Next steps")]
    [InlineData("Coding challenge")]
    public void An_interview_note_never_replaces_a_role(string note)
    {
        var decision = ApplicationNaming.Decide("Contoso", "Product Manager", "Contoso", note);

        Assert.Equal("Product Manager", decision.Role);
        Assert.False(decision.Changes);
    }

    [Theory]
    [InlineData("HR Manager")]
    [InlineData("Test Engineer")]
    [InlineData("Call Center Agent")]
    [InlineData("Presentation Designer")]
    public void A_title_that_shares_a_word_with_interview_steps_is_still_a_role(string role)
    {
        Assert.True(ApplicationNaming.IsRole(role));
    }

    [Fact]
    public void A_role_named_more_precisely_replaces_the_vaguer_one()
    {
        var decision = ApplicationNaming.Decide("Contoso", "Product Manager", "Contoso", "Senior Product Manager, Payments");

        Assert.Equal("Senior Product Manager, Payments", decision.Role);
    }

    [Fact]
    public void A_different_role_does_not_replace_a_named_one()
    {
        var decision = ApplicationNaming.Decide("Contoso", "Product Manager", "Contoso", "Data Scientist");

        Assert.Equal("Product Manager", decision.Role);
        Assert.False(decision.Changes);
    }

    [Fact]
    public void An_email_that_names_nothing_changes_nothing()
    {
        var decision = ApplicationNaming.Decide("Hays", "Final round", null, null);

        Assert.Equal(("Hays", "Final round"), (decision.Company, decision.Role));
        Assert.Null(decision.Explanation);
    }

    [Theory]
    [InlineData("Workday")]
    [InlineData("LinkedIn")]
    [InlineData("Greenhouse")]
    public void An_ats_or_job_board_gives_way_to_the_employer_a_later_email_names(string platform)
    {
        var decision = ApplicationNaming.Decide(platform, "Data Analyst", "Fabrikam", "Data Analyst");

        Assert.Equal("Fabrikam", decision.Company);
        Assert.True(decision.Changes);
    }

    [Fact]
    public void An_employer_is_never_replaced_by_an_ats()
    {
        var decision = ApplicationNaming.Decide("Fabrikam", "Data Analyst", "Workday", null);

        Assert.Equal("Fabrikam", decision.Company);
        Assert.False(decision.Changes);
    }

    [Fact]
    public void A_company_the_person_typed_stays_even_when_it_names_an_agency()
    {
        var decision = ApplicationNaming.Decide("Northwind via Hays", "Data Analyst", "Contoso", null, companyByPerson: true);

        Assert.Equal("Northwind via Hays", decision.Company);
        Assert.False(decision.Changes);
    }

    [Theory]
    [InlineData("Final round")]
    [InlineData("Analyst")]
    public void A_role_the_person_typed_stays_even_when_mail_names_one_more_precisely(string typed)
    {
        var decision = ApplicationNaming.Decide("Contoso", typed, "Contoso", "Senior Data Analyst", roleByPerson: true);

        Assert.Equal(typed, decision.Role);
        Assert.False(decision.Changes);
    }
}
