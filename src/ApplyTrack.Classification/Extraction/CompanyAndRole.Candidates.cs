using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>A name the mail writes that may be the employer's, with what a ranker weighs about it.</summary>
/// <param name="Name">As written (or, for the rules' answer, as the rules made it).</param>
/// <param name="Key">Lower-case letters and digits only: two candidates with one key are one name.</param>
internal sealed record CompanyCandidate(string Name, string Key, float[] Features);

internal static partial class CompanyAndRole
{
    /// <summary>Names of the features <see cref="Candidates"/> gives, in order (the ranker's columns).</summary>
    internal static readonly string[] CandidateFeatureNames =
    [
        "is-rule", "rule-none", "extends-rule-right", "extends-rule-left", "inside-rule", "overlaps-rule", "words-added", "words-removed",
        "words", "letters", "body-count", "in-subject", "in-display", "is-display", "first-at", "in-opening", "closing-count", "in-footer",
        "is-label", "label-starts-with", "starts-label", "label-contains", "contains-label", "spells-domain", "first-word-starts-label", "shares-domain",
        "agency-sender", "ats-sender", "freemail-sender", "person-sender", "after-employer-word", "before-team-word", "organisation-word",
        "legal-suffix", "department", "job-title", "recipient-name", "sender-name", "all-caps", "digit", "whole-run", "not-company",
        "leading-article", "line-alone", "agency-word", "agency-cue", "subject-after-at", "possessive-after", "team-prefix", "first-word-count",
        "runs-alone", "runs-alone-subject", "runs-alone-body", "embedded", "count-over-rule", "alone-over-rule", "suffix-after", "longest-alone", "public-body",
        "expands-acronym", "acronym-expanded",
    ];

    /// <summary>The column that says a name goes on past the rules' answer ("Acme Foods Leeds" for "Acme Foods").</summary>
    internal static readonly int ExtendsRuleRight = Array.IndexOf(CandidateFeatureNames, "extends-rule-right");

    private const int MaxCandidateWords = 6;

    /// <summary>
    /// Every name the mail writes in its subject, the sender's display name, the body's opening and closing and the
    /// footer (runs of capitalised words with the small joining words names use, and each part of such a run that
    /// starts and ends on a capitalised word), plus the rules' own answer, each with features for a ranker.
    /// Reads no more than the rules do and keeps nothing.
    /// </summary>
    internal static List<CompanyCandidate> Candidates(MailText text, string? recipient, string? ruleAnswer)
    {
        var recipientNames = RecipientNames(recipient);
        var subject = text.Subject.Split('\n')[0].Trim();
        var display = ViaSuffix().Replace(text.Sender.DisplayName, "");
        var body = text.Body;
        var opening = body.Length > 1500 ? body[..1500] : body;
        var closing = Closing(body);
        var label = RegistrableLabel(text.Sender.Domain) ?? "";
        var slug = Fold(label);
        var vendor = VendorOf(text.Sender.Domain) is not null;
        var freemail = AtsVendors.IsFreemailAnywhere(text.Sender.Domain);
        var agencySender = IsAgency(text.Sender);
        var personSender = WrittenByAPerson(text.Sender);
        var agencyCue = AgencyCue().IsMatch(opening);
        var senderWords = personSender ? Words().Matches(display).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3).ToHashSet() : [];
        var ruleKey = ruleAnswer is null ? "" : Key(ruleAnswer);
        var ruleWords = ruleAnswer is null ? [] : Words().Matches(ruleAnswer).Select(m => m.Value.ToLowerInvariant()).ToArray();

        // Each name once, by its key; the first surface form seen is the one kept (the rules' answer first).
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ruleAnswer is not null && ruleKey.Length > 0)
        {
            seen[ruleKey] = ruleAnswer;
        }

        // How often each name is written as a whole run of capitalised words, by where: subject, display name, body.
        var wholeRuns = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var cleaned = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sources = new[] { subject, display, opening, body.Length > 1500 ? closing : "", text.Footer };
        for (var s = 0; s < sources.Length; s++)
        {
            foreach (Match run in PhraseRun().Matches(sources[s]))
            {
                var tokens = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var runName = Possessive().Replace(run.Value, "");
                var runKey = Key(runName);
                if (!wholeRuns.TryGetValue(runKey, out var counts))
                {
                    wholeRuns[runKey] = counts = new int[3];
                }

                counts[Math.Min(s, 2)]++;
                for (var start = 0; start < tokens.Length; start++)
                {
                    if (!Capitalised(tokens, start))
                    {
                        continue;
                    }

                    for (var end = start; end < tokens.Length && end - start < MaxCandidateWords; end++)
                    {
                        if (!Capitalised(tokens, end))
                        {
                            continue;
                        }

                        // What the rules would make of the words as a name: without team words, a legal form or a
                        // possessive, and never a title, a person signing, a department or the reader.
                        var raw = string.Join(' ', tokens, start, end - start + 1);
                        if (!cleaned.TryGetValue(raw, out var name))
                        {
                            name = CleanCompany(raw, recipientNames);
                            cleaned[raw] = name = name is null || IsSendersPersonalName(name, text.Sender, closing) ? null : name;
                        }

                        if (name is null)
                        {
                            continue;
                        }

                        var key = Key(name);
                        if (key.Length >= 2)
                        {
                            seen.TryAdd(key, name);
                        }
                    }
                }
            }
        }

        // "Centro de Ciências do Mar do Algarve Ocidental (CCMAO)": a name an acronym of the mail stands for, written out
        // in words of any case; the rules' cleaning would cut a name of more than six words, so it is taken as written.
        var (expansions, expanded) = AcronymExpansions([subject, display, body, text.Footer], label, recipientNames);
        foreach (var (key, name) in expansions)
        {
            seen.TryAdd(key, name);
        }

        var bodyLower = body.ToLowerInvariant();
        var displayKey = Key(display);
        var afterAt = SubjectAfterAt().Match(subject) is { Success: true } employer ? employer.Groups["c"].Value : null;
        var firstWordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            if (line.Trim().Length is > 1 and <= 70)
            {
                lines.Add(line.Trim().ToString());
            }
        }

        var maxAlone = wholeRuns.Keys.Where(seen.ContainsKey).Select(k => k.Length).DefaultIfEmpty(0).Max();
        var subjectLower = subject.ToLowerInvariant();
        var candidates = new List<CompanyCandidate>(seen.Count);
        foreach (var (key, name) in seen)
        {
            var f = new float[CandidateFeatureNames.Length];
            var wordMatches = Words().Matches(name);
            var words = wordMatches.Select(m => m.Value.ToLowerInvariant()).ToArray();
            var isRule = key == ruleKey;
            f[0] = isRule ? 1 : 0;
            f[1] = ruleAnswer is null ? 1 : 0;
            if (!isRule && ruleWords.Length > 0)
            {
                var at = IndexOfWords(words, ruleWords);
                var inside = IndexOfWords(ruleWords, words);
                f[2] = at == 0 ? 1 : 0;
                f[3] = at > 0 ? 1 : 0;
                f[4] = inside >= 0 ? 1 : 0;
                f[5] = at < 0 && inside < 0 && words.Intersect(ruleWords).Any() ? 1 : 0;
                f[6] = at >= 0 ? words.Length - ruleWords.Length : 0;
                f[7] = inside >= 0 ? ruleWords.Length - words.Length : 0;
            }

            f[8] = words.Length;
            f[9] = key.Length;
            var lower = name.ToLowerInvariant();
            var occurrences = WordOccurrences(bodyLower, lower);
            f[10] = occurrences.Count;
            f[11] = WordOccurrences(subjectLower, lower).Count > 0 ? 1 : 0;
            f[12] = display.Contains(name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[13] = displayKey == key ? 1 : 0;
            f[14] = occurrences.Count == 0 ? 1 : (float)occurrences[0] / Math.Max(1, body.Length);
            f[15] = occurrences.Count > 0 && occurrences[0] < 300 ? 1 : 0;
            f[16] = occurrences.Count(o => o >= body.Length - 1500);
            f[17] = text.Footer.Contains(name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            var folded = Fold(name);
            if (label.Length >= 3 && folded.Length >= 2)
            {
                f[18] = folded == label ? 1 : 0;
                f[19] = label.StartsWith(folded, StringComparison.Ordinal) && folded != label ? 1 : 0;
                f[20] = folded.StartsWith(label, StringComparison.Ordinal) && folded != label ? 1 : 0;
                f[21] = label.Contains(folded, StringComparison.Ordinal) && !label.StartsWith(folded, StringComparison.Ordinal) ? 1 : 0;
                f[22] = folded.Contains(label, StringComparison.Ordinal) && !folded.StartsWith(label, StringComparison.Ordinal) ? 1 : 0;
                var foldedWords = wordMatches.Select(m => Fold(m.Value)).Where(w => w.Length > 0).ToArray();
                var spells = !freemail && SpellsSlug(foldedWords, slug);
                f[23] = spells ? 1 : 0;
                f[24] = words.Length > 0 && words[0].Length >= 3 && label.StartsWith(Fold(words[0]), StringComparison.Ordinal) ? 1 : 0;
                f[25] = spells || SharesSlug(folded, foldedWords, slug) ? 1 : 0;
            }

            f[26] = agencySender ? 1 : 0;
            f[27] = vendor ? 1 : 0;
            f[28] = freemail ? 1 : 0;
            f[29] = personSender ? 1 : 0;
            f[30] = occurrences.Count(o => EmployerWordBefore(bodyLower, o)) + (EmployerWordBefore(subjectLower, subjectLower.IndexOf(lower, StringComparison.Ordinal)) ? 1 : 0);
            f[31] = occurrences.Count(o => TeamWordAfter(bodyLower, o + lower.Length));
            f[32] = OrganisationWord().IsMatch(lower) ? 1 : 0;
            f[33] = LegalSuffix().IsMatch(name) ? 1 : 0;
            f[34] = Department().IsMatch(name) || TeamSuffix().IsMatch(name) ? 1 : 0;
            f[35] = JobTitle().IsMatch(lower) ? 1 : 0;
            f[36] = words.Any(w => recipientNames.Contains(w, StringComparer.OrdinalIgnoreCase)) ? 1 : 0;
            f[37] = words.Any(senderWords.Contains) ? 1 : 0;
            f[38] = name.Any(char.IsLetter) && !name.Any(char.IsLower) ? 1 : 0;
            f[39] = name.Any(char.IsDigit) ? 1 : 0;
            var alone = wholeRuns.GetValueOrDefault(key) ?? [0, 0, 0];
            f[40] = alone.Sum() > 0 ? 1 : 0;
            f[41] = NotCompanies.Contains(name) || words.Length > 0 && NotCompanies.Contains(words[0]) ? 1 : 0;
            f[42] = LeadingArticle().IsMatch(name) ? 1 : 0;
            f[43] = lines.Contains(name) ? 1 : 0;
            f[44] = AgencyWord().IsMatch(name) ? 1 : 0;
            f[45] = agencyCue ? 1 : 0;
            f[46] = afterAt is not null && afterAt.StartsWith(name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            f[47] = occurrences.Count(o => PossessiveAt(bodyLower, o + lower.Length));
            f[48] = TeamPrefix().IsMatch(name) ? 1 : 0;
            f[49] = words.Length == 0 ? 0 : firstWordCounts.TryGetValue(words[0], out var firstCount) ? firstCount : firstWordCounts[words[0]] = WordOccurrences(bodyLower, words[0]).Count;
            f[50] = alone.Sum();
            f[51] = alone[0];
            f[52] = alone[2];
            f[53] = Math.Max(0, occurrences.Count - alone[2]);
            // 54 and 55 compare with the rules' answer, below.
            f[56] = occurrences.Count(o => LegalFormFollows(bodyLower, o + name.Length));
            f[57] = key.Length >= maxAlone && alone.Sum() > 0 ? 1 : 0;
            f[58] = PublicBodyKind().IsMatch(name) || CityOf().IsMatch(name) ? 1 : 0;
            f[59] = expansions.ContainsKey(key) ? 1 : 0;
            f[60] = expanded.Contains(key) ? 1 : 0;
            candidates.Add(new CompanyCandidate(name, key, f));
        }

        // Relative to the rules' answer: written more often, or more often alone, than the name the rules chose.
        var rule = candidates.FirstOrDefault(c => c.Features[0] == 1);
        foreach (var candidate in candidates)
        {
            candidate.Features[54] = rule is null ? 0 : candidate.Features[10] - rule.Features[10];
            candidate.Features[55] = rule is null ? 0 : candidate.Features[50] - rule.Features[50];
        }

        return candidates;
    }

    /// <summary>
    /// The names the mail writes out for an acronym it also writes, or that its domain is (<see cref="Expansion"/>), by
    /// key, with the keys of the acronyms so written out.
    /// </summary>
    private static (Dictionary<string, string> Expansions, HashSet<string> Expanded) AcronymExpansions(string[] texts, string domainLabel, IReadOnlyCollection<string> recipientNames)
    {
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = texts.SelectMany(t => AcronymInText().Matches(t)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        if (Acronym().IsMatch(domainLabel.ToUpperInvariant()))
        {
            acronyms.Add(domainLabel.ToUpperInvariant());
        }

        var written = acronyms.Count == 0 ? [] : Expansions(acronyms, string.Join('\n', texts), recipientNames);
        foreach (var acronym in acronyms)
        {
            if (written.TryGetValue(acronym, out var name) && Key(name) is { Length: >= 2 } key)
            {
                expansions.TryAdd(key, name);
                expanded.Add(Key(acronym));
            }
        }

        return (expansions, expanded);
    }

    /// <summary>The comparison key of a name: lower-case letters and digits (what the evaluation compares).</summary>
    internal static string Key(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    private static readonly HashSet<string> Joiners = new(JoiningWords.Split('|'), StringComparer.Ordinal);

    private static bool Capitalised(string[] tokens, int index) => !Joiners.Contains(tokens[index]);

    private static int IndexOfWords(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length && needle.Length > 0; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where <paramref name="name"/> (lower case) starts as whole words in <paramref name="text"/> (lower case).</summary>
    private static List<int> WordOccurrences(string text, string name)
    {
        var found = new List<int>();
        if (name.Length == 0)
        {
            return found;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                found.Add(at);
            }
        }

        return found;
    }

    private static readonly string[] EmployerWords =
        ["at", "with", "join", "from", "bei", "für", "chez", "pour", "à", "bij", "voor", "en", "na", "no", "em", "para", "con", "da", "de", "van", "von", "of"];

    private static bool EmployerWordBefore(string text, int at) => Array.IndexOf(EmployerWords, WordBefore(text, at)) >= 0;

    /// <summary>The word written before <paramref name="at"/> (lower-case text), or "" at the start.</summary>
    private static string WordBefore(string text, int at)
    {
        if (at <= 1)
        {
            return "";
        }

        var end = at - 1;
        while (end >= 0 && text[end] == ' ')
        {
            end--;
        }

        var start = end;
        while (start >= 0 && char.IsLetter(text[start]))
        {
            start--;
        }

        return end < 0 ? "" : text.Substring(start + 1, end - start);
    }

    private static readonly string[] TeamWords = ["team", "hr", "recruiting", "careers", "talent", "family", "group", "people", "teams"];

    private static bool TeamWordAfter(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var stop = at;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return at > end && Array.IndexOf(TeamWords, text[at..stop]) >= 0;
    }

    /// <summary>A legal form written right after a name ("GmbH", "Ltd.", "& Co. KG"): the next one, two or three words.</summary>
    private static bool LegalFormFollows(string text, int at)
    {
        var after = " ";
        var next = at;
        for (var word = 0; word < 3; word++)
        {
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            var end = next;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',')
            {
                end++;
            }

            if (end == next || end - next > 12)
            {
                return false;
            }

            after += (word == 0 ? "" : " ") + text[next..end].TrimEnd('.', ';', ':', ')');
            if (LegalSuffix().IsMatch(after))
            {
                return true;
            }

            next = end;
        }

        return false;
    }

    private static bool PossessiveAt(string text, int end) =>
        end + 1 < text.Length && (text[end] == '\'' || text[end] == '’') && text[end + 1] == 's';

    /// <summary>The body writes the name as the group something is part of ("part of Kestrel Learning Trust").</summary>
    private static bool NamedAsParent(string name, string body)
    {
        var lower = body.ToLowerInvariant();
        return WordOccurrences(lower, name.ToLowerInvariant()).Any(o => PartOfBefore().IsMatch(lower.AsSpan(Math.Max(0, o - 40), Math.Min(o, 40))));
    }

    // "Marlow Fields Academy, part of Kestrel Learning Trust", "membre du Groupe Orélie": the group a place belongs to
    // (lower-case text, ending where the name starts).
    [GeneratedRegex("""\b(?:part of|a member of|member of|a subsidiary of|subsidiary of|a division of|a brand of|fait partie d[eu]|membre d[eu]|filiale d[eu]|parte d[eo]|forma parte d[eo]|miembro d[eo]|teil d(?:er|es)|gehört zu|onderdeel van|lid van)(?:\s+(?:the|la|le|el|o|a|die|der|het|l['’]))?\s*$""")]
    private static partial Regex PartOfBefore();

    [GeneratedRegex("""(?<![\p{L}\p{N}-])\p{Lu}{3,6}(?![\p{L}\p{N}])""")]
    private static partial Regex AcronymInText();

    [GeneratedRegex("""^(?:City|Town|County|Village|Borough|State|Province|Commonwealth) of\b""")]
    private static partial Regex CityOf();

    [GeneratedRegex("""(?i:\b(?:at|with|bei|chez|bij|en|na|em|para|für|pour|voor)\s+)(?<c>\p{Lu}[^\n|–-]*)""")]
    private static partial Regex SubjectAfterAt();
}
