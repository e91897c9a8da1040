using ApplyTrack.Features.FollowUps;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Tests.FollowUps;

/// <summary>The timing rules, one reason to fail each (pure: no database, the clock is passed in).</summary>
public sealed class FollowUpRulesTests
{
    private static readonly FollowUpDelays Defaults = new(7, 5, 30);

    // A Monday, so business days are easy to count.
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static ApplicationTimeline Applied(DateTimeOffset at) => new(Guid.NewGuid(), ApplicationStatus.Applied, at, at, at);

    [Fact]
    public void Check_in_after_applying_is_due_after_seven_business_days_of_silence_not_before()
    {
        var timeline = Applied(Monday);

        var dayBefore = FollowUpRules.Due(timeline, Defaults, Monday.AddDays(8).AddMinutes(-1));
        var due = FollowUpRules.Due(timeline, Defaults, Monday.AddDays(9));

        Assert.Empty(dayBefore);
        var followUp = Assert.Single(due);
        Assert.Equal(FollowUpKind.CheckInAfterApplying, followUp.Kind);
        // Seven business days after Monday the 2nd is Wednesday the 11th (the weekend does not count).
        Assert.Equal(Monday.AddDays(9), followUp.DueAt);
    }

    [Fact]
    public void A_new_email_from_the_employer_restarts_the_silence()
    {
        var timeline = Applied(Monday) with { LastHeardAt = Monday.AddDays(7) };

        Assert.Empty(FollowUpRules.Due(timeline, Defaults, Monday.AddDays(10)));
    }

    [Fact]
    public void The_delay_comes_from_the_persons_settings()
    {
        var timeline = Applied(Monday);

        Assert.Single(FollowUpRules.Due(timeline, Defaults with { CheckInAfterApplyingDays = 2 }, Monday.AddDays(2)));
    }

    [Fact]
    public void Check_in_after_an_interview_counts_five_business_days_from_the_interview()
    {
        var invitedAt = Monday;
        var interview = Monday.AddDays(3); // Thursday
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Interviewing, Monday.AddDays(-10), invitedAt, invitedAt, InterviewAt: interview);

        var beforeInterview = FollowUpRules.Due(timeline, Defaults, interview.AddHours(-1));
        var fourDaysAfter = FollowUpRules.Due(timeline, Defaults, interview.AddDays(6)).Where(f => f.Kind == FollowUpKind.CheckInAfterInterview);
        var fiveDaysAfter = FollowUpRules.Due(timeline, Defaults, interview.AddDays(7)).Where(f => f.Kind == FollowUpKind.CheckInAfterInterview);

        Assert.Empty(beforeInterview);
        Assert.Empty(fourDaysAfter);
        Assert.Equal(interview, Assert.Single(fiveDaysAfter).Anchor);
    }

    [Fact]
    public void Thank_you_is_due_from_the_interview_until_24_hours_after()
    {
        var interview = Monday.AddDays(1);
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Interviewing, Monday.AddDays(-10), Monday, Monday, InterviewAt: interview);

        var during = FollowUpRules.Due(timeline, Defaults, interview.AddHours(3));
        var after = FollowUpRules.Due(timeline, Defaults, interview.AddHours(25));

        var thankYou = Assert.Single(during, f => f.Kind == FollowUpKind.ThankYou);
        Assert.Equal(interview.AddHours(24), thankYou.Before);
        Assert.DoesNotContain(after, f => f.Kind == FollowUpKind.ThankYou);
    }

    [Fact]
    public void Thank_you_is_due_for_24_hours_after_a_person_moves_the_card_to_interviewing_when_no_invitation_named_a_time()
    {
        var movedAt = Monday.AddHours(15);
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Interviewing, Monday.AddDays(-10), movedAt, movedAt, InterviewRecordedAt: movedAt);

        var before = FollowUpRules.Due(timeline, Defaults, movedAt.AddMinutes(-1));
        var during = FollowUpRules.Due(timeline, Defaults, movedAt.AddHours(2));
        var after = FollowUpRules.Due(timeline, Defaults, movedAt.AddHours(25));
        var emailMoved = FollowUpRules.Due(timeline with { InterviewRecordedAt = null }, Defaults, movedAt.AddHours(2));

        Assert.DoesNotContain(before, f => f.Kind == FollowUpKind.ThankYou);
        var thankYou = Assert.Single(during, f => f.Kind == FollowUpKind.ThankYou);
        Assert.Equal(movedAt, thankYou.Anchor);
        Assert.Equal(movedAt.AddHours(24), thankYou.Before);
        Assert.Contains("marked this application as interviewing", thankYou.Why);
        Assert.DoesNotContain(after, f => f.Kind == FollowUpKind.ThankYou);
        // An email's invitation moved it (not a person): no interview has happened that we know of.
        Assert.DoesNotContain(emailMoved, f => f.Kind == FollowUpKind.ThankYou);
    }

    [Fact]
    public void A_move_to_interviewing_for_an_interview_still_ahead_waits_for_the_interview()
    {
        var movedAt = Monday.AddHours(9);
        var interview = Monday.AddDays(2).AddHours(10);
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Interviewing, Monday.AddDays(-10), movedAt, movedAt,
            InterviewAt: interview, InterviewRecordedAt: movedAt);

        var beforeInterview = FollowUpRules.Due(timeline, Defaults, movedAt.AddHours(3));
        var afterInterview = FollowUpRules.Due(timeline, Defaults, interview.AddHours(2));

        Assert.DoesNotContain(beforeInterview, f => f.Kind == FollowUpKind.ThankYou);
        Assert.Equal(interview, Assert.Single(afterInterview, f => f.Kind == FollowUpKind.ThankYou).Anchor);
    }

    [Fact]
    public void A_move_to_interviewing_after_a_passed_interview_slot_is_the_newer_occasion()
    {
        var interview = Monday.AddHours(10);
        var movedAt = Monday.AddDays(3).AddHours(16);
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Interviewing, Monday.AddDays(-10), movedAt, movedAt,
            InterviewAt: interview, InterviewRecordedAt: movedAt);

        var thankYou = Assert.Single(FollowUpRules.Due(timeline, Defaults, movedAt.AddHours(1)), f => f.Kind == FollowUpKind.ThankYou);

        Assert.Equal(movedAt, thankYou.Anchor);
    }

    [Fact]
    public void An_offer_asking_for_an_answer_by_a_date_is_due_until_the_end_of_that_day()
    {
        var replyBy = new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero);
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Offer, Monday.AddDays(-20), Monday, Monday, OfferAt: Monday, OfferMentionsDeadline: true, ReplyBy: replyBy);

        var onTheDay = FollowUpRules.Due(timeline, Defaults, replyBy.AddHours(14));
        var dayAfter = FollowUpRules.Due(timeline, Defaults, replyBy.AddDays(1));

        Assert.Equal(FollowUpKind.OfferReply, Assert.Single(onTheDay).Kind);
        Assert.Empty(dayAfter);
    }

    [Fact]
    public void An_offer_without_a_deadline_needs_no_reminder()
    {
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Offer, Monday.AddDays(-20), Monday, Monday, OfferAt: Monday);

        Assert.Empty(FollowUpRules.Due(timeline, Defaults, Monday.AddDays(1)));
    }

    [Fact]
    public void Thirty_days_without_a_reply_is_no_response_and_replaces_the_check_in()
    {
        var timeline = Applied(Monday);
        var now = Monday.AddDays(30);

        Assert.True(FollowUpRules.IsNoResponse(timeline, Defaults, now));
        Assert.False(FollowUpRules.IsNoResponse(timeline, Defaults, now.AddMinutes(-1)));
        Assert.Empty(FollowUpRules.Due(timeline, Defaults, now));
    }

    [Theory]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Saved)]
    public void Applications_that_moved_on_get_no_follow_ups_and_are_never_no_response(ApplicationStatus status)
    {
        var timeline = new ApplicationTimeline(Guid.NewGuid(), status, Monday, Monday, Monday, InterviewAt: Monday.AddDays(1), OfferAt: Monday, OfferMentionsDeadline: true);

        Assert.Empty(FollowUpRules.Due(timeline, Defaults, Monday.AddDays(20)));
        Assert.False(FollowUpRules.IsNoResponse(timeline, Defaults, Monday.AddDays(60)));
    }

    [Fact]
    public void An_application_that_moved_to_interviewing_gets_no_check_in_after_applying()
    {
        var timeline = new ApplicationTimeline(Guid.NewGuid(), ApplicationStatus.Interviewing, Monday, Monday, Monday);

        Assert.DoesNotContain(FollowUpRules.Due(timeline, Defaults, Monday.AddDays(20)), f => f.Kind == FollowUpKind.CheckInAfterApplying);
    }

    [Fact]
    public void Done_hides_the_occasion_and_snooze_hides_it_until_the_snooze_ends()
    {
        var timeline = Applied(Monday);
        var now = Monday.AddDays(10);
        var anchor = Assert.Single(FollowUpRules.Due(timeline, Defaults, now)).Anchor;

        var done = FollowUpRules.Due(timeline, Defaults, now, [new(timeline.ApplicationId, FollowUpKind.CheckInAfterApplying, anchor, true, null)]);
        var snoozed = new FollowUpMarkState(timeline.ApplicationId, FollowUpKind.CheckInAfterApplying, anchor, false, now.AddDays(1));

        Assert.Empty(done);
        Assert.Empty(FollowUpRules.Due(timeline, Defaults, now, [snoozed]));
        Assert.Single(FollowUpRules.Due(timeline, Defaults, now.AddDays(1).AddMinutes(1), [snoozed]));
    }

    [Fact]
    public void Done_on_an_earlier_occasion_does_not_hide_a_new_silence()
    {
        var first = Applied(Monday);
        var mark = new FollowUpMarkState(first.ApplicationId, FollowUpKind.CheckInAfterApplying, first.LastEventAt, true, null);
        var later = first with { LastHeardAt = Monday.AddDays(10) };

        Assert.Single(FollowUpRules.Due(later, Defaults, Monday.AddDays(21), [mark]));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 4)]  // Monday → Friday
    [InlineData(5, 4)]  // Monday → Saturday
    [InlineData(7, 5)]  // Monday → next Monday
    [InlineData(9, 7)]
    public void Business_days_skip_weekends(int calendarDays, int expected)
    {
        var days = BusinessDays.Between(Monday, Monday.AddDays(calendarDays));

        Assert.Equal(expected, days);
    }
}
