using System.ComponentModel.DataAnnotations;

namespace ApplyTrack.Features.Insights;

/// <summary>
/// The one setting of the <c>FollowUps</c> section insights read: after how many days with no email from the employer
/// an application still at Applied counts as ghosted ("No response"). The follow-up reminders read the same key.
/// </summary>
public sealed class NoResponseOptions
{
    public const string Section = "FollowUps";

    [Range(1, 365)]
    public int NoResponseDays { get; set; } = 30;
}
