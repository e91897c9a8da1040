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

    /// <summary>
    /// For a forwarded email read as the message it forwards: that message's sender, subject and date as the forward
    /// header gives them (so the same email seen directly in another mailbox can be recognised). Null otherwise.
    /// </summary>
    public ForwardedMessage? Forwarded { get; init; }
}

/// <summary>The forwarded message's own header fields, as written in the forward (the date is not parsed).</summary>
public sealed record ForwardedMessage(string? SenderAddress, string? Subject, string? Date);
