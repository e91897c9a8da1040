using System.Text;
using ApplyTrack.Classification.Extraction;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Model;

/// <summary>What the classifier knows about one email before the model runs: the readable text and the rule signals.</summary>
internal sealed record EmailFeatures(
    MailText Text,
    string MaskedSubject,
    string MaskedBody,
    IReadOnlyList<Cue> SubjectCues,
    IReadOnlyList<Cue> BodyCues,
    string? AtsVendor,
    bool MaskedConditional)
{
    public bool Has(string signal) => SubjectCues.Any(c => c.Signal == signal) || BodyCues.Any(c => c.Signal == signal);

    public static EmailFeatures Of(EmailInput email)
    {
        var text = MailTextReader.Read(email);
        var subject = Cues.MaskConditionals(Cues.NormaliseOfferToSomeoneElse(text.Subject), out var subjectMasked);
        var body = Cues.MaskConditionals(Cues.NormaliseOfferToSomeoneElse(text.Body), out var bodyMasked);
        var vendor = text.Sender.Domain.Length > 0 ? AtsVendors.VendorOf(text.Sender.Domain) : null;
        return new EmailFeatures(
            text, subject, body,
            Cues.Matching(subject).ToList(), Cues.Matching(body).ToList(),
            vendor, subjectMasked || bodyMasked);
    }

    /// <summary>The row the model reads. Signals are single tokens ("xxsubjrejection") so the n-gram featuriser keeps them whole.</summary>
    public EventModelInput ToModelInput(string @event = "", float weight = 1f)
    {
        var signals = new StringBuilder();
        foreach (var cue in SubjectCues)
        {
            signals.Append(" xxsubj").Append(cue.Signal);
        }

        foreach (var cue in BodyCues)
        {
            signals.Append(" xxbody").Append(cue.Signal);
        }

        if (AtsVendor is not null)
        {
            signals.Append(" xxats xxvendor").Append(AtsVendor.Replace(" ", "").ToLowerInvariant());
        }

        var sender = Text.Sender;
        if (sender.Domain.Length > 0 && AtsVendors.IsFreemail(sender.Domain))
        {
            signals.Append(" xxfreemail");
        }

        if (NoReply(sender.LocalPart))
        {
            signals.Append(" xxnoreply");
        }

        if (Text.Body.Length == 0)
        {
            signals.Append(" xxemptybody");
        }

        if (Text.IsForwarded)
        {
            signals.Append(" xxforwarded");
        }

        if (Text.WasHtml)
        {
            signals.Append(" xxhtml");
        }

        if (MaskedConditional)
        {
            signals.Append(" xxconditional");
        }

        if (Text.Subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase))
        {
            signals.Append(" xxreply");
        }

        // Sender words and domain labels ("talent", "greenhouse", "amazon") carry a lot: who writes says what it is.
        signals.Append(' ').Append(sender.DisplayName).Append(' ').Append(sender.Domain.Replace('.', ' '));
        return new EventModelInput
        {
            Subject = MaskedSubject,
            Body = MaskedBody,
            Signals = signals.ToString(),
            Event = @event,
            Weight = weight,
        };
    }

    private static bool NoReply(string local) =>
        local.Contains("noreply", StringComparison.OrdinalIgnoreCase) ||
        local.Contains("no-reply", StringComparison.OrdinalIgnoreCase) ||
        local.Contains("donotreply", StringComparison.OrdinalIgnoreCase) ||
        local.Contains("do-not-reply", StringComparison.OrdinalIgnoreCase);
}
