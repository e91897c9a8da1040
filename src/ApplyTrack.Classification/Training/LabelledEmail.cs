namespace ApplyTrack.Classification.Training;

/// <summary>One labelled email from the training or evaluation data, with the label mapped onto our events.</summary>
internal sealed record LabelledEmail(
    string Id,
    EmailInput Email,
    string Label,
    string Event,
    string Language,
    string Source,
    string? Company,
    string? Role,
    string? SplitKey)
{
    /// <summary>
    /// One email in five goes to the dev split, never trained on. Written examples are split by their template
    /// (SplitKey), so a dev score on them is a score on wording the model has never seen, not on a sibling row.
    /// </summary>
    public bool IsDev => Fnv1a(SplitKey ?? Id) % 5 == 0;

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
