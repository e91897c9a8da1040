using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Corrections;

public sealed record CorrectionResponse(
    Guid Id, Guid? EmailId, string Label, string Event, string FormerLabel, string FormerEvent, Guid? ApplicationId,
    string? Company, string? Role, string Sender, string Subject, DateTimeOffset ReceivedAt, DateTimeOffset CreatedAt,
    bool Reported, DateTimeOffset? ReportedAt);

/// <summary>What a correction did: the correction, or why there is none (unknown ids, bad input).</summary>
public sealed record CorrectionOutcome(Correction? Correction, bool NotFound, Dictionary<string, string[]>? Errors)
{
    public static CorrectionOutcome Missing { get; } = new(null, true, null);

    public static CorrectionOutcome Invalid(string field, string message) => new(null, false, new() { [field] = [message] });
}

/// <summary>
/// A person says what a job email really is and which application it belongs to. The email's metadata follows
/// (a "not job" email keeps no subject and leaves its application), every application it touches is read again through
/// the state machine with the cause recorded as a correction, an application created by mail that has nothing left
/// is deleted, and the correction is kept so later syncs learn from it.
/// </summary>
public static class EmailCorrections
{
    /// <summary>What a person says an email is: a label's name; <c>not_job</c> is accepted for <c>none</c>.</summary>
    public static EmailLabel? ParseLabel(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "none" or "not_job" or "notjob" => EmailLabel.None,
        var name when EmailNames.TryParseLabel(name, out var known) => known,
        _ => null,
    };

    public static string LabelName(EmailLabel label) => label switch
    {
        EmailLabel.None => "not a job email",
        EmailLabel.Applied => "an application receipt",
        EmailLabel.Interviewing => "an interview",
        EmailLabel.Offer => "an offer",
        _ => "a rejection",
    };

    public static async Task<CorrectionOutcome> CorrectAsync(ApplyTrackDbContext db, MetadataCipher cipher, ApplicationCommands commands, string userId,
        Guid mailEventId, string? label, Guid? applicationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ParseLabel(label) is not { } corrected)
        {
            return CorrectionOutcome.Invalid("label", "Say what the email is: none (not a job email), applied, interviewing, offer or rejected.");
        }
        if (corrected == EmailLabel.None && applicationId is not null)
        {
            return CorrectionOutcome.Invalid("applicationId", "A not-job email belongs to no application: leave the application out.");
        }
        if (corrected != EmailLabel.None && applicationId is null)
        {
            return CorrectionOutcome.Invalid("applicationId", "Choose the application this email belongs to.");
        }

        var mailEvent = await db.MailEvents.SingleOrDefaultAsync(e => e.Id == mailEventId && e.UserId == userId, cancellationToken);
        var target = applicationId is { } id
            ? await db.Applications.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken)
            : null;
        if (mailEvent is null || (applicationId is not null && target is null))
        {
            return CorrectionOutcome.Missing;
        }
        var former = mailEvent.ApplicationId is { } formerId && formerId != target?.Id
            ? await db.Applications.Include(a => a.History).Include(a => a.Notes).SingleOrDefaultAsync(a => a.Id == formerId && a.UserId == userId, cancellationToken)
            : null;

        var correction = await db.Corrections.SingleOrDefaultAsync(c => c.MailEventId == mailEvent.Id, cancellationToken);
        if (correction is null)
        {
            correction = new Correction
            {
                Id = Guid.CreateVersion7(now), UserId = userId, MailEventId = mailEvent.Id,
                Label = corrected, FormerLabel = mailEvent.Label, FormerEvent = mailEvent.Event,
                Sender = mailEvent.Sender, Subject = mailEvent.Subject, ReceivedAt = mailEvent.ReceivedAt,
            };
            db.Corrections.Add(correction);
        }
        correction.CreatedAt = now;
        correction.Label = corrected;
        correction.ThreadKey = CorrectionRules.ThreadKey(cipher, mailEvent.ThreadId);
        var formerNote = mailEvent.Note;

        if (corrected == EmailLabel.None)
        {
            var address = AddressOf(cipher.DecryptString(mailEvent.Sender, CipherPurposes.Sender));
            var ownAddress = await db.MailboxConnections.AnyAsync(c => c.UserId == userId && c.AccountEmail.ToLower() == address, cancellationToken);
            // Never the person's own address: their forwards from another mailbox would all be ignored.
            correction.SenderKey = ownAddress ? null : CorrectionRules.SenderKey(cipher, address);
            correction.Event = EmailEvent.NotJob;
            (correction.ApplicationId, correction.Company, correction.Role) = (null, null, null);
            // Non-job mail keeps no subject: not in the correction, not in the email's metadata.
            correction.Subject = mailEvent.Subject = cipher.Encrypt("", CipherPurposes.Subject);
            (mailEvent.Label, mailEvent.Event, mailEvent.ApplicationId) = (EmailLabel.None, EmailEvent.NotJob, null);
            (mailEvent.Company, mailEvent.Role, mailEvent.Note, mailEvent.Reasons) = (null, null, null, "");
        }
        else
        {
            correction.SenderKey = null;
            correction.Event = mailEvent.Label == corrected ? mailEvent.Event : DefaultEvent(corrected);
            (correction.ApplicationId, correction.Company, correction.Role) = (target!.Id, target.Company, target.Role);
            (mailEvent.Label, mailEvent.Event, mailEvent.ApplicationId) = (corrected, correction.Event, target.Id);
        }
        mailEvent.Outcome = MailEventOutcome.Corrected;

        ReadAgainResult? formerFate = former is null ? null
            : await commands.ReadEmailsAgainAsync(former, mailEvent, "You corrected an email: it no longer counts here", cancellationToken);
        if (former is not null && formerNote is { Length: > 0 } && !await db.MailEvents.AnyAsync(e => e.ApplicationId == former.Id && e.Id != mailEvent.Id && e.Note == formerNote, cancellationToken))
        {
            former.Notes.RemoveAll(n => n.Source == TransitionCause.Email && n.Text == formerNote);
        }
        if (target is not null)
        {
            await commands.ReadEmailsAgainAsync(target, mailEvent, $"You corrected an email: it is {LabelName(mailEvent.Label)}", cancellationToken);
        }
        mailEvent.OutcomeDetail = Truncate(Describe(corrected, target, former, formerFate, correction.SenderKey is not null), 500);
        // The labels only: never the email's sender or subject.
        db.Set<Audit.AuditEvent>().Add(Audit.AuditEvent.Create(userId, Audit.AuditKind.CorrectionReported, now,
            detail: $"An email corrected from {LabelName(correction.FormerLabel)} to {LabelName(corrected)}"));

        // Saving publishes what the commands changed and deleted.
        await db.SaveChangesAsync(cancellationToken);
        return new(correction, false, null);
    }

    /// <summary>
    /// Opt-in, per email: fetches the corrected email again from its mailbox by its provider id and keeps its text,
    /// encrypted, for the operator's training export. Throws <see cref="ReportUnavailableException"/> when the mailbox
    /// cannot give it back (the correction itself stays).
    /// </summary>
    public static async Task<CorrectionOutcome> ReportAsync(ApplyTrackDbContext db, MetadataCipher cipher, ReportedMessages messages, string userId,
        Guid mailEventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mailEvent = await db.MailEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == mailEventId && e.UserId == userId, cancellationToken);
        if (mailEvent is null)
        {
            return CorrectionOutcome.Missing;
        }
        var correction = await db.Corrections.SingleOrDefaultAsync(c => c.MailEventId == mailEventId && c.UserId == userId, cancellationToken);
        if (correction is null)
        {
            return CorrectionOutcome.Invalid("id", "Correct the email first: a report says what the email really is.");
        }
        var connection = await db.MailboxConnections.SingleAsync(c => c.Id == mailEvent.ConnectionId, cancellationToken);
        var message = await messages.FetchAsync(connection, mailEvent.ProviderMessageId, cancellationToken);
        correction.Report = cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(message), CorrectionPurposes.Report);
        correction.ReportedAt = now;
        db.Set<Audit.AuditEvent>().Add(Audit.AuditEvent.Create(userId, Audit.AuditKind.CorrectionReported, now,
            detail: "An email's text reported to improve the model (kept encrypted)"));
        await db.SaveChangesAsync(cancellationToken);
        return new(correction, false, null);
    }

    public static ReportedMessage? ReadReport(Correction correction, MetadataCipher cipher) =>
        correction.Report is { } report ? JsonSerializer.Deserialize<ReportedMessage>(cipher.Decrypt(report, CorrectionPurposes.Report)) : null;

    public static CorrectionResponse ToResponse(Correction c, MetadataCipher cipher) => new(
        c.Id, c.MailEventId, c.Label.Name(), c.Event.Name(), c.FormerLabel.Name(), c.FormerEvent.Name(), c.ApplicationId, c.Company, c.Role,
        cipher.DecryptString(c.Sender, CipherPurposes.Sender), cipher.DecryptString(c.Subject, CipherPurposes.Subject),
        c.ReceivedAt, c.CreatedAt, c.Report is not null, c.ReportedAt);

    private static string Describe(EmailLabel label, Application? target, Application? former, ReadAgainResult? formerFate, bool senderIgnored)
    {
        var text = label == EmailLabel.None
            ? "You marked this not a job email."
            : $"You corrected this to {LabelName(label)} of {target!.Company}, now {target.Status.ToDisplayName()}.";
        if (former is not null)
        {
            text += formerFate switch
            {
                ReadAgainResult.Deleted => $" Removed from {former.Company} · {former.Role}, deleted: it had nothing else.",
                ReadAgainResult.Moved => $" Removed from {former.Company}, now {former.Status.ToDisplayName()}.",
                _ => $" Removed from {former.Company}.",
            };
        }
        if (label == EmailLabel.None)
        {
            text += senderIgnored ? " Mail from this sender and thread is no longer stored." : " Later mail in this thread is no longer stored.";
        }
        else
        {
            text += " Later mail in this thread goes to this application.";
        }
        return text;
    }

    private static EmailEvent DefaultEvent(EmailLabel label) => label switch
    {
        EmailLabel.Applied => EmailEvent.ApplicationReceived,
        EmailLabel.Interviewing => EmailEvent.InterviewInvite,
        EmailLabel.Offer => EmailEvent.Offer,
        _ => EmailEvent.Rejection,
    };

    /// <summary>"Sam Rivera &lt;sam@contoso.com&gt;" → "sam@contoso.com" (lower case).</summary>
    public static string AddressOf(string sender)
    {
        var open = sender.LastIndexOf('<');
        var close = sender.LastIndexOf('>');
        var address = open >= 0 && close > open ? sender[(open + 1)..close] : sender;
        return address.Trim().ToLowerInvariant();
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
