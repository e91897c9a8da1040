using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.FollowUps;

/// <summary>One due follow-up, as the board and the API show it.</summary>
public sealed record DueItem(Guid ApplicationId, string Company, string Role, FollowUpKind Kind, DateTimeOffset Anchor, DateTimeOffset DueAt, DateTimeOffset? Before, string Why)
{
    public string Key => $"{ApplicationId}/{Kind.ToApiName()}";
}

/// <summary>A draft with where it goes: <paramref name="To"/> is null when the employer wrote from an address nobody reads.</summary>
public sealed record DraftResult(DueItem FollowUp, Draft Draft, string? To, string? RecruiterName, IReadOnlyList<ComposeLink> Links);

public enum MarkOutcome
{
    Marked,
    NotFound,
    NotDue,
}

/// <summary>
/// A person's follow-ups: loads what the timing rules need (metadata only), applies <see cref="FollowUpRules"/>, stores
/// done and snooze, and gathers the facts a draft is written from. Scoped, EF Core directly.
/// </summary>
public sealed class FollowUpBook(ApplyTrackDbContext db, MetadataCipher cipher, IOptions<FollowUpOptions> options, TimeProvider time, AssistantDrafts assistant)
{
    private static readonly ApplicationStatus[] Open = [ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Offer];
    private static readonly EmailEvent[] InterviewEvents = [EmailEvent.InterviewInvite, EmailEvent.NextRound, EmailEvent.RecruiterOutreach, EmailEvent.Assessment];

    public async Task<FollowUpDelays> DelaysAsync(string userId, CancellationToken cancellationToken) =>
        (await db.FollowUpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken))?.Delays ?? options.Value.Defaults;

    public async Task<IReadOnlyList<DueItem>> DueAsync(string userId, CancellationToken cancellationToken, Guid? applicationId = null)
    {
        var now = time.GetUtcNow();
        var delays = await DelaysAsync(userId, cancellationToken);
        var (applications, timelines) = await TimelinesAsync(userId, applicationId, cancellationToken);
        var ids = applications.Keys.ToList();
        var marks = (await db.FollowUpMarks.AsNoTracking().Where(m => m.UserId == userId && ids.Contains(m.ApplicationId)).ToListAsync(cancellationToken))
            .Select(m => m.State).ToList();
        return timelines
            .SelectMany(t => FollowUpRules.Due(t, delays, now, marks))
            .Select(f => new DueItem(f.ApplicationId, applications[f.ApplicationId].Company, applications[f.ApplicationId].Role, f.Kind, f.Anchor, f.DueAt, f.Before, f.Why))
            .OrderBy(f => f.Before ?? DateTimeOffset.MaxValue).ThenBy(f => f.DueAt)
            .ToList();
    }

    /// <summary>The user's applications that say <b>No response</b> on their card.</summary>
    public async Task<HashSet<Guid>> NoResponseAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delays = await DelaysAsync(userId, cancellationToken);
        var (_, timelines) = await TimelinesAsync(userId, null, cancellationToken);
        return [.. timelines.Where(t => FollowUpRules.IsNoResponse(t, delays, now)).Select(t => t.ApplicationId)];
    }

    public async Task<bool> OwnsAsync(string userId, Guid applicationId, CancellationToken cancellationToken) =>
        await db.Applications.AnyAsync(a => a.Id == applicationId && a.UserId == userId, cancellationToken);

    /// <summary>Done, or snoozed until a time, for the occasion that is due now.</summary>
    public async Task<MarkOutcome> MarkAsync(string userId, Guid applicationId, FollowUpKind kind, bool done, DateTimeOffset? snoozeUntil, CancellationToken cancellationToken)
    {
        if (!await OwnsAsync(userId, applicationId, cancellationToken))
        {
            return MarkOutcome.NotFound;
        }
        var due = (await DueAsync(userId, cancellationToken, applicationId)).FirstOrDefault(f => f.Kind == kind);
        if (due is null)
        {
            return MarkOutcome.NotDue;
        }
        var now = time.GetUtcNow();
        var mark = await db.FollowUpMarks.SingleOrDefaultAsync(m => m.ApplicationId == applicationId && m.Kind == kind && m.Anchor == due.Anchor, cancellationToken);
        if (mark is null)
        {
            mark = new FollowUpMark { Id = Guid.CreateVersion7(now), UserId = userId, ApplicationId = applicationId, Kind = kind, Anchor = due.Anchor };
            db.FollowUpMarks.Add(mark);
        }
        mark.Done = done;
        mark.SnoozedUntil = done ? null : snoozeUntil;
        mark.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return MarkOutcome.Marked;
    }

    /// <summary>The draft for a due follow-up; null when the application is not the user's or nothing of that kind is due.</summary>
    public async Task<DraftResult?> DraftAsync(string userId, Guid applicationId, FollowUpKind kind, CancellationToken cancellationToken)
    {
        var due = (await DueAsync(userId, cancellationToken, applicationId)).FirstOrDefault(f => f.Kind == kind);
        if (due is null)
        {
            return null;
        }
        var emails = await db.MailEvents.AsNoTracking().Where(e => e.UserId == userId && e.ApplicationId == applicationId)
            .OrderByDescending(e => e.ReceivedAt).ToListAsync(cancellationToken);
        // Reply to the newest email a person wrote (their style, their address); else the newest email at all.
        var recruiterEmail = emails.FirstOrDefault(e => e.StyleFirstName is not null) ?? emails.FirstOrDefault();
        var connection = recruiterEmail is null ? null
            : await db.MailboxConnections.AsNoTracking().Where(c => c.Id == recruiterEmail.ConnectionId).Select(c => new { c.Provider, c.AccountEmail }).SingleOrDefaultAsync(cancellationToken);
        var (to, fullName) = recruiterEmail is null ? (null, null) : Recipient(cipher.DecryptString(recruiterEmail.Sender, CipherPurposes.Sender));
        var firstName = recruiterEmail?.StyleFirstName is { } encrypted ? cipher.DecryptString(encrypted, CipherPurposes.FirstName) : null;
        var interview = emails.FirstOrDefault(e => InterviewEvents.Contains(e.Event));
        var offer = emails.FirstOrDefault(e => e.Event == EmailEvent.Offer && e.MentionsDeadline);
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => new { a.CreatedAt }).SingleAsync(cancellationToken);
        var settings = await db.FollowUpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        var signature = settings?.SignatureName ?? NameFromAddress(await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken));

        var facts = new DraftFacts(
            kind,
            recruiterEmail?.StyleLanguage ?? "en",
            recruiterEmail?.StyleFormality is { } formality && formality < RecruiterStyle.FormalFrom ? Register.Casual : Register.Formal,
            due.Company,
            ApplicationNaming.IsRole(due.Role) ? due.Role : "",
            RecruiterFirstName: firstName,
            RecruiterFullName: firstName is null ? null : fullName,
            RecruiterGreeting: recruiterEmail?.StyleGreeting,
            RecruiterSignOff: recruiterEmail?.StyleSignOff,
            RecruiterWords: recruiterEmail?.StyleWords,
            Round: interview?.Note,
            AppliedOn: emails.LastOrDefault(e => e.Event == EmailEvent.ApplicationReceived)?.ReceivedAt ?? application.CreatedAt,
            InterviewOn: kind == FollowUpKind.ThankYou ? due.Anchor : interview?.NamedDate is { } slot && slot <= time.GetUtcNow() ? slot : null,
            ReplyBy: offer?.NamedDate,
            SignatureName: signature,
            ReplySubject: to is not null && recruiterEmail is not null ? cipher.DecryptString(recruiterEmail.Subject, CipherPurposes.Subject) : null,
            Variant: applicationId.GetHashCode());
        var draft = await assistant.WriteAsync(facts, cancellationToken);
        return new DraftResult(due, draft, to, fullName, ComposeLinks.For(to, draft.Subject, draft.Body, connection?.Provider, connection?.AccountEmail));
    }

    public static string? NameFromAddress(string? email)
    {
        var local = email?.Split('@')[0];
        if (string.IsNullOrWhiteSpace(local))
        {
            return null;
        }
        var parts = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.All(char.IsLetter)).ToList();
        return parts.Count is 0 or > 3 ? null : string.Join(' ', parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>"Priya Raman &lt;priya@northwind.example&gt;" → the address to reply to (none for no-reply senders) and the person's name.</summary>
    internal static (string? To, string? Name) Recipient(string sender)
    {
        var open = sender.LastIndexOf('<');
        var address = (open >= 0 ? sender[(open + 1)..].TrimEnd('>', ' ') : sender).Trim();
        var name = open > 0 ? sender[..open].Trim().Trim('"') : null;
        if (name?.IndexOf('(') is > 0 and var paren)
        {
            name = name[..paren].Trim();
        }
        var local = address.Split('@')[0].ToLowerInvariant();
        var unread = local.Contains("noreply") || local.Contains("no-reply") || local.Contains("donotreply") || local.Contains("do-not-reply") || local.Contains("notification");
        return (unread || !address.Contains('@') ? null : address, string.IsNullOrWhiteSpace(name) ? null : name);
    }

    private async Task<(Dictionary<Guid, (string Company, string Role)> Applications, List<ApplicationTimeline> Timelines)> TimelinesAsync(
        string userId, Guid? applicationId, CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.UserId == userId && Open.Contains(a.Status) && (applicationId == null || a.Id == applicationId))
            .Select(a => new { a.Id, a.Company, a.Role, a.Status, a.CreatedAt, a.StatusSetAt })
            .ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var emails = (await db.MailEvents.AsNoTracking()
                .Where(e => e.UserId == userId && e.ApplicationId != null && ids.Contains(e.ApplicationId.Value))
                .Select(e => new { ApplicationId = e.ApplicationId!.Value, e.ReceivedAt, e.OriginalAt, e.Event, e.NamedDate, e.MentionsDeadline })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.ApplicationId);
        // The newest status change of each interviewing application: a person's own move records an interview (thank-you rule).
        var interviewing = applications.Where(a => a.Status == ApplicationStatus.Interviewing).Select(a => a.Id).ToList();
        var recorded = (await db.StatusChanges.AsNoTracking()
                .Where(h => interviewing.Contains(h.ApplicationId))
                .Select(h => new { h.ApplicationId, h.At, h.To, h.Cause })
                .ToListAsync(cancellationToken))
            .GroupBy(h => h.ApplicationId)
            .Select(g => g.MaxBy(h => h.At)!)
            .Where(h => h.To == ApplicationStatus.Interviewing && h.Cause == TransitionCause.Manual)
            .ToDictionary(h => h.ApplicationId, h => h.At);
        var timelines = applications.Select(a =>
        {
            var mail = emails[a.Id].OrderByDescending(e => e.OriginalAt ?? e.ReceivedAt).ToList();
            var interview = mail.FirstOrDefault(e => InterviewEvents.Contains(e.Event));
            var offer = mail.FirstOrDefault(e => e.Event == EmailEvent.Offer && e.MentionsDeadline);
            return new ApplicationTimeline(
                a.Id, a.Status, a.CreatedAt, a.StatusSetAt,
                LastHeardAt: mail.Count == 0 ? null : mail[0].OriginalAt ?? mail[0].ReceivedAt,
                InterviewAt: interview?.NamedDate is { } slot && slot > interview.ReceivedAt ? slot : null,
                OfferAt: offer?.ReceivedAt,
                OfferMentionsDeadline: offer is not null,
                ReplyBy: offer?.NamedDate,
                InterviewRecordedAt: recorded.TryGetValue(a.Id, out var movedAt) ? movedAt : null);
        }).ToList();
        return (applications.ToDictionary(a => a.Id, a => (a.Company, a.Role)), timelines);
    }
}
