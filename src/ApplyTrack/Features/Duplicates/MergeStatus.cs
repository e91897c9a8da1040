using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Duplicates;

/// <summary>Where one application stands before a merge: its status, when that was decided, and whether a person chose it.</summary>
public sealed record MergeSide(ApplicationStatus Status, DateTimeOffset SetAt, bool SetByPerson);

public sealed record MergeStatusDecision(ApplicationStatus Status, DateTimeOffset SetAt, string Explanation);

/// <summary>
/// The status of two applications merged into one, by the pipeline's rules (<see cref="StatusTransition"/>):
/// <list type="bullet">
/// <item>The primary's status stands when a person chose it (moved it by hand): merging does not overrule them.</item>
/// <item>Otherwise both statuses are read as automation would read two emails, oldest first: the further one along
/// wins (Interviewing over Applied), a rejection or an offer counts when it came later, and Rejected or Withdrawn stay
/// final.</item>
/// <item>A status a person chose on the other application is the starting point: only a newer automatic status moves
/// on from it, as it would have on that card.</item>
/// </list>
/// </summary>
public static class MergeStatus
{
    public static MergeStatusDecision Decide(MergeSide primary, MergeSide other)
    {
        if (primary.SetByPerson)
        {
            return new(primary.Status, primary.SetAt, $"Kept {primary.Status.ToDisplayName()}: you set it.");
        }
        var status = other.SetByPerson
            ? StatusTransition.Replay((other.Status, other.SetAt), [(primary.Status, primary.SetAt)])!.Value
            : StatusTransition.Replay(null, [(primary.Status, primary.SetAt), (other.Status, other.SetAt)])!.Value;
        var setAt = status == primary.Status && status != other.Status ? primary.SetAt
            : status == other.Status && status != primary.Status ? other.SetAt
            : Max(primary.SetAt, other.SetAt);
        return status == primary.Status
            ? new(status, setAt, $"Kept {status.ToDisplayName()}: the furthest along.")
            : new(status, setAt, $"{status.ToDisplayName()}, from the merged application: the furthest along.");
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
