namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// A boosted-tree ranker over <see cref="CompanyCandidate"/>s: the trees <c>classifier-bench company-ranker</c> trains
/// with ML.NET's FastTree ranking, read into plain arrays so a job email costs a few hundred comparisons and no ML.NET
/// model loading. The file is <c>company-ranker.bin</c>, embedded beside the event model.
/// </summary>
/// <remarks>
/// Format: "ATCR", int version, int feature count, double bias, int tree count; per tree a double weight, int node
/// count, then per node int feature, float threshold, int left, int right (a child below zero is the leaf ~child), then
/// int leaf count and the leaves' doubles. A value at or below the threshold goes left, as in ML.NET.
/// </remarks>
internal sealed class CompanyRanker
{
    private const int Version = 1;
    private const string ResourceName = "ApplyTrack.Classification.company-ranker.bin";

    private readonly Tree[] trees;
    private readonly double bias;

    internal CompanyRanker(IReadOnlyList<Tree> trees, double bias)
    {
        this.trees = [.. trees];
        this.bias = bias;
    }

    /// <summary>The ranker shipped in the library, or null when it was built without one.</summary>
    public static CompanyRanker? Default { get; } = LoadDefault();

    /// <summary>
    /// How much better than the rules' answer a name must score to replace it. Chosen on the selection set (heldout2–8
    /// and the own dev split's natural rows, company exact match): 0 and 0.5 (810 and 809 of 960) beat 1 and 2 (805);
    /// 0.5 leaves a near tie to the rules.
    /// </summary>
    public const double Margin = 0.5;

    /// <summary>
    /// The margin for a name that goes on past the rules' answer ("Pell &amp; Harrow Chester Eastgate" for "Pell &amp;
    /// Harrow"): the rules cut sites, teams and legal forms off the end on purpose, and a display name that writes them
    /// scores high. The margin all names had before (2.0).
    /// </summary>
    public const double ExtensionMargin = 2.0;

    internal sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves);

    public double Score(ReadOnlySpan<float> features)
    {
        var sum = bias;
        foreach (var tree in trees)
        {
            if (tree.Feature.Length == 0)
            {
                sum += tree.Weight * tree.Leaves[0];
                continue;
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            }

            sum += tree.Weight * tree.Leaves[~node];
        }

        return sum;
    }

    /// <summary>
    /// The best-scoring candidate's name, or the rules' answer when none beats it by <see cref="Margin"/> (by
    /// <see cref="ExtensionMargin"/> for a name that goes on past the rules' answer). Where the rules name no one the
    /// answer stays none: the best guess among the names written was right 3 times in 24 there (own dev split and
    /// held-out files), and a wrong employer on a card is worse than none.
    /// </summary>
    public string? Choose(IReadOnlyList<CompanyCandidate> candidates, string? ruleAnswer) => Choose(candidates, ruleAnswer, Margin, ExtensionMargin);

    /// <summary><see cref="Choose(IReadOnlyList{CompanyCandidate}, string?)"/> with other margins (the bench compares them).</summary>
    public string? Choose(IReadOnlyList<CompanyCandidate> candidates, string? ruleAnswer, double margin, double extensionMargin)
    {
        if (ruleAnswer is null)
        {
            return null;
        }

        CompanyCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        var ruleScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate.Features);
            if (candidate.Features[0] == 1)
            {
                ruleScore = score;
            }

            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best is null || bestScore <= ruleScore + (best.Features[CompanyAndRole.ExtendsRuleRight] == 1 ? extensionMargin : margin) ? ruleAnswer : best.Name;
    }

    public void Write(Stream destination)
    {
        using var w = new BinaryWriter(destination, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write("ATCR"u8);
        w.Write(Version);
        w.Write(CompanyAndRole.CandidateFeatureNames.Length);
        w.Write(bias);
        w.Write(trees.Length);
        foreach (var tree in trees)
        {
            w.Write(tree.Weight);
            w.Write(tree.Feature.Length);
            for (var i = 0; i < tree.Feature.Length; i++)
            {
                w.Write(tree.Feature[i]);
                w.Write(tree.Threshold[i]);
                w.Write(tree.Left[i]);
                w.Write(tree.Right[i]);
            }

            w.Write(tree.Leaves.Length);
            foreach (var leaf in tree.Leaves)
            {
                w.Write(leaf);
            }
        }
    }

    public static CompanyRanker Read(Stream source)
    {
        using var r = new BinaryReader(source, System.Text.Encoding.UTF8, leaveOpen: true);
        if (!r.ReadBytes(4).AsSpan().SequenceEqual("ATCR"u8) || r.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a company ranker of this version.");
        }

        if (r.ReadInt32() != CompanyAndRole.CandidateFeatureNames.Length)
        {
            throw new InvalidDataException("The company ranker was trained on other candidate features; retrain it (classifier-bench company-ranker).");
        }

        var bias = r.ReadDouble();
        var trees = new Tree[r.ReadInt32()];
        for (var t = 0; t < trees.Length; t++)
        {
            var weight = r.ReadDouble();
            var nodes = r.ReadInt32();
            var (feature, threshold, left, right) = (new int[nodes], new float[nodes], new int[nodes], new int[nodes]);
            for (var i = 0; i < nodes; i++)
            {
                feature[i] = r.ReadInt32();
                threshold[i] = r.ReadSingle();
                left[i] = r.ReadInt32();
                right[i] = r.ReadInt32();
            }

            var leaves = new double[r.ReadInt32()];
            for (var i = 0; i < leaves.Length; i++)
            {
                leaves[i] = r.ReadDouble();
            }

            trees[t] = new Tree(weight, feature, threshold, left, right, leaves);
        }

        return new CompanyRanker(trees, bias);
    }

    private static CompanyRanker? LoadDefault()
    {
        using var stream = typeof(CompanyRanker).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
