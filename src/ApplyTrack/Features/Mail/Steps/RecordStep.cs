using ApplyTrack.Classification.Extraction;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// Stores the job email as encrypted metadata (no body), pending: the sync applies its emails once it has read
/// them all, oldest first — providers hand out the newest page first, and the receipt naming company and role must
/// come before its "Final round". Added to the caller's unit of work, saved with the page's checkpoint.
/// </summary>
public sealed class RecordStep(ApplyTrackDbContext db, MatchIndex index, MetadataCipher cipher, TimeProvider time, ILogger<RecordStep> logger) : IMailStep
{
    public Task<bool> RunAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken)
    {
        var (mail, verdict, connection) = (candidate.Mail, candidate.Verdict!, context.Connection);
        var now = time.GetUtcNow();
        context.Run.JobEvents++;
        var mailEvent = new MailEvent
        {
            Id = Guid.CreateVersion7(now),
            UserId = connection.UserId,
            ConnectionId = connection.Id,
            ProviderMessageId = mail.ProviderMessageId,
            InternetMessageId = Truncate(mail.InternetMessageId, 998),
            ThreadId = Truncate(mail.ThreadId, 400),
            Folder = Truncate(mail.Folder, 400),
            Sender = cipher.Encrypt(mail.Sender, CipherPurposes.Sender),
            Subject = cipher.Encrypt(mail.Subject ?? "", CipherPurposes.Subject),
            ReceivedAt = mail.ReceivedAt,
            Fingerprint = candidate.Fingerprint,
            OriginalAt = candidate.OriginalAt,
            Label = EmailNames.ParseLabel(verdict.Label),
            Event = EmailNames.ParseEvent(verdict.Event),
            Confidence = verdict.Confidence,
            Company = Truncate(verdict.Company, Application.CompanyMaxLength),
            Role = Truncate(verdict.Role, Application.RoleMaxLength),
            Note = Truncate(verdict.Note, 200),
            AtsVendor = Truncate(AtsVendors.VendorOf(DomainOf(verdict.Forwarded?.SenderAddress ?? mail.Sender)), 60),
            Reasons = Truncate(string.Join('\n', verdict.Reasons), 2000) ?? "",
            RulesFired = candidate.Rules?.Log,
            RuleEffects = candidate.Rules?.Effects.ToJson(),
            ProcessedAt = now,
            Outcome = MailEventOutcome.Pending,
        };
        FollowUps.MailStyle.Measure(mailEvent, mail, cipher, logger);
        db.MailEvents.Add(mailEvent);
        index.Remember(mailEvent);
        return Task.FromResult(true);
    }

    /// <summary>"Acme &lt;jobs@acme.greenhouse.io&gt;" → "acme.greenhouse.io".</summary>
    private static string DomainOf(string? sender)
    {
        var at = sender?.LastIndexOf('@') ?? -1;
        return at < 0 ? "" : sender![(at + 1)..].TrimEnd('>', ' ', '"');
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
