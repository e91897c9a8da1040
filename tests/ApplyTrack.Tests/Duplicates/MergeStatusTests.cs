using ApplyTrack.Features.Duplicates;
using ApplyTrack.Features.Pipeline;
using static ApplyTrack.Features.Pipeline.ApplicationStatus;

namespace ApplyTrack.Tests.Duplicates;

public sealed class MergeStatusTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_status_furthest_along_wins_when_nobody_chose_one()
    {
        var decision = MergeStatus.Decide(new(Applied, T0.AddDays(2), false), new(Interviewing, T0.AddDays(1), false));

        Assert.Equal(Interviewing, decision.Status);
        Assert.Equal(T0.AddDays(1), decision.SetAt);
    }

    [Fact]
    public void An_older_status_that_is_further_along_still_wins_automation_never_moves_back()
    {
        Assert.Equal(Offer, MergeStatus.Decide(new(Offer, T0, false), new(Applied, T0.AddDays(3), false)).Status);
    }

    [Fact]
    public void A_later_rejection_counts_and_rejected_stays_final()
    {
        Assert.Equal(Rejected, MergeStatus.Decide(new(Interviewing, T0, false), new(Rejected, T0.AddDays(1), false)).Status);
        Assert.Equal(Rejected, MergeStatus.Decide(new(Rejected, T0, false), new(Offer, T0.AddDays(1), false)).Status);
    }

    [Fact]
    public void The_primarys_status_stands_when_a_person_set_it()
    {
        var decision = MergeStatus.Decide(new(Applied, T0, true), new(Offer, T0.AddDays(5), false));

        Assert.Equal(Applied, decision.Status);
        Assert.Contains("you set it", decision.Explanation);
    }

    [Fact]
    public void The_others_status_a_person_chose_is_kept_unless_newer_mail_moved_on()
    {
        Assert.Equal(Withdrawn, MergeStatus.Decide(new(Interviewing, T0.AddDays(2), false), new(Withdrawn, T0.AddDays(1), true)).Status);
        Assert.Equal(Interviewing, MergeStatus.Decide(new(Interviewing, T0.AddDays(2), false), new(Applied, T0.AddDays(1), true)).Status);
    }
}
