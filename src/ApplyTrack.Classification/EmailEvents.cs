namespace ApplyTrack.Classification;

/// <summary>The pipeline statuses an email can imply.</summary>
public static class EmailLabels
{
    public const string None = "none";
    public const string Applied = "applied";
    public const string Interviewing = "interviewing";
    public const string Offer = "offer";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [None, Applied, Interviewing, Offer, Rejected];
}

/// <summary>The finer events the classifier tells apart; each belongs to exactly one label.</summary>
public static class EmailEvents
{
    public const string ApplicationReceived = "application_received";
    public const string ApplicationViewed = "application_viewed";
    public const string RecruiterOutreach = "recruiter_outreach";
    public const string InterviewInvite = "interview_invite";
    public const string NextRound = "next_round";
    public const string Assessment = "assessment";
    public const string Offer = "offer";
    public const string Rejection = "rejection";
    public const string JobAlert = "job_alert";
    public const string Marketing = "marketing";
    public const string NotJob = "not_job";

    public static IReadOnlyList<string> All { get; } =
    [
        ApplicationReceived, ApplicationViewed, RecruiterOutreach, InterviewInvite, NextRound,
        Assessment, Offer, Rejection, JobAlert, Marketing, NotJob,
    ];

    public static string LabelOf(string @event) => @event switch
    {
        ApplicationReceived or ApplicationViewed => EmailLabels.Applied,
        RecruiterOutreach or InterviewInvite or NextRound or Assessment => EmailLabels.Interviewing,
        Offer => EmailLabels.Offer,
        Rejection => EmailLabels.Rejected,
        JobAlert or Marketing or NotJob => EmailLabels.None,
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, "Unknown email event."),
    };
}
