namespace ApplyTrack.Classification;

/// <summary>What one email means for an application: the pipeline status it implies and why.</summary>
/// <param name="Label"><c>none</c>, <c>applied</c>, <c>interviewing</c>, <c>offer</c> or <c>rejected</c>.</param>
/// <param name="Event">The finer event; see <see cref="EmailEvents"/>.</param>
/// <param name="Confidence">Probability of <paramref name="Label"/>, in [0, 1].</param>
/// <param name="Reasons">A few human-readable signals behind the decision, shown in the activity log.</param>
public sealed record EmailClassification(
    string Label,
    string Event,
    double Confidence,
    string? Company,
    string? Role,
    string? Note,
    IReadOnlyList<string> Reasons)
{
    public bool IsApplicationEvent => Label != EmailLabels.None;
}
