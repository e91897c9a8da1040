using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ApplyTrack.Classification.Model;

/// <summary>
/// The trained pipeline's arithmetic without ML.NET's per-row machinery: the same text normalisation, word and
/// character n-gram counts, L2 norms and linear maximum-entropy scores, read out of the loaded transformers.
/// ML.NET's prediction engine spends most of an email's time in row cursors, delegates and vector copies around
/// a few thousand dictionary look-ups; this does the look-ups alone. It is built only for the pipeline
/// <see cref="EventModel"/> trains (three FeaturizeText columns, a concatenation, an L-BFGS maximum-entropy model)
/// and declines anything else, so <see cref="EventModel"/> falls back to the engine. Equality with the engine's scores
/// is checked on the whole corpus (<c>classifier-bench agree</c>) and by <c>LinearTextScorerTests</c>.
/// </summary>
internal sealed class LinearTextScorer
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    private readonly TextColumn[] _columns;
    private readonly int _featureCount;
    private readonly int _classes;

    /// <summary>Weights by feature then class (one feature's classes side by side), and a bias per class.</summary>
    private readonly float[] _weights;
    private readonly float[] _biases;

    [ThreadStatic]
    private static Scratch? _scratch;

    private LinearTextScorer(TextColumn[] columns, float[] weights, float[] biases, int classes)
    {
        _columns = columns;
        _featureCount = columns.Sum(c => c.Width);
        _weights = weights;
        _biases = biases;
        _classes = classes;
    }

    /// <summary>The probability of each class for the subject, body and signals texts, as the engine computes it.</summary>
    public float[] Predict(EventModelInput input)
    {
        var scratch = _scratch ??= new Scratch();
        var scores = new double[_classes];
        for (var c = 0; c < _classes; c++)
        {
            scores[c] = _biases[c];
        }

        string[] texts = [input.Subject, input.Body, input.Signals];
        var offset = 0;
        for (var i = 0; i < _columns.Length; i++)
        {
            offset = _columns[i].Score(texts[i] ?? "", offset, _weights, _classes, scores, scratch);
        }

        // Softmax, as the maximum-entropy model's calibrated output.
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < _classes; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        var probabilities = new float[_classes];
        for (var c = 0; c < _classes; c++)
        {
            probabilities[c] = (float)(scores[c] / sum);
        }

        return probabilities;
    }

    /// <summary>The scorer for a loaded model, or null (with the reason) when the pipeline is not the shape this reads.</summary>
    public static LinearTextScorer? TryCreate(ITransformer model, out string? whyNot)
    {
        try
        {
            var scorer = Create(model);
            whyNot = null;
            return scorer;
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidCastException or NullReferenceException or MissingMemberException or TargetInvocationException or
                                       IndexOutOfRangeException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            whyNot = ex.Message;
            return null;
        }
    }

    private static LinearTextScorer Create(ITransformer model)
    {
        var steps = ((IEnumerable<ITransformer>)model).ToList();
        // Label mapping (unused at prediction), three text featurisers, the concatenation, the predictor.
        if (steps.Count != 6 || steps[4] is not ColumnConcatenatingTransformer ||
            steps[5] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
        {
            throw new NotSupportedException("not the event model's pipeline");
        }

        var columns = steps.Skip(1).Take(3).Select(TextColumn.Read).ToArray();
        VBuffer<float>[] weightRows = [];
        predictor.Model.GetWeights(ref weightRows, out var classes);
        var biases = predictor.Model.GetBiases().ToArray();
        var width = columns.Sum(c => c.Width);
        if (weightRows.Length != classes || biases.Length != classes || weightRows.Any(w => w.Length != width))
        {
            throw new NotSupportedException($"weights do not match the {width} features");
        }

        var weights = new float[width * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (index, value) in weightRows[c].Items())
            {
                weights[index * classes + c] = value;
            }
        }

        return new LinearTextScorer(columns, weights, biases, classes);
    }

    /// <summary>Per-thread buffers: one email's counts, the n-gram ids it touched, the normalised text and its tokens.</summary>
    private sealed class Scratch
    {
        public float[] Counts = new float[1024];
        public readonly List<int> Touched = new(1024);
        public char[] Text = new char[8192];
        public uint[] Keys = new uint[8192];
    }

    /// <summary>One FeaturizeText column: normalise, then character n-grams and word n-grams, each L2-normalised; char block first.</summary>
    private sealed class TextColumn
    {
        private readonly NgramTable? _chars;
        private readonly NgramTable _words;
        private readonly Dictionary<string, uint> _terms;
        private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
        private readonly char[] _separators;
        private readonly char _startMarker;
        private readonly char _endMarker;

        private TextColumn(NgramTable? chars, NgramTable words, Dictionary<string, uint> terms, char[] separators, char startMarker, char endMarker)
        {
            _chars = chars;
            _words = words;
            _terms = terms;
            _termLookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            _separators = separators;
            _startMarker = startMarker;
            _endMarker = endMarker;
        }

        public int Width => (_chars?.Count ?? 0) + _words.Count;

        public static TextColumn Read(ITransformer featurizer)
        {
            if (featurizer.GetType().FullName != "Microsoft.ML.Transforms.Text.TextFeaturizingEstimator+Transformer")
            {
                throw new NotSupportedException("not a FeaturizeText step");
            }

            var chain = ((IEnumerable<ITransformer>)Field(featurizer, "_chain")!).ToList();
            var normaliser = chain[0];
            if (normaliser.GetType().Name != "TextNormalizingTransformer" ||
                Field(normaliser, "_caseMode")!.ToString() != "Lower" || (bool)Field(normaliser, "_keepDiacritics")! ||
                (bool)Field(normaliser, "_keepPunctuations")! || (bool)Field(normaliser, "_keepNumbers")!)
            {
                throw new NotSupportedException("text normalisation other than lower case without diacritics, punctuation and numbers");
            }

            var tokenizer = chain[1];
            var tokenizerColumns = (Array)Field(tokenizer, "_columns")!;
            var separators = (char[])Member(tokenizerColumns.GetValue(0)!, "SeparatorsArray");

            // Word bag: term dictionary, then n-grams of the term keys.
            var wordBag = ((IEnumerable<ITransformer>)chain[2]).ToList();
            var terms = ReadTerms(wordBag[0]);
            var words = NgramTable.Read(wordBag[1], keyBits: 32);

            NgramTable? chars = null;
            var next = 3;
            var (start, end) = ('\x02', '\x03');
            if (chain[next].GetType().Name == "TokenizingByCharactersTransformer")
            {
                if (!(bool)Field(chain[next], "_useMarkerChars")!)
                {
                    throw new NotSupportedException("character tokens without markers");
                }

                var type = chain[next].GetType();
                start = Marker(type, "TextStartMarker") ?? start;
                end = Marker(type, "TextEndMarker") ?? end;
                chars = NgramTable.Read(((IEnumerable<ITransformer>)chain[next + 1]).Single(), keyBits: 16);
                next += 2;
            }

            var norms = (Array)Field(chain[next], "_columns")!;
            if (chain[next].GetType().Name != "LpNormNormalizingTransformer" || norms.Length != (chars is null ? 1 : 2) ||
                norms.Cast<object>().Any(n => n.GetType().GetField("Norm")!.GetValue(n)!.ToString() != "L2" ||
                                              (bool)n.GetType().GetField("EnsureZeroMean")!.GetValue(n)! ||
                                              Convert.ToSingle(n.GetType().GetField("Scale")!.GetValue(n)!, System.Globalization.CultureInfo.InvariantCulture) != 1f))
            {
                throw new NotSupportedException("normalisation other than L2 per block");
            }

            return new TextColumn(chars, words, terms, separators, start, end);
        }

        private static char? Marker(Type tokenizer, string name) =>
            tokenizer.GetField(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is { } value
                ? Convert.ToChar(value, System.Globalization.CultureInfo.InvariantCulture)
                : null;

        private static Dictionary<string, uint> ReadTerms(ITransformer valueToKey)
        {
            var maps = (Array)Field(valueToKey, "_unboundMaps")!;
            var map = maps.GetValue(0)!;
            var pool = (System.Collections.IEnumerable)map.GetType().GetField("_pool", Private)!.GetValue(map)!;
            var terms = new Dictionary<string, uint>(StringComparer.Ordinal);
            foreach (var normStr in pool)
            {
                var value = (ReadOnlyMemory<char>)Member(normStr, "Value");
                var id = (int)Member(normStr, "Id");
                terms.Add(value.ToString(), (uint)id + 1);
            }

            return terms;
        }

        /// <summary>Adds this column's contribution to <paramref name="scores"/>; returns the next column's first feature.</summary>
        public int Score(string text, int offset, float[] weights, int classes, double[] scores, Scratch scratch)
        {
            var length = Normalise(text, scratch);
            var normalised = scratch.Text.AsSpan(0, length);
            if (_chars is not null)
            {
                var keys = EnsureKeys(scratch, length + 2);
                var n = 0;
                if (length > 0)
                {
                    keys[n++] = _startMarker;
                    foreach (var c in normalised)
                    {
                        keys[n++] = c;
                    }

                    keys[n++] = _endMarker;
                }

                _chars.CountIn(keys.AsSpan(0, n), keyMax: ushort.MaxValue, scratch);
                AddBlock(scratch, offset, weights, classes, scores);
                offset += _chars.Count;
            }

            var tokens = 0;
            var words = EnsureKeys(scratch, length + 1);
            foreach (var range in normalised.SplitAny(_separators))
            {
                var token = normalised[range];
                if (token.IsEmpty)
                {
                    continue;
                }

                words[tokens++] = _termLookup.TryGetValue(token, out var key) ? key : 0;
            }

            _words.CountIn(words.AsSpan(0, tokens), keyMax: (uint)_terms.Count, scratch);
            AddBlock(scratch, offset, weights, classes, scores);
            return offset + _words.Count;
        }

        private static uint[] EnsureKeys(Scratch scratch, int length)
        {
            if (scratch.Keys.Length < length)
            {
                scratch.Keys = new uint[Math.Max(length, scratch.Keys.Length * 2)];
            }

            return scratch.Keys;
        }

        /// <summary>Adds one block's L2-normalised counts times the weights to the scores, and clears the counts.</summary>
        private static void AddBlock(Scratch scratch, int offset, float[] weights, int classes, double[] scores)
        {
            var counts = scratch.Counts;
            var squares = 0f;
            foreach (var id in scratch.Touched)
            {
                squares += counts[id] * counts[id];
            }

            var scale = squares > 0 ? 1f / MathF.Sqrt(squares) : 0f;
            foreach (var id in scratch.Touched)
            {
                var value = counts[id] * scale;
                counts[id] = 0;
                var row = (offset + id) * classes;
                for (var c = 0; c < classes; c++)
                {
                    scores[c] += value * weights[row + c];
                }
            }

            scratch.Touched.Clear();
        }

        /// <summary>The normaliser's text: punctuation, numbers and combining marks dropped, letters without diacritics, lower case.</summary>
        private static int Normalise(string text, Scratch scratch)
        {
            if (scratch.Text.Length < text.Length)
            {
                scratch.Text = new char[Math.Max(text.Length, scratch.Text.Length * 2)];
            }

            var output = scratch.Text;
            var n = 0;
            foreach (var c in text)
            {
                var mapped = NormalisedChar[c];
                if (mapped != Dropped)
                {
                    output[n++] = (char)mapped;
                }
            }

            return n;
        }
    }

    private const int Dropped = -1;

    /// <summary>The text as the featuriser reads it (for tests against ML.NET's own normaliser).</summary>
    internal static string Normalise(string text) =>
        string.Concat(text.Select(c => NormalisedChar[c]).Where(c => c != Dropped).Select(c => (char)c));

    /// <summary>
    /// Every UTF-16 unit's normalised form, or <see cref="Dropped"/>. The diacritics table is ML.NET's own (read from
    /// the normaliser), so the two cannot drift apart.
    /// </summary>
    private static readonly int[] NormalisedChar = BuildNormalisedChars();

    private static int[] BuildNormalisedChars()
    {
        var mapper = typeof(Microsoft.ML.Transforms.Text.TextNormalizingEstimator).Assembly
            .GetType("Microsoft.ML.Transforms.Text.TextNormalizingTransformer+Mapper", throwOnError: true)!;
        var pairs = (string[])mapper.GetField("_combinedDiacriticsPairs", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var diacritics = pairs.ToDictionary(p => p[0], p => p[1]);
        var table = new int[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsPunctuation(c) || char.IsNumber(c) || IsCombiningDiacritic(c))
            {
                table[i] = Dropped;
                continue;
            }

            table[i] = char.ToLowerInvariant(diacritics.GetValueOrDefault(c, c));
        }

        return table;
    }

    private static bool IsCombiningDiacritic(char c) =>
        c is >= '\u0300' and <= '\u036F' or >= '\u0591' and <= '\u05BD' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7' or
            >= '\u0610' and <= '\u0615' or >= '\u064C' and <= '\u065E' or '\u0670';

    private static object? Field(object target, string name) =>
        target.GetType().GetField(name, Private)?.GetValue(target) ?? throw new MissingMemberException(target.GetType().Name, name);

    /// <summary>A public or private field or property of <paramref name="target"/>, by name.</summary>
    private static object Member(object target, string name)
    {
        const BindingFlags any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var type = target.GetType();
        return (type.GetField(name, any)?.GetValue(target) ?? type.GetProperty(name, any)?.GetValue(target))
               ?? throw new MissingMemberException(type.Name, name);
    }

    /// <summary>
    /// Packed n-gram → slot id, open addressing with linear probing. Packed keys hash badly in a Dictionary (the default
    /// ulong hash XORs the halves, so "abcd" and "cdab" collide, as does every pair of words whose keys XOR alike);
    /// a multiplicative hash spreads them, and a miss (most look-ups) ends at the first empty slot.
    /// </summary>
    private sealed class PackedMap
    {
        private readonly ulong[] _keys;
        private readonly int[] _values;
        private readonly int _shift;

        public PackedMap(int capacity)
        {
            var size = 16;
            var bits = 4;
            while (size < capacity * 2)
            {
                size <<= 1;
                bits++;
            }

            _keys = new ulong[size];
            _values = new int[size];
            Array.Fill(_values, -1);
            _shift = 64 - bits;
        }

        public void Add(ulong key, int value)
        {
            var mask = _keys.Length - 1;
            for (var i = Slot(key); ; i = (i + 1) & mask)
            {
                if (_values[i] < 0)
                {
                    (_keys[i], _values[i]) = (key, value);
                    return;
                }

                if (_keys[i] == key)
                {
                    throw new NotSupportedException("the same n-gram twice in one extractor");
                }
            }
        }

        public bool TryGetValue(ulong key, out int value)
        {
            var mask = _keys.Length - 1;
            for (var i = Slot(key); ; i = (i + 1) & mask)
            {
                value = _values[i];
                if (value < 0)
                {
                    return false;
                }

                if (_keys[i] == key)
                {
                    return true;
                }
            }
        }

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    /// <summary>One n-gram extractor's dictionary: n-grams of keys (packed into a ulong) to slot ids, by length.</summary>
    private sealed class NgramTable
    {
        private readonly PackedMap?[] _byLength;
        private readonly int _keyBits;

        private NgramTable(PackedMap?[] byLength, int keyBits, int count)
        {
            _byLength = byLength;
            _keyBits = keyBits;
            Count = count;
        }

        public int Count { get; }

        public static NgramTable Read(ITransformer extractor, int keyBits)
        {
            if (extractor.GetType().Name != "NgramExtractingTransformer")
            {
                throw new NotSupportedException("not an n-gram extractor");
            }

            var info = ((System.Collections.IEnumerable)Field(extractor, "_transformInfos")!).Cast<object>().Single();
            var length = (int)Member(info, "NgramLength");
            var skip = (int)Member(info, "SkipLength");
            var weighting = Member(info, "Weighting").ToString();
            var levels = (bool[])Member(info, "NonEmptyLevels");
            if (skip != 0 || weighting != "Tf" || length * keyBits > 64)
            {
                throw new NotSupportedException("n-grams with skips, IDF weighting or too long to pack");
            }

            var pool = ((Array)Field(extractor, "_ngramMaps")!).GetValue(0)!;
            var count = (int)Member(pool, "Count");
            var getById = pool.GetType().GetMethod("GetById", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                          ?? throw new MissingMemberException("SequencePool", "GetById");
            var byLength = new PackedMap?[length];
            for (var level = 0; level < length; level++)
            {
                byLength[level] = levels[level] ? new PackedMap(count) : null;
            }

            var buffer = Array.Empty<uint>();
            for (var id = 0; id < count; id++)
            {
                object?[] arguments = [id, buffer];
                var n = (int)getById.Invoke(pool, arguments)!;
                buffer = (uint[])arguments[1]!;
                var table = byLength[n - 1] ?? throw new NotSupportedException("an n-gram of a length the extractor never looks up");
                table.Add(Pack(buffer.AsSpan(0, n), keyBits), id);
            }

            return new NgramTable(byLength, keyBits, count);
        }

        private static ulong Pack(ReadOnlySpan<uint> keys, int keyBits)
        {
            var packed = 0UL;
            foreach (var key in keys)
            {
                packed = (packed << keyBits) | key;
            }

            return packed;
        }

        /// <summary>
        /// Counts every n-gram of the keys that the table holds: from each position, every length the extractor looks
        /// up that fits before the end. Keys above <paramref name="keyMax"/> read as missing (0), as in ML.NET.
        /// </summary>
        public void CountIn(ReadOnlySpan<uint> keys, uint keyMax, Scratch scratch)
        {
            if (scratch.Counts.Length < Count)
            {
                scratch.Counts = new float[Count];
            }

            var counts = scratch.Counts;
            for (var i = 0; i < keys.Length; i++)
            {
                var packed = 0UL;
                for (var n = 0; n < _byLength.Length && i + n < keys.Length; n++)
                {
                    var key = keys[i + n];
                    packed = (packed << _keyBits) | (key > keyMax ? 0 : key);
                    if (_byLength[n] is { } table && table.TryGetValue(packed, out var id))
                    {
                        if (counts[id] == 0)
                        {
                            scratch.Touched.Add(id);
                        }

                        counts[id]++;
                    }
                }
            }
        }
    }
}
