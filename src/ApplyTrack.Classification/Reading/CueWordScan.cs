using System.Buffers;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Which of a list of cues can match a text, from one pass over it for all their <see cref="RequiredWords"/>. Most mail
/// holds the words of few cues, and the cues' automata build their states as text arrives (under a lock the threads
/// share) and read the whole text each: one search for all the words costs about what one automaton does. The scan
/// only ever rules a cue out; the cue's automaton still decides whether it matches.
/// </summary>
internal sealed class CueWordScan
{
    private readonly IReadOnlyList<Cue> _cues;
    private readonly SearchValues<string> _words;
    private readonly Dictionary<int, (string Word, ulong Cues)[]> _byStart;
    private readonly ulong _always;

    public CueWordScan(IReadOnlyList<Cue> cues)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cues.Count, 64);
        _cues = cues;
        var words = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Words is not { } required)
            {
                _always |= 1UL << i;
                continue;
            }

            foreach (var word in required.Searched)
            {
                words[word] = words.GetValueOrDefault(word) | 1UL << i;
            }
        }

        _words = SearchValues.Create([.. words.Keys], StringComparison.OrdinalIgnoreCase);
        _byStart = words.GroupBy(w => Start(w.Key, 0)).ToDictionary(g => g.Key, g => g.Select(w => (w.Key, w.Value)).ToArray());
    }

    /// <summary>The cues (in list order) whose automaton matches the text.</summary>
    public List<Cue> Matching(string text)
    {
        var candidates = Candidates(text);
        var matching = new List<Cue>();
        for (var i = 0; i < _cues.Count; i++)
        {
            if ((candidates & 1UL << i) != 0 && _cues[i].Pattern.IsMatch(text))
            {
                matching.Add(_cues[i]);
            }
        }

        return matching;
    }

    /// <summary>A bit per cue that may match: its words occur in the text (or it has none, or the scan cannot tell).</summary>
    internal ulong Candidates(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Unfolded) >= 0)
        {
            return ulong.MaxValue;
        }

        var found = _always;
        for (var at = 0; at < span.Length; at++)
        {
            var next = span[at..].IndexOfAny(_words);
            if (next < 0)
            {
                break;
            }

            at += next;
            var known = false;
            // Every searched word has at least three characters, so a word found here has its first two.
            if (_byStart.TryGetValue(Start(span, at), out var bucket))
            {
                foreach (var (word, cues) in bucket)
                {
                    if (span[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        found |= cues;
                        known = true;
                    }
                }
            }

            // The search saw a word start here that the buckets do not name (a case folding they do not share): no shortcut.
            if (!known)
            {
                return ulong.MaxValue;
            }
        }

        return found;
    }

    private static int Start(ReadOnlySpan<char> text, int at) => char.ToUpperInvariant(text[at]) << 16 | char.ToUpperInvariant(text[at + 1]);

    private static readonly SearchValues<char> Unfolded = SearchValues.Create(RequiredWords.UnfoldedLetters);
}
