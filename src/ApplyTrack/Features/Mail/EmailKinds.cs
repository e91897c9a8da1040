using ApplyTrack.Classification;

namespace ApplyTrack.Features.Mail;

/// <summary>The pipeline status a job email implies (the classifier's label). Stored as its name: <c>interviewing</c>.</summary>
public enum EmailLabel
{
    None,
    Applied,
    Interviewing,
    Offer,
    Rejected,
}

/// <summary>The finer event the classifier tells apart. Stored as its name: <c>application_received</c>.</summary>
public enum EmailEvent
{
    ApplicationReceived,
    ApplicationViewed,
    RecruiterOutreach,
    InterviewInvite,
    NextRound,
    Assessment,
    Offer,
    Rejection,
    JobAlert,
    Marketing,
    NotJob,
}

/// <summary>
/// The classifier's names (<see cref="EmailLabels"/>, <see cref="EmailEvents"/>) for the typed values: what the
/// database stores and the JSON API shows, unchanged from when they were strings.
/// </summary>
public static class EmailNames
{
    private static readonly Dictionary<EmailLabel, string> LabelNames = new()
    {
        [EmailLabel.None] = EmailLabels.None,
        [EmailLabel.Applied] = EmailLabels.Applied,
        [EmailLabel.Interviewing] = EmailLabels.Interviewing,
        [EmailLabel.Offer] = EmailLabels.Offer,
        [EmailLabel.Rejected] = EmailLabels.Rejected,
    };

    private static readonly Dictionary<EmailEvent, string> EventNames = new()
    {
        [EmailEvent.ApplicationReceived] = EmailEvents.ApplicationReceived,
        [EmailEvent.ApplicationViewed] = EmailEvents.ApplicationViewed,
        [EmailEvent.RecruiterOutreach] = EmailEvents.RecruiterOutreach,
        [EmailEvent.InterviewInvite] = EmailEvents.InterviewInvite,
        [EmailEvent.NextRound] = EmailEvents.NextRound,
        [EmailEvent.Assessment] = EmailEvents.Assessment,
        [EmailEvent.Offer] = EmailEvents.Offer,
        [EmailEvent.Rejection] = EmailEvents.Rejection,
        [EmailEvent.JobAlert] = EmailEvents.JobAlert,
        [EmailEvent.Marketing] = EmailEvents.Marketing,
        [EmailEvent.NotJob] = EmailEvents.NotJob,
    };

    private static readonly Dictionary<string, EmailLabel> Labels = LabelNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    private static readonly Dictionary<string, EmailEvent> Events = EventNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(this EmailLabel label) => LabelNames[label];

    public static string Name(this EmailEvent @event) => EventNames[@event];

    public static EmailLabel ParseLabel(string name) =>
        Labels.TryGetValue(name, out var label) ? label : throw new FormatException($"'{name}' is not an email label.");

    public static EmailEvent ParseEvent(string name) =>
        Events.TryGetValue(name, out var @event) ? @event : throw new FormatException($"'{name}' is not an email event.");

    public static bool TryParseLabel(string? name, out EmailLabel label) => Labels.TryGetValue(name ?? "", out label);

    /// <summary>Which label an event belongs to (each belongs to exactly one).</summary>
    public static EmailLabel LabelOf(EmailEvent @event) => ParseLabel(EmailEvents.LabelOf(@event.Name()));
}
