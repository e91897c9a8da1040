namespace ApplyTrack.Classification.Bench;

/// <summary>
/// The cascade's two decisions: whether an email is worth embedding (the fast model is not sure it is everyday
/// mail), and how the embedding model's probabilities join the fast model's.
/// </summary>
internal static class EmbeddingCascade
{
    /// <summary>True unless the fast model calls the email everyday mail with at least <paramref name="everydayThreshold"/> of its mass.</summary>
    public static bool NeedsMeaning(IReadOnlyDictionary<string, double> fast, double everydayThreshold) =>
        EmailClassifier.LabelProbability(fast, EmailLabels.None) < everydayThreshold;

    /// <summary>A weighted mean of the two probability vectors, event by event.</summary>
    public static Dictionary<string, double> Blend(IReadOnlyDictionary<string, double> fast, IReadOnlyDictionary<string, double> meaning, double weight) =>
        EmailEvents.All.ToDictionary(e => e, e => (1 - weight) * fast[e] + weight * meaning[e]);
}
