namespace ApplyTrack.Classification.Tests;

/// <summary>The hard cases the issue names, in English, against the committed model.</summary>
public sealed class HardCaseTests
{
    private static readonly EmailClassifier Classifier = EmailClassifier.LoadDefault();

    private static EmailClassification Classify(string from, string subject, string body) =>
        Classifier.Classify(new EmailInput(from, "Jordan Lee <jordan.lee@example.com>", subject, body, DateTimeOffset.Parse("2025-06-03T10:00:00Z")));

    [Fact]
    public void Confirmation_that_mentions_not_being_selected_is_a_receipt()
    {
        var result = Classify(
            "Vireo Systems <no-reply@hire.lever.co>",
            "Thanks for applying to Vireo Systems",
            """
            Hi Jordan,

            Thanks for applying for the Analytics Engineer role at Vireo Systems. We've received your application and our team will review it over the coming days.

            If you are not selected to move forward, we will notify you by email. We appreciate your patience.

            The Vireo Systems Recruiting Team
            """);

        Assert.Equal("applied", result.Label);
        Assert.Equal("application_received", result.Event);
        Assert.Contains(result.Reasons, r => r.Contains("condition"));
    }

    [Fact]
    public void Rejection_that_opens_warmly_and_declines_in_paragraph_three_is_a_rejection()
    {
        var result = Classify(
            "Harlow & Pike Careers <careers@harlowpike.com>",
            "Your application to Harlow & Pike",
            """
            Dear Jordan,

            Thank you for your interest in Harlow & Pike and for the time you spent on your application for the Pricing Analyst position. We truly enjoyed reading about your projects.

            We were fortunate to hear from an exceptional group of applicants this season, and every application was read by a member of our team.

            After much deliberation we have chosen to pursue other candidates whose backgrounds more closely align with the requirements of this role.

            We wish you every success in your career.
            """);

        Assert.Equal("rejected", result.Label);
        Assert.Equal("Harlow & Pike", result.Company);
        Assert.Equal("Pricing Analyst", result.Role);
    }

    [Fact]
    public void Decision_only_in_the_subject_is_read_from_the_subject()
    {
        var result = Classify(
            "Quarry Labs <no-reply@ashbyhq.com>",
            "Quarry Labs: unfortunately we will not be moving forward with your application",
            "Thanks again for your time, Jordan.");

        Assert.Equal("rejected", result.Label);
    }

    [Fact]
    public void Generic_update_subject_is_decided_by_the_body()
    {
        var result = Classify(
            "Talent Team <talent@fenwickbio.com>",
            "Update on your application",
            """
            Hi Jordan,

            We wanted to follow up regarding the Research Associate role. Unfortunately, the position has been filled and we will not be proceeding with your application.

            Best wishes,
            Fenwick Bio Talent Team
            """);

        Assert.Equal("rejected", result.Label);
    }

    [Fact]
    public void Interview_invite_through_a_scheduling_link_is_an_interview()
    {
        var result = Classify(
            "Maya Torres <maya.torres@glasshouse.io>",
            "Interview for the Growth Marketing Manager role",
            """
            Hi Jordan,

            Thanks for applying to Glasshouse! I'd love to set up a 30-minute video interview with you to talk about the Growth Marketing Manager role and the team.

            Please pick a time that suits you here: https://calendly.com/maya-glasshouse/30min

            Looking forward to it,
            Maya Torres, Recruiter at Glasshouse
            """);

        Assert.Equal("interviewing", result.Label);
        Assert.Equal("interview_invite", result.Event);
        Assert.Contains(result.Reasons, r => r.Contains("scheduling link") || r.Contains("interview"));
    }

    [Fact]
    public void Assessment_invitation_names_the_platform_in_the_note()
    {
        var result = Classify(
            "Kestrel Finance Recruiting <no-reply@us.greenhouse-mail.io>",
            "Kestrel Finance - online assessment for Quantitative Developer",
            """
            Hello Jordan,

            As the next step for the Quantitative Developer position at Kestrel Finance, please complete our HackerRank coding assessment. It takes about 75 minutes and must be finished within 5 days.

            https://www.hackerrank.com/test/kestrel-qd

            Good luck!
            """);

        Assert.Equal("interviewing", result.Label);
        Assert.Equal("assessment", result.Event);
        Assert.Equal("Assessment (HackerRank)", result.Note);
        Assert.Equal("Kestrel Finance", result.Company);
    }

    [Fact]
    public void Next_round_gets_a_round_note()
    {
        var result = Classify(
            "Owen Price <owen.price@lanternhealth.com>",
            "Next steps: technical interview",
            """
            Hi Jordan,

            Thanks for the great conversation on Monday. We'd like to move you forward to the next round, a technical interview with two of our engineers. Could you share your availability for next week?

            Owen
            """);

        Assert.Equal("interviewing", result.Label);
        Assert.Equal("Technical interview", result.Note);
    }

    [Fact]
    public void Job_alert_digest_is_not_an_application_event()
    {
        var result = Classify(
            "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
            "12 new jobs for 'data analyst'",
            """
            Your job alert for data analyst in Seattle, WA

            Data Analyst
            Cobalt Insurance · Seattle, WA
            Easy Apply

            Senior Data Analyst
            Riverside Health · Remote
            Actively recruiting

            See all jobs
            Unsubscribe from this alert
            """);

        Assert.Equal("none", result.Label);
        Assert.False(result.IsApplicationEvent);
    }

    [Fact]
    public void Exclusive_offer_marketing_is_not_an_offer()
    {
        var result = Classify(
            "Wanderly Travel <deals@mail.wanderly.com>",
            "Jordan, your exclusive offer expires tonight",
            """
            Pack your bags! Get 35% off hotels worldwide with this exclusive offer for members. Book by midnight and save up to $300.

            Book now
            View in browser | Unsubscribe
            """);

        Assert.Equal("none", result.Label);
        Assert.NotEqual("offer", result.Event);
    }

    [Fact]
    public void Apartment_application_receipt_is_not_a_job_application()
    {
        var result = Classify(
            "Cedar Row Residences <leasing@cedarrow.com>",
            "We received your application",
            """
            Hi Jordan,

            Thank you for submitting your rental application for apartment 4C at Cedar Row Residences. We've received your application fee and will run the credit and background screening within two business days.

            Once approved, we'll send the lease for signature.

            Cedar Row Leasing Team
            """);

        Assert.Equal("none", result.Label);
    }

    [Fact]
    public void Scholarship_regret_is_not_a_job_rejection()
    {
        var result = Classify(
            "Allen Foundation <awards@allenfoundation.org>",
            "Your scholarship application",
            """
            Dear Jordan,

            Thank you for applying for the Allen Foundation Graduate Scholarship. We regret to inform you that your application was not selected for an award this year. Competition was exceptionally strong.

            We encourage you to apply again next academic year.
            """);

        Assert.Equal("none", result.Label);
    }

    [Fact]
    public void Forwarded_rejection_is_read_from_the_forwarded_message()
    {
        var result = Classify(
            "Jordan Lee <jordan.lee@example.com>",
            "Fwd: Your application to Bellwether",
            """
            ugh, another one

            ---------- Forwarded message ---------
            From: Bellwether Recruiting <no-reply@bellwether.com>
            Date: Wed, Jun 4, 2025 at 3:02 PM
            Subject: Your application to Bellwether
            To: Jordan Lee <jordan.lee@example.com>

            Hi Jordan,

            Thank you for applying for the Product Analyst position. Unfortunately, we have decided not to move forward with your application at this time.

            Bellwether Recruiting
            """);

        Assert.Equal("rejected", result.Label);
        Assert.Equal("Bellwether", result.Company);
        Assert.Contains(result.Reasons, r => r.Contains("forwarded"));
        Assert.Equal(new ForwardedMessage("no-reply@bellwether.com", "Your application to Bellwether", "Wed, Jun 4, 2025 at 3:02 PM"), result.Forwarded);
    }

    [Fact]
    public void A_direct_email_carries_no_forwarded_header()
    {
        var result = Classify("Bellwether Recruiting <no-reply@bellwether.com>", "Your application to Bellwether",
            "Hi Jordan, thank you for applying. Unfortunately, we have decided not to move forward with your application.");

        Assert.Null(result.Forwarded);
    }

    [Fact]
    public void Html_only_offer_is_an_offer()
    {
        var result = Classify(
            "Juniper Robotics <offers@juniperrobotics.com>",
            "Your offer from Juniper Robotics",
            """
            <html><head><style>.btn{color:#fff}</style></head><body>
            <table><tr><td><img src="https://cdn.juniperrobotics.com/logo.png" alt="Juniper Robotics"></td></tr>
            <tr><td><p>Dear Jordan,</p>
            <p>We are delighted to offer you the position of <b>Controls Engineer</b> at Juniper Robotics.</p>
            <p>Your offer letter is attached: a base salary of $118,000, a signing bonus of $10,000 and a proposed start date of August 4.</p>
            <p>Please review and sign your offer within five business days.</p>
            <p><a class="btn" href="https://juniperrobotics.com/offer">Review offer</a></p></td></tr></table>
            </body></html>
            """);

        Assert.Equal("offer", result.Label);
        Assert.Equal("Juniper Robotics", result.Company);
        Assert.Equal("Controls Engineer", result.Role);
    }

    [Fact]
    public void Quoted_receipt_under_a_rejection_reply_does_not_count()
    {
        var result = Classify(
            "Priya Nair <priya.nair@solsticeenergy.com>",
            "Re: Data Engineer application",
            """
            Hi Jordan,

            Thanks for your patience. I'm sorry to say that the team has decided to go with another candidate for the Data Engineer role.

            Best,
            Priya

            On Mon, May 12, 2025 at 9:01 AM Solstice Energy <no-reply@solsticeenergy.com> wrote:
            > Thank you for applying! We have received your application for Data Engineer.
            > We will review it and be in touch.
            """);

        Assert.Equal("rejected", result.Label);
    }

    [Fact]
    public void Empty_email_is_not_job_related()
    {
        var result = Classifier.Classify(new EmailInput(null, null, null, null, null));

        Assert.Equal("none", result.Label);
        Assert.Equal("not_job", result.Event);
    }

    [Fact]
    public void Confidence_is_a_probability_and_reasons_are_given()
    {
        var result = Classify("Acme <no-reply@acme.com>", "Thank you for applying to Acme", "We have received your application for the Welder position.");

        Assert.InRange(result.Confidence, 0, 1);
        Assert.NotEmpty(result.Reasons);
        Assert.All(result.Reasons, r => Assert.DoesNotContain("Welder", r));
    }

    [Fact]
    public void Offer_made_to_someone_else_is_a_rejection_not_an_offer()
    {
        var result = Classify(
            "Noah Fischer <noah.fischer@tidewaterlabs.com>",
            "Your candidacy for Platform Engineer",
            """
            Hi Jordan,

            Thank you for all the time you gave us, including the final-round system design session. The panel enjoyed it.

            After a lot of discussion we have decided to extend an offer to another candidate whose background is closer to what the team needs right now.

            I hope we stay in touch.
            Noah
            """);

        Assert.Equal("rejected", result.Label);
    }
}
