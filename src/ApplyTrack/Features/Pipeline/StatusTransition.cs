namespace ApplyTrack.Features.Pipeline;

public enum TransitionCause
{
    /// <summary>A person chose the status (board, detail page, API).</summary>
    Manual,

    /// <summary>An email moved it (the classifier's verdict).</summary>
    Email,

    /// <summary>A person corrected what an email is (or which application it belongs to); the emails were read again.</summary>
    Correction,

    /// <summary>A person merged two applications into one: the merged status was decided by the merge rules (Duplicates.MergeStatus).</summary>
    Merge,
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
/// <item>Automation moves forward only: Saved → Applied → Interviewing → Offer. It never moves back
/// (a late "we received your application" does not undo an interview, and nothing automatic un-applies to Saved).</item>
/// <item>Automation may reject from Saved, Applied, Interviewing or Offer (offers get rescinded; a rejection for a
/// saved job means the person applied after all).</item>
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

        // A correction says an email was misread: what the emails now say stands, even if that is a step back.
        if (cause is TransitionCause.Correction or TransitionCause.Merge)
        {
            return new(TransitionOutcome.Moved, $"Set to {target.ToDisplayName()} after your correction.");
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

    /// <summary>
    /// The status an application's emails imply when read again in order, as automation would have moved it: from the
    /// last status a person set (<paramref name="personSet"/>; emails older than it cannot override it), else from the
    /// first email. Null when there is neither (nothing is left to say where the application stands).
    /// </summary>
    public static ApplicationStatus? Replay((ApplicationStatus Status, DateTimeOffset At)? personSet, IEnumerable<(ApplicationStatus Target, DateTimeOffset At)> emails)
    {
        var current = personSet?.Status;
        var setAt = personSet?.At;
        foreach (var (target, at) in emails.OrderBy(e => e.At))
        {
            if (current is not { } status)
            {
                (current, setAt) = (target, at);
            }
            else if (Decide(status, target, TransitionCause.Email, at, setAt).Moves)
            {
                (current, setAt) = (target, at);
            }
        }
        return current;
    }

    private static int Rank(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Saved => -1,
        ApplicationStatus.Applied => 0,
        ApplicationStatus.Interviewing => 1,
        ApplicationStatus.Offer => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only forward-moving statuses have a rank."),
    };
}
