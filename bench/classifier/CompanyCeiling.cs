using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;
using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Bench;

/// <summary>How much of a missed company label the mail writes: what extraction can reach at all.</summary>
internal enum CeilingFamily
{
    CalledEveryday,
    WrittenWordForWord,
    WrittenOtherwise,
    InDomainOnly,
    FirstWordWritten,
    DomainNamePartly,
    NotWritten,
}

/// <summary>
/// Sorts company misses into <see cref="CeilingFamily"/> families and prints the counts, never an id, a name or text,
/// so it may run on the devset. "The mail" is its subject, its whole body as text (quoted history and footer included)
/// and the sender's display name; the address counts only for the domain families.
/// </summary>
internal static class CompanyCeiling
{
    private static readonly string[] Descriptions =
    [
        "job mail the model called everyday (no extraction runs)",
        "label written word for word (subject, body or display name)",
        "label written with other case, spacing, punctuation or accents",
        "label's letters only in the sender's domain",
        "only partly written: the label's first word is in the mail",
        "only partly written: the domain's name is part of the label",
        "not written at all",
    ];

    private static readonly HashSet<string> Articles = ["the", "die", "der", "das", "les", "los", "las", "het", "una", "uno"];

    public static void Write(Evaluation evaluation, TextWriter output)
    {
        var named = evaluation.Rows.Where(r => r.Truth.Label != EmailLabels.None && !string.IsNullOrWhiteSpace(r.Truth.Company)).ToList();
        var misses = named.Where(r => Evaluation.Normalise(r.Truth.Company) != Evaluation.Normalise(r.Predicted.Company)).ToList();
        var f = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(f, "company labelled {0}, matched {1} ({2:F3}), missed {3}", named.Count, named.Count - misses.Count,
            named.Count == 0 ? 0 : (double)(named.Count - misses.Count) / named.Count, misses.Count));
        output.WriteLine($"{"family",-64}{"misses",7}{"none",6}{"part",6}{"longer",7}{"other",6}");
        var rows = misses.Select(r => (Family: FamilyOf(r), Predicted: PredictedShape(r.Truth.Company!, r.Predicted.Company))).ToList();
        foreach (var family in Enum.GetValues<CeilingFamily>())
        {
            var these = rows.Where(r => r.Family == family).ToList();
            output.WriteLine($"{Descriptions[(int)family],-64}{these.Count,7}{these.Count(r => r.Predicted == "none"),6}{these.Count(r => r.Predicted == "part"),6}" +
                             $"{these.Count(r => r.Predicted == "longer"),7}{these.Count(r => r.Predicted == "other"),6}");
        }

        output.WriteLine("(none = no company extracted; part = the prediction is part of the label; longer = the label is part of the prediction)");
    }

    public static CeilingFamily FamilyOf(Scored row)
    {
        if (row.Predicted.Label == EmailLabels.None)
        {
            return CeilingFamily.CalledEveryday;
        }

        var label = row.Truth.Company!.Trim();
        var email = row.Truth.Email;
        var body = email.Body ?? "";
        var sender = Sender.Parse(email.From);
        var text = $"{email.Subject}\n{(HtmlText.LooksLikeHtml(body) ? HtmlText.ToText(body) : body)}\n{sender.DisplayName}";
        if (text.Contains(label, StringComparison.Ordinal))
        {
            return CeilingFamily.WrittenWordForWord;
        }

        var folded = Folded(label);
        if (folded.Length > 0 && Folded(text).Contains(folded, StringComparison.Ordinal))
        {
            return CeilingFamily.WrittenOtherwise;
        }

        var domain = Folded(sender.Domain);
        if (folded.Length > 0 && domain.Contains(folded, StringComparison.Ordinal))
        {
            return CeilingFamily.InDomainOnly;
        }

        var first = label.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Folded(w))
            .FirstOrDefault(w => w.Length >= 3 && !Articles.Contains(w));
        if (first is not null && Words(text).Contains(first))
        {
            return CeilingFamily.FirstWordWritten;
        }

        var domainName = sender.Domain.Split('.').SkipLast(1).Select(Folded).OrderByDescending(l => l.Length).FirstOrDefault() ?? "";
        return domainName.Length >= 3 && (folded.Contains(domainName, StringComparison.Ordinal) || (first is not null && domainName.Contains(first, StringComparison.Ordinal)))
            ? CeilingFamily.DomainNamePartly
            : CeilingFamily.NotWritten;
    }

    private static string PredictedShape(string label, string? predicted)
    {
        var (l, p) = (Folded(label), Folded(predicted ?? ""));
        return p.Length == 0 ? "none"
            : l.Contains(p, StringComparison.Ordinal) ? "part"
            : p.Contains(l, StringComparison.Ordinal) ? "longer"
            : "other";
    }

    /// <summary>Lower case, accents dropped, letters and digits only.</summary>
    private static string Folded(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                s.Append(char.ToLowerInvariant(c));
            }
        }

        return s.ToString();
    }

    private static HashSet<string> Words(string text) =>
        Regex.Split(text, @"[^\p{L}\p{Mn}\p{N}]+").Select(Folded).Where(w => w.Length > 0).ToHashSet();
}
