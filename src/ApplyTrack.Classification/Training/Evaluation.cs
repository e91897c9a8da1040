using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Training;

/// <summary>One scored email: what the data says against what the classifier said.</summary>
internal sealed record Scored(LabelledEmail Truth, EmailClassification Predicted);

/// <summary>The figures the issue asks for, computed over a set of scored emails.</summary>
internal sealed partial class Evaluation(IReadOnlyList<Scored> rows)
{
    public IReadOnlyList<Scored> Rows => rows;

    public int Count(string truth, string predicted) =>
        rows.Count(r => r.Truth.Label == truth && r.Predicted.Label == predicted);

    public (double Precision, double Recall, double F1, int Support) PerClass(string label)
    {
        var tp = Count(label, label);
        var predicted = rows.Count(r => r.Predicted.Label == label);
        var actual = rows.Count(r => r.Truth.Label == label);
        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = actual == 0 ? 0 : (double)tp / actual;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, actual);
    }

    /// <summary>Mean F1 over the labels that occur in the data (a label with no example says nothing).</summary>
    public double MacroF1 => PresentLabels.Select(l => PerClass(l).F1).DefaultIfEmpty(0).Average();

    public IEnumerable<string> PresentLabels => EmailLabels.All.Where(l => rows.Any(r => r.Truth.Label == l));

    public double Accuracy => rows.Count == 0 ? 0 : (double)rows.Count(r => r.Truth.Label == r.Predicted.Label) / rows.Count;

    /// <summary>Of the emails called an application event, the share that really are one (we store those).</summary>
    public (double Precision, int Called) JobEventPrecision
    {
        get
        {
            var called = rows.Where(r => r.Predicted.IsApplicationEvent).ToList();
            return (called.Count == 0 ? 1 : (double)called.Count(r => r.Truth.Label != EmailLabels.None) / called.Count, called.Count);
        }
    }

    /// <summary>Receipts read as rejections: the mistake that tells a user a live application is dead.</summary>
    public (int Called, int Receipts) ReceiptsCalledRejections =>
        (Count(EmailLabels.Applied, EmailLabels.Rejected), rows.Count(r => r.Truth.Label == EmailLabels.Applied));

    public int OfferRejectionConfusions => Count(EmailLabels.Offer, EmailLabels.Rejected) + Count(EmailLabels.Rejected, EmailLabels.Offer);

    public double EventAccuracy => rows.Count == 0 ? 0 : (double)rows.Count(r => r.Truth.Event == r.Predicted.Event) / rows.Count;

    /// <summary>Exact match, case- and punctuation-insensitive, over application events whose data names one.</summary>
    public (double Accuracy, int Total) FieldAccuracy(Func<LabelledEmail, string?> truth, Func<EmailClassification, string?> predicted)
    {
        var named = rows.Where(r => r.Truth.Label != EmailLabels.None && !string.IsNullOrWhiteSpace(truth(r.Truth))).ToList();
        var hits = named.Count(r => Normalise(truth(r.Truth)) == Normalise(predicted(r.Predicted)));
        return (named.Count == 0 ? 0 : (double)hits / named.Count, named.Count);
    }

    public static string Normalise(string? text) =>
        text is null ? "" : NotLetterOrDigit().Replace(text.ToLowerInvariant(), "");

    public string Report(string title)
    {
        var f = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine($"## {title}: {rows.Count} emails");
        s.AppendLine();
        s.AppendLine("Confusion matrix (rows = truth, columns = predicted):");
        s.Append($"{"",-14}");
        foreach (var p in EmailLabels.All)
        {
            s.Append($"{p,13}");
        }

        s.AppendLine();
        foreach (var t in EmailLabels.All)
        {
            s.Append($"{t,-14}");
            foreach (var p in EmailLabels.All)
            {
                s.Append($"{Count(t, p),13}");
            }

            s.AppendLine();
        }

        s.AppendLine();
        s.AppendLine($"{"label",-14}{"precision",11}{"recall",9}{"F1",8}{"support",9}");
        foreach (var label in EmailLabels.All)
        {
            var (precision, recall, f1, support) = PerClass(label);
            s.AppendLine(string.Format(f, "{0,-14}{1,11:F3}{2,9:F3}{3,8:F3}{4,9}", label, precision, recall, f1, support));
        }

        var (jobPrecision, called) = JobEventPrecision;
        s.AppendLine();
        s.AppendLine(string.Format(f, "macro-F1 (labels present): {0:F3}", MacroF1));
        s.AppendLine(string.Format(f, "accuracy: {0:F3}   event accuracy: {1:F3}", Accuracy, EventAccuracy));
        s.AppendLine(string.Format(f, "job-event precision: {0:F3} ({1} called an application event)", jobPrecision, called));
        s.AppendLine(string.Format(f, "interviewing recall: {0:F3}   offer recall: {1:F3}", PerClass(EmailLabels.Interviewing).Recall, PerClass(EmailLabels.Offer).Recall));
        s.AppendLine($"offer/rejection confusions: {OfferRejectionConfusions} (offer read as rejected {Count(EmailLabels.Offer, EmailLabels.Rejected)}, rejected read as offer {Count(EmailLabels.Rejected, EmailLabels.Offer)})");
        var (receiptsRejected, receipts) = ReceiptsCalledRejections;
        s.AppendLine(receipts == 0 ? "receipts called rejections: n/a (no receipts)" : string.Format(f, "receipts called rejections: {0} of {1} ({2:P1})", receiptsRejected, receipts, (double)receiptsRejected / receipts));
        var (company, companyTotal) = FieldAccuracy(t => t.Company, p => p.Company);
        var (role, roleTotal) = FieldAccuracy(t => t.Role, p => p.Role);
        s.AppendLine(companyTotal == 0 ? "company accuracy: n/a (the data names none)" : string.Format(f, "company exact match: {0:F3} of {1}", company, companyTotal));
        s.AppendLine(roleTotal == 0 ? "role accuracy: n/a (the data names none)" : string.Format(f, "role exact match: {0:F3} of {1}", role, roleTotal));

        s.AppendLine();
        s.AppendLine($"{"by language",-14}{"emails",8}{"accuracy",10}{"macro-F1",10}{"job-prec",10}");
        foreach (var group in rows.GroupBy(r => r.Truth.Language).OrderBy(g => g.Key))
        {
            var e = new Evaluation(group.ToList());
            s.AppendLine(string.Format(f, "{0,-14}{1,8}{2,10:F3}{3,10:F3}{4,10:F3}", group.Key, group.Count(), e.Accuracy, e.MacroF1, e.JobEventPrecision.Precision));
        }

        s.AppendLine();
        s.AppendLine($"{"by source",-34}{"emails",8}{"accuracy",10}{"macro-F1",10}");
        foreach (var group in rows.GroupBy(r => r.Truth.Source).OrderBy(g => g.Key))
        {
            var e = new Evaluation(group.ToList());
            s.AppendLine(string.Format(f, "{0,-34}{1,8}{2,10:F3}{3,10:F3}", group.Key, group.Count(), e.Accuracy, e.MacroF1));
        }

        return s.ToString();
    }

    [GeneratedRegex("""[^\p{L}\p{N}]""")]
    private static partial Regex NotLetterOrDigit();
}
