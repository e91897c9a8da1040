namespace ApplyTrack.Features.Pipeline;

public enum TransitionCause
{
    /// <summary>A person chose the status (board, detail page, API).</summary>
    Manual,

    /// <summary>An email moved it (the classifier's verdict).</summary>
    Email,
}

public enum TransitionOutcome
{
    Moved,
    AlreadyThere,
    Refused,
}

public sealed record TransitionDecision(TransitionOutcome Outcome, string Explanation)
{
    public bool Moves => Outcome == TransitionOutcome.Moved;
}

/// <summary>
/// The pipeline's rules, in one place.
/// <list type="bullet">
/// <item>A person may set any status, at any time.</item>
/// <item>Automation moves forward only: Applied → Interviewing → Offer. It never moves back
/// (a late "we received your application" does not undo an interview).</item>
/// <item>Automation may reject from Applied, Interviewing or Offer (offers get rescinded).</item>
/// <item>Automation never touches Rejected or Withdrawn: those are final until a person says otherwise,
/// and Withdrawn is a person's own decision.</item>
/// <item>An email older than the decision behind the current status never overrides it: a person's manual
/// change made after the email wins, and mail processed out of order cannot undo newer news.</item>
/// </list>
/// </summary>
public static class StatusTransition
{
    public static TransitionDecision Decide(
        ApplicationStatus current,
        ApplicationStatus target,
        TransitionCause cause,
        DateTimeOffset? eventTime = null,
        DateTimeOffset? statusSetAt = null)
    {
        if (current == target)
        {
            return new(TransitionOutcome.AlreadyThere, $"Already {target.ToDisplayName()}.");
        }

        if (cause == TransitionCause.Manual)
        {
            return new(TransitionOutcome.Moved, $"Set to {target.ToDisplayName()} by you.");
        }

        if (eventTime is { } at && statusSetAt is { } setAt && at < setAt)
        {
            return new(TransitionOutcome.Refused, "The current status was decided after this email.");
        }

        if (target == ApplicationStatus.Withdrawn)
        {
            return new(TransitionOutcome.Refused, "Only you can withdraw an application.");
        }

        if (current is ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
        {
            return new(TransitionOutcome.Refused, $"{current.ToDisplayName()} is final unless you change it.");
        }

        if (target == ApplicationStatus.Rejected)
        {
            return new(TransitionOutcome.Moved, "Rejected.");
        }

        return Rank(target) > Rank(current)
            ? new(TransitionOutcome.Moved, $"Moved forward to {target.ToDisplayName()}.")
            : new(TransitionOutcome.Refused, $"Automation never moves an application back from {current.ToDisplayName()} to {target.ToDisplayName()}.");
    }

    private static int Rank(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Applied => 0,
        ApplicationStatus.Interviewing => 1,
        ApplicationStatus.Offer => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only forward-moving statuses have a rank."),
    };
}
