using System.Text;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Words one of which every match of a phrase pattern contains ("thanks? (you )?for (your )?(applying|application)"
/// cannot match a text holding neither "applying" nor "application"). <see cref="CueWordScan"/> looks for the words of
/// all cues in one pass, and a cue's automaton then reads only the texts that hold one of its words.
/// </summary>
internal sealed class RequiredWords
{
    private RequiredWords(IReadOnlyCollection<string> words)
    {
        Words = words;
        // A part of a required word is required too. Searched for as its longest ASCII run ("vorstellungsgespr" for
        // "vorstellungsgespräch"), the words take the ASCII search instead of the Unicode one, which costs several times
        // more per character; only a word without such a run is searched for whole.
        Searched = words.Select(w => LongestAsciiRun(w) is { Length: >= Shortest } run ? run : w).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The shortest word worth searching for; <see cref="CueWordScan"/> also reads a word's first two letters.</summary>
    private const int Shortest = 3;

    /// <summary>The words (lower case), one of which every match holds.</summary>
    public IReadOnlyCollection<string> Words { get; }

    /// <summary>What is searched for: each word's longest ASCII run of at least three characters, or the word.</summary>
    public IReadOnlyCollection<string> Searched { get; }

    private static string LongestAsciiRun(string word)
    {
        var (start, length) = (0, 0);
        for (int i = 0, runStart = 0; i <= word.Length; i++)
        {
            if (i == word.Length || !char.IsAscii(word[i]))
            {
                if (i - runStart > length)
                {
                    (start, length) = (runStart, i - runStart);
                }

                runStart = i + 1;
            }
        }

        return word.Substring(start, length);
    }

    /// <summary>
    /// Letters the regex engine's case folding equates with a plain letter where ordinal case folding does not (the
    /// Kelvin sign is a "k" to <c>RegexOptions.IgnoreCase</c>). A text holding one is left to the automata.
    /// <c>RequiredWordsTests</c> checks every UTF-16 unit against the engine, so this list is complete for the cues' words.
    /// </summary>
    internal const string UnfoldedLetters = "\u0130\u0131\u017F\u212A\u212B\u1E9E\u03A9\u2126";

    /// <summary>
    /// The words of a pattern (case-insensitive, no lookaround or backreference, as the NonBacktracking engine takes
    /// them); null when some branch holds no fixed word of at least three characters, or the pattern
    /// uses syntax this reader does not know (then there is no shortcut, never a wrong one).
    /// </summary>
    public static RequiredWords? Of(string pattern)
    {
        try
        {
            var reader = new PatternReader(pattern);
            var words = reader.Alternation();
            return words is null || !reader.AtEnd || words.Any(w => w.Length < Shortest)
                ? null
                : new RequiredWords(words.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a pattern into, per part, the set of fixed strings one of which any match of that part contains: a branch's
    /// longest run of fixed characters or a group's own set, whichever has the longest shortest word.
    /// </summary>
    private sealed class PatternReader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        /// <summary>The words of each branch together; null if some branch has none (every branch is read all the same).</summary>
        public List<string>? Alternation()
        {
            var words = new List<string>();
            var everyBranch = true;
            while (true)
            {
                if (Sequence() is { } branch)
                {
                    words.AddRange(branch);
                }
                else
                {
                    everyBranch = false;
                }

                if (_at < pattern.Length && pattern[_at] == '|')
                {
                    _at++;
                    continue;
                }

                return everyBranch ? words : null;
            }
        }

        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();
            void EndRun()
            {
                if (run.Length > 0)
                {
                    best = Better(best, [run.ToString()]);
                    run.Clear();
                }
            }

            while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
            {
                var (literal, group) = Atom();
                var (min, quantified) = Quantifier();

                if (literal is { } c && !quantified)
                {
                    run.Append(c);
                    continue;
                }

                EndRun();
                if (min >= 1 && (group ?? (literal is { } one ? [one.ToString()] : null)) is { } required)
                {
                    best = Better(best, required);
                }
            }

            EndRun();
            return best;
        }

        private FormatException Unreadable() => new($"pattern syntax not read at {_at}");

        private static List<string>? Better(List<string>? a, List<string> b) =>
            a is null || ShortestOf(b) > ShortestOf(a) || ShortestOf(b) == ShortestOf(a) && b.Count < a.Count ? b : a;

        private static int ShortestOf(List<string> words) => words.Count == 0 ? 0 : words.Min(w => w.Length);

        /// <summary>One element: a fixed character, a group's words (null if it has none), or a class or anchor (neither).</summary>
        private (char? Literal, List<string>? Group) Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    if (_at < pattern.Length && pattern[_at] == '?')
                    {
                        // Only non-capturing groups, with or without the case flag; anything else is not read.
                        if (pattern.AsSpan(_at).StartsWith("?:"))
                        {
                            _at += 2;
                        }
                        else if (pattern.AsSpan(_at).StartsWith("?i:"))
                        {
                            _at += 3;
                        }
                        else
                        {
                            throw Unreadable();
                        }
                    }

                    var inner = Alternation();
                    if (_at >= pattern.Length || pattern[_at] != ')')
                    {
                        throw Unreadable();
                    }

                    _at++;
                    return (null, inner);
                case '[':
                    // A class matches one of several characters: no fixed character, read to its closing bracket.
                    _at = Cues.ClassEnd(pattern, _at - 1);
                    if (_at >= pattern.Length)
                    {
                        throw Unreadable();
                    }

                    _at++;
                    return (null, null);
                case '\\':
                    if (_at >= pattern.Length)
                    {
                        throw Unreadable();
                    }

                    var escaped = pattern[_at++];
                    if (escaped is 'b' or 'B' or 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 'n' or 't' or 'r')
                    {
                        return (null, null);
                    }

                    return char.IsAsciiLetterOrDigit(escaped) ? throw Unreadable() : (escaped, null);
                case '.' or '^' or '$':
                    return (null, null);
                case '*' or '+' or '?' or '{' or ')' or '|':
                    throw Unreadable();
                default:
                    return (c, null);
            }
        }

        /// <summary>The least number of times the element occurs, and whether a quantifier was written.</summary>
        private (int Min, bool Quantified) Quantifier()
        {
            if (_at >= pattern.Length)
            {
                return (1, false);
            }

            int min;
            switch (pattern[_at])
            {
                case '?' or '*':
                    min = 0;
                    _at++;
                    break;
                case '+':
                    min = 1;
                    _at++;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', _at);
                    var digits = close < 0 ? "" : pattern[(_at + 1)..close].Split(',')[0];
                    if (!int.TryParse(digits, out min))
                    {
                        throw Unreadable();
                    }

                    _at = close + 1;
                    break;
                default:
                    return (1, false);
            }

            if (_at < pattern.Length && pattern[_at] == '?')
            {
                _at++;
            }

            return (min, true);
        }
    }
}
