using ApplyTrack.Classification;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// What a job email means for its application: the status it asks for (<see cref="StatusTransition"/> decides
/// whether it gets it) and how the history names it. Shared by mail processing, attaching and corrections.
/// </summary>
public static class EmailStatus
{
    public static ApplicationStatus Target(string label) => label switch
    {
        EmailLabels.Applied => ApplicationStatus.Applied,
        EmailLabels.Interviewing => ApplicationStatus.Interviewing,
        EmailLabels.Offer => ApplicationStatus.Offer,
        EmailLabels.Rejected => ApplicationStatus.Rejected,
        _ => throw new InvalidOperationException($"'{label}' is not an application event."),
    };

    /// <summary>"Interview invitation", "Final round" (the email's own note for a next round), …</summary>
    public static string Describe(string label, string @event, string? note) => @event switch
    {
        EmailEvents.ApplicationReceived => "Application received",
        EmailEvents.ApplicationViewed => "Application viewed",
        EmailEvents.RecruiterOutreach => "Recruiter outreach",
        EmailEvents.InterviewInvite => "Interview invitation",
        EmailEvents.NextRound => note ?? "Next round",
        EmailEvents.Assessment => note ?? "Assessment",
        EmailEvents.Offer => "Offer",
        EmailEvents.Rejection => "Rejection",
        _ => label switch
        {
            EmailLabels.Applied => "Application",
            EmailLabels.Interviewing => "Interview",
            EmailLabels.Offer => "Offer",
            _ => "Rejection",
        },
    };
}
