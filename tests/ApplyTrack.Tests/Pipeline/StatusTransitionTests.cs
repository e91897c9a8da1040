using ApplyTrack.Features.Pipeline;
using static ApplyTrack.Features.Pipeline.ApplicationStatus;

namespace ApplyTrack.Tests.Pipeline;

public sealed class StatusTransitionTests
{
    public static TheoryData<ApplicationStatus, ApplicationStatus> AllPairs()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var to in Enum.GetValues<ApplicationStatus>())
            {
                if (from != to) data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [InlineData(Applied)]
    [InlineData(Interviewing)]
    [InlineData(Offer)]
    [InlineData(Rejected)]
    public void Mail_moves_a_saved_job_forward_or_rejects_it(ApplicationStatus to)
    {
        var decision = StatusTransition.Decide(Saved, to, TransitionCause.Email);

        Assert.Equal(TransitionOutcome.Moved, decision.Outcome);
    }

    [Theory]
    [InlineData(Applied)]
    [InlineData(Interviewing)]
    [InlineData(Offer)]
    [InlineData(Rejected)]
    [InlineData(Withdrawn)]
    public void Automation_never_moves_an_application_back_to_saved(ApplicationStatus from)
    {
        var decision = StatusTransition.Decide(from, Saved, TransitionCause.Email);

        Assert.Equal(TransitionOutcome.Refused, decision.Outcome);
    }

    [Fact]
    public void Saved_is_first_on_the_board_and_parses_from_its_api_name()
    {
        Assert.Equal(Saved, ApplicationStatusNames.BoardOrder[0]);
        Assert.True(ApplicationStatusNames.TryParse("saved", out var parsed));
        Assert.Equal((Saved, "Saved"), (parsed, parsed.ToDisplayName()));
        Assert.Equal(Enum.GetValues<ApplicationStatus>().Length, ApplicationStatusNames.BoardOrder.Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_person_may_set_any_status(ApplicationStatus from, ApplicationStatus to)
    {
        var decision = StatusTransition.Decide(from, to, TransitionCause.Manual);

        Assert.Equal(TransitionOutcome.Moved, decision.Outcome);
    }

    [Theory]
    [InlineData(Applied, Interviewing)]
    [InlineData(Applied, Offer)]
    [InlineData(Interviewing, Offer)]
    [InlineData(Applied, Rejected)]
    [InlineData(Interviewing, Rejected)]
    [InlineData(Offer, Rejected)]
    public void Automation_moves_forward_or_rejects(ApplicationStatus from, ApplicationStatus to)
    {
        var decision = StatusTransition.Decide(from, to, TransitionCause.Email);

        Assert.Equal(TransitionOutcome.Moved, decision.Outcome);
    }

    [Theory]
    [InlineData(Interviewing, Applied)]
    [InlineData(Offer, Applied)]
    [InlineData(Offer, Interviewing)]
    [InlineData(Rejected, Applied)]
    [InlineData(Rejected, Interviewing)]
    [InlineData(Rejected, Offer)]
    [InlineData(Withdrawn, Applied)]
    [InlineData(Withdrawn, Interviewing)]
    [InlineData(Withdrawn, Offer)]
    [InlineData(Withdrawn, Rejected)]
    [InlineData(Applied, Withdrawn)]
    [InlineData(Interviewing, Withdrawn)]
    [InlineData(Offer, Withdrawn)]
    [InlineData(Rejected, Withdrawn)]
    public void Automation_refuses_backward_final_and_withdrawal_moves(ApplicationStatus from, ApplicationStatus to)
    {
        var decision = StatusTransition.Decide(from, to, TransitionCause.Email);

        Assert.Equal(TransitionOutcome.Refused, decision.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(decision.Explanation));
    }

    [Theory]
    [InlineData(TransitionCause.Manual)]
    [InlineData(TransitionCause.Email)]
    public void Same_status_is_not_a_transition(TransitionCause cause)
    {
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            Assert.Equal(TransitionOutcome.AlreadyThere, StatusTransition.Decide(status, status, cause).Outcome);
        }
    }

    [Fact]
    public void An_email_older_than_the_current_status_does_not_override_it()
    {
        var manual = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

        var older = StatusTransition.Decide(Applied, Interviewing, TransitionCause.Email, manual.AddHours(-1), manual);
        var newer = StatusTransition.Decide(Applied, Interviewing, TransitionCause.Email, manual.AddHours(1), manual);

        Assert.Equal(TransitionOutcome.Refused, older.Outcome);
        Assert.Equal(TransitionOutcome.Moved, newer.Outcome);
    }

    [Fact]
    public void Mail_processed_out_of_order_cannot_undo_newer_news()
    {
        var receipt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var application = Application.Create("user", "Contoso", "PM", Applied, "outlook:me@example.com", receipt, "From an email");

        application.MoveTo(Offer, TransitionCause.Email, receipt.AddDays(30), eventTime: receipt.AddDays(20));
        var olderRejection = application.MoveTo(Rejected, TransitionCause.Email, receipt.AddDays(30), eventTime: receipt.AddDays(10));

        Assert.Equal(TransitionOutcome.Refused, olderRejection.Outcome);
        Assert.Equal(Offer, application.Status);
    }

    [Fact]
    public void MoveTo_records_history_and_the_manual_time()
    {
        var now = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
        var application = Application.Create("user", "Contoso", "PM", Applied, ApplicationSources.Manual, now, "Added by you");

        application.MoveTo(Interviewing, TransitionCause.Manual, now.AddDays(1));
        var refused = application.MoveTo(Applied, TransitionCause.Email, now.AddDays(2), eventTime: now.AddDays(2));

        Assert.Equal(Interviewing, application.Status);
        Assert.Equal(TransitionOutcome.Refused, refused.Outcome);
        Assert.Equal([(ApplicationStatus?)null, Applied], application.History.Select(h => h.From));
        Assert.Equal([Applied, Interviewing], application.History.Select(h => h.To));
        Assert.Equal(now.AddDays(1), application.StatusSetAt);
    }
}

public sealed class StatusReplayTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Emails_read_again_in_order_move_forward_as_automation_would()
    {
        var status = StatusTransition.Replay(null, [(Offer, T0.AddDays(9)), (Applied, T0), (Interviewing, T0.AddDays(3))]);

        Assert.Equal(Offer, status);
    }

    [Fact]
    public void Without_the_misread_rejection_the_application_is_where_the_other_emails_put_it()
    {
        // Receipt, interview, then a "rejection" the person corrected away: only the first two are read again.
        var status = StatusTransition.Replay(null, [(Applied, T0), (Interviewing, T0.AddDays(3))]);

        Assert.Equal(Interviewing, status);
    }

    [Fact]
    public void A_status_a_person_set_is_kept_against_older_emails()
    {
        var status = StatusTransition.Replay((Withdrawn, T0.AddDays(5)), [(Applied, T0), (Offer, T0.AddDays(4))]);

        Assert.Equal(Withdrawn, status);
    }

    [Fact]
    public void Emails_after_a_persons_status_still_count()
    {
        var status = StatusTransition.Replay((Applied, T0), [(Interviewing, T0.AddDays(2))]);

        Assert.Equal(Interviewing, status);
    }

    [Fact]
    public void A_receipt_after_saving_a_job_reads_as_applied()
    {
        var status = StatusTransition.Replay((Saved, T0), [(Applied, T0.AddDays(1))]);

        Assert.Equal(Applied, status);
    }

    [Fact]
    public void Nothing_left_says_nothing()
    {
        Assert.Null(StatusTransition.Replay(null, []));
    }

    [Fact]
    public void A_correction_may_move_an_application_back()
    {
        var decision = StatusTransition.Decide(Rejected, Interviewing, TransitionCause.Correction);

        Assert.Equal(TransitionOutcome.Moved, decision.Outcome);
    }
}
