using System.Buffers.Binary;
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
/// The trainer also writes these tables into the artifact (<see cref="Write"/>, read back by <see cref="Read"/>), so that
/// classifying never loads the ML.NET pipeline: reading them takes milliseconds where ML.NET's model load took a second.
/// </summary>
internal sealed class LinearTextScorer
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    /// <summary>"ATSC" and the layout's version, at the head of the written tables.</summary>
    private const uint Magic = 0x43535441;
    private const int Version = 1;

    private readonly TextColumn[] _columns;
    private readonly int _classes;

    /// <summary>Weights by feature then class (one feature's classes side by side), and a bias per class.</summary>
    private readonly float[] _weights;
    private readonly float[] _biases;

    /// <summary>The normaliser's diacritics pairs (ML.NET's own table at training time), from which the character map is built.</summary>
    private readonly (char From, char To)[] _diacritics;

    [ThreadStatic]
    private static Scratch? _scratch;

    private LinearTextScorer(string[] classNames, TextColumn[] columns, float[] weights, float[] biases, (char From, char To)[] diacritics)
    {
        ClassNames = classNames;
        _columns = columns;
        _weights = weights;
        _biases = biases;
        _classes = classNames.Length;
        _diacritics = diacritics;
    }

    /// <summary>The classes in score order, as the model was trained.</summary>
    public IReadOnlyList<string> ClassNames { get; }

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
    public static LinearTextScorer? TryCreate(ITransformer model, string[] classNames, out string? whyNot)
    {
        try
        {
            var scorer = Create(model, classNames);
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

    private static LinearTextScorer Create(ITransformer model, string[] classNames)
    {
        var steps = ((IEnumerable<ITransformer>)model).ToList();
        // Label mapping (unused at prediction), three text featurisers, the concatenation, the predictor.
        if (steps.Count != 6 || steps[4] is not ColumnConcatenatingTransformer ||
            steps[5] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
        {
            throw new NotSupportedException("not the event model's pipeline");
        }

        var diacritics = MlNetDiacritics.Value;
        var normalised = NormalisedChars(diacritics);
        var columns = steps.Skip(1).Take(3).Select(step => TextColumn.Read(step, normalised)).ToArray();
        VBuffer<float>[] weightRows = [];
        predictor.Model.GetWeights(ref weightRows, out var classes);
        var biases = predictor.Model.GetBiases().ToArray();
        var width = columns.Sum(c => c.Width);
        if (weightRows.Length != classes || biases.Length != classes || classNames.Length != classes || weightRows.Any(w => w.Length != width))
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

        return new LinearTextScorer(classNames, columns, weights, biases, diacritics);
    }

    /// <summary>
    /// The tables this scorer reads, in a compact binary layout: the classes, biases and weights, the diacritics pairs,
    /// and per text column its separators, markers, term dictionary and n-gram ids. Deterministic (same model, same bytes).
    /// </summary>
    public void Write(Stream destination)
    {
        using var writer = new BinaryWriter(destination, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(_classes);
        foreach (var name in ClassNames)
        {
            WriteText(writer, name);
        }

        WriteFloats(writer, _biases);
        writer.Write(_diacritics.Length);
        foreach (var (from, to) in _diacritics)
        {
            writer.Write((ushort)from);
            writer.Write((ushort)to);
        }

        writer.Write(_columns.Length);
        foreach (var column in _columns)
        {
            column.Write(writer);
        }

        WriteFloats(writer, _weights);
    }

    /// <summary>Reads tables written by <see cref="Write"/>; a damaged or foreign stream is an <see cref="InvalidDataException"/>.</summary>
    public static LinearTextScorer Read(Stream source)
    {
        try
        {
            using var reader = new BinaryReader(source, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("The model's scorer tables are not in the expected layout.");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"The model's scorer tables have layout version {version}; this build reads version {Version}.");
            }

            var classNames = new string[ReadCount(reader, 1_000)];
            for (var i = 0; i < classNames.Length; i++)
            {
                classNames[i] = ReadText(reader);
            }

            var biases = ReadFloats(reader, classNames.Length);
            var diacritics = new (char, char)[ReadCount(reader, char.MaxValue + 1)];
            for (var i = 0; i < diacritics.Length; i++)
            {
                diacritics[i] = ((char)reader.ReadUInt16(), (char)reader.ReadUInt16());
            }

            var normalised = NormalisedChars(diacritics);
            var columns = new TextColumn[ReadCount(reader, 16)];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = TextColumn.Read(reader, normalised);
            }

            var width = columns.Sum(c => c.Width);
            var weights = ReadFloats(reader, checked(width * classNames.Length));
            return new LinearTextScorer(classNames, columns, weights, biases, diacritics);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The model's scorer tables end early: the artifact is damaged.", ex);
        }
    }

    private static int ReadCount(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new InvalidDataException($"The model's scorer tables are damaged (a count of {count}).");
    }

    /// <summary>Text as UTF-16 units, so any term (a lone surrogate included) reads back exactly.</summary>
    private static void WriteText(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        foreach (var c in text)
        {
            writer.Write((ushort)c);
        }
    }

    private static string ReadText(BinaryReader reader)
    {
        var length = ReadCount(reader, 1 << 20);
        var bytes = reader.ReadBytes(length * 2);
        if (bytes.Length != length * 2)
        {
            throw new EndOfStreamException();
        }

        return string.Create(length, bytes, static (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(i * 2));
            }
        });
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        writer.Write(bytes);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var bytes = new byte[checked(count * 4)];
        reader.BaseStream.ReadExactly(bytes);
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
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
        private readonly int[] _normalised;

        private TextColumn(NgramTable? chars, NgramTable words, Dictionary<string, uint> terms, char[] separators, char startMarker, char endMarker, int[] normalised)
        {
            _chars = chars;
            _words = words;
            _terms = terms;
            _termLookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            _separators = separators;
            _startMarker = startMarker;
            _endMarker = endMarker;
            _normalised = normalised;
        }

        public int Width => (_chars?.Count ?? 0) + _words.Count;

        public void Write(BinaryWriter writer)
        {
            writer.Write(_separators.Length);
            foreach (var c in _separators)
            {
                writer.Write((ushort)c);
            }

            writer.Write((ushort)_startMarker);
            writer.Write((ushort)_endMarker);
            writer.Write(_terms.Count);
            foreach (var (term, key) in _terms.OrderBy(t => t.Value))
            {
                writer.Write(key);
                WriteText(writer, term);
            }

            writer.Write(_chars is not null);
            _chars?.Write(writer);
            _words.Write(writer);
        }

        public static TextColumn Read(BinaryReader reader, int[] normalised)
        {
            var separators = new char[ReadCount(reader, char.MaxValue + 1)];
            for (var i = 0; i < separators.Length; i++)
            {
                separators[i] = (char)reader.ReadUInt16();
            }

            var (start, end) = ((char)reader.ReadUInt16(), (char)reader.ReadUInt16());
            var count = ReadCount(reader, 1 << 24);
            var terms = new Dictionary<string, uint>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadUInt32();
                if (!terms.TryAdd(ReadText(reader), key))
                {
                    throw new InvalidDataException("The model's scorer tables hold a term twice.");
                }
            }

            var chars = reader.ReadBoolean() ? NgramTable.Read(reader) : null;
            var words = NgramTable.Read(reader);
            return new TextColumn(chars, words, terms, separators, start, end, normalised);
        }

        public static TextColumn Read(ITransformer featurizer, int[] normalised)
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

            return new TextColumn(chars, words, terms, separators, start, end, normalised);
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
            var length = Normalise(text, _normalised, scratch);
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
        private static int Normalise(string text, int[] normalisedChar, Scratch scratch)
        {
            if (scratch.Text.Length < text.Length)
            {
                scratch.Text = new char[Math.Max(text.Length, scratch.Text.Length * 2)];
            }

            var output = scratch.Text;
            var n = 0;
            foreach (var c in text)
            {
                var mapped = normalisedChar[c];
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
    internal static string Normalise(string text) => Normalise(text, NormalisedChars(MlNetDiacritics.Value));

    /// <summary>The text as this scorer's featuriser reads it (for tests that a scorer read back normalises as ML.NET does).</summary>
    internal string NormaliseAsScored(string text) => Normalise(text, NormalisedChars(_diacritics));

    private static string Normalise(string text, int[] table) =>
        string.Concat(text.Select(c => table[c]).Where(c => c != Dropped).Select(c => (char)c));

    /// <summary>ML.NET's own diacritics table (read from its normaliser), so the two cannot drift apart; written into the artifact.</summary>
    private static readonly Lazy<(char From, char To)[]> MlNetDiacritics = new(() =>
    {
        var mapper = typeof(Microsoft.ML.Transforms.Text.TextNormalizingEstimator).Assembly
            .GetType("Microsoft.ML.Transforms.Text.TextNormalizingTransformer+Mapper", throwOnError: true)!;
        var pairs = (string[])mapper.GetField("_combinedDiacriticsPairs", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        return pairs.Select(p => (p[0], p[1])).ToArray();
    });

    /// <summary>Every UTF-16 unit's normalised form, or <see cref="Dropped"/>.</summary>
    private static int[] NormalisedChars((char From, char To)[] pairs)
    {
        var diacritics = new Dictionary<char, char>(pairs.Length);
        foreach (var (from, to) in pairs)
        {
            // ToDictionary's rule, as before: a character listed twice is an error.
            diacritics.Add(from, to);
        }

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
        // Key and value side by side: a look-up (most are misses) touches one cache line, not one in each of two arrays.
        private readonly Entry[] _entries;
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

            _entries = new Entry[size];
            _entries.AsSpan().Fill(new Entry(0, -1));
            _shift = 64 - bits;
        }

        public void Add(ulong key, int value)
        {
            var mask = _entries.Length - 1;
            for (var i = Slot(key); ; i = (i + 1) & mask)
            {
                if (_entries[i].Value < 0)
                {
                    _entries[i] = new Entry(key, value);
                    return;
                }

                if (_entries[i].Key == key)
                {
                    throw new NotSupportedException("the same n-gram twice in one extractor");
                }
            }
        }

        public bool TryGetValue(ulong key, out int value)
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            for (var i = Slot(key); ; i = (i + 1) & mask)
            {
                ref readonly var entry = ref entries[i];
                value = entry.Value;
                if (value < 0)
                {
                    return false;
                }

                if (entry.Key == key)
                {
                    return true;
                }
            }
        }

        private readonly record struct Entry(ulong Key, int Value);

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    /// <summary>One n-gram extractor's dictionary: n-grams of keys (packed into a ulong) to slot ids, by length.</summary>
    private sealed class NgramTable
    {
        private readonly PackedMap?[] _byLength;
        private readonly int _keyBits;

        /// <summary>Each slot id's n-gram (packed) and its length, kept to write the table out.</summary>
        private readonly ulong[] _packed;
        private readonly byte[] _lengths;

        private NgramTable(int keyBits, bool[] levels, ulong[] packed, byte[] lengths)
        {
            _keyBits = keyBits;
            _packed = packed;
            _lengths = lengths;
            Count = packed.Length;
            _byLength = new PackedMap?[levels.Length];
            for (var level = 0; level < levels.Length; level++)
            {
                _byLength[level] = levels[level] ? new PackedMap(Count) : null;
            }

            for (var id = 0; id < Count; id++)
            {
                var n = lengths[id];
                var table = n >= 1 && n <= levels.Length ? _byLength[n - 1] : null;
                (table ?? throw new NotSupportedException("an n-gram of a length the extractor never looks up")).Add(packed[id], id);
            }
        }

        public int Count { get; }

        public void Write(BinaryWriter writer)
        {
            writer.Write(_keyBits);
            writer.Write(_byLength.Length);
            foreach (var table in _byLength)
            {
                writer.Write(table is not null);
            }

            writer.Write(Count);
            writer.Write(_lengths);
            foreach (var packed in _packed)
            {
                writer.Write(packed);
            }
        }

        public static NgramTable Read(BinaryReader reader)
        {
            var keyBits = reader.ReadInt32();
            var levels = new bool[ReadCount(reader, 8)];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = reader.ReadBoolean();
            }

            var count = ReadCount(reader, 1 << 24);
            if (keyBits is not (16 or 32) || levels.Length * keyBits > 64)
            {
                throw new InvalidDataException("The model's scorer tables are damaged (n-gram layout).");
            }

            var lengths = reader.ReadBytes(count);
            var bytes = new byte[checked(count * 8)];
            reader.BaseStream.ReadExactly(bytes);
            var packed = new ulong[count];
            for (var id = 0; id < count; id++)
            {
                packed[id] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(id * 8));
            }

            try
            {
                return new NgramTable(keyBits, levels, packed, lengths.Length == count ? lengths : throw new EndOfStreamException());
            }
            catch (NotSupportedException ex)
            {
                throw new InvalidDataException("The model's scorer tables are damaged (n-gram ids).", ex);
            }
        }

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
            if (levels.Length != length)
            {
                throw new NotSupportedException("n-gram levels do not match the n-gram length");
            }

            var packed = new ulong[count];
            var lengths = new byte[count];
            var buffer = Array.Empty<uint>();
            for (var id = 0; id < count; id++)
            {
                object?[] arguments = [id, buffer];
                var n = (int)getById.Invoke(pool, arguments)!;
                buffer = (uint[])arguments[1]!;
                packed[id] = Pack(buffer.AsSpan(0, n), keyBits);
                lengths[id] = checked((byte)n);
            }

            return new NgramTable(keyBits, levels, packed, lengths);
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
