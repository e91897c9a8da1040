using ApplyTrack.Classification;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>One new message on its way through the steps; what each step learns is added here. Memory only.</summary>
public sealed class MailCandidate(IncomingMail mail)
{
    public IncomingMail Mail { get; } = mail;

    /// <summary>The classifier's verdict (set by <see cref="ClassifyStep"/>); a rule may replace it.</summary>
    public EmailClassification? Verdict { get; set; }

    /// <summary>Who sent the original message about what (see <see cref="OriginalMessage"/>), as a keyed hash.</summary>
    public string? Fingerprint { get; set; }

    public DateTimeOffset? OriginalAt { get; set; }

    /// <summary>What the person's rules decided about it (set by <see cref="Rules.UserRulesStep"/>), when any fired.</summary>
    public Rules.RuleOutcome? Rules { get; set; }
}

/// <summary>
/// One step a new message goes through, in the order they are registered (classify → dedupe → rules → record).
/// A step returns false to drop the message: it then leaves no trace, like any other non-job mail.
/// </summary>
public interface IMailStep
{
    Task<bool> RunAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken);
}
