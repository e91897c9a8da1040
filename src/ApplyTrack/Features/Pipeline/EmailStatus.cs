using ApplyTrack.Features.Mail;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// What a job email means for its application: the status it asks for (<see cref="StatusTransition"/> decides
/// whether it gets it) and how the history names it. Shared by mail processing, attaching and corrections.
/// </summary>
public static class EmailStatus
{
    public static ApplicationStatus Target(EmailLabel label) => label switch
    {
        EmailLabel.Applied => ApplicationStatus.Applied,
        EmailLabel.Interviewing => ApplicationStatus.Interviewing,
        EmailLabel.Offer => ApplicationStatus.Offer,
        EmailLabel.Rejected => ApplicationStatus.Rejected,
        _ => throw new InvalidOperationException($"'{label.Name()}' is not an application event."),
    };

    /// <summary>"Interview invitation", "Final round" (the email's own note for a next round), …</summary>
    public static string Describe(EmailLabel label, EmailEvent @event, string? note) => @event switch
    {
        EmailEvent.ApplicationReceived => "Application received",
        EmailEvent.ApplicationViewed => "Application viewed",
        EmailEvent.RecruiterOutreach => "Recruiter outreach",
        EmailEvent.InterviewInvite => "Interview invitation",
        EmailEvent.NextRound => note ?? "Next round",
        EmailEvent.Assessment => note ?? "Assessment",
        EmailEvent.Offer => "Offer",
        EmailEvent.Rejection => "Rejection",
        _ => label switch
        {
            EmailLabel.Applied => "Application",
            EmailLabel.Interviewing => "Interview",
            EmailLabel.Offer => "Offer",
            _ => "Rejection",
        },
    };
}
