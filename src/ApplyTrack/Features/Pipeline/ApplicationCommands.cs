using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Pipeline;

public enum MergeOutcome
{
    Merged,
    NotFound,
}

/// <summary>
/// The one write path for applications: the JSON API, the pages, corrections and mail processing all change an
/// application through here. Each command records the change in the application's history (through
/// <see cref="Application.MoveTo"/>) and marks which applications it changed or deleted; when the unit of work is
/// saved — by the command itself, or by a synchronizer together with its checkpoint — open boards hear exactly those
/// ids. A request or a sync is one scope, so one instance sees every change of that unit of work.
/// </summary>
public sealed class ApplicationCommands
{
    private readonly ApplyTrackDbContext _db;
    private readonly PipelineEvents _events;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Unsaved> _unsaved = new(StringComparer.Ordinal);

    public ApplicationCommands(ApplyTrackDbContext db, PipelineEvents events, TimeProvider time)
    {
        (_db, _events, _time) = (db, events, time);
        // Changes are published once they are durable, whoever saves them.
        _db.SavedChanges += (_, _) => Publish();
    }

    public Task<Application?> FindAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        _db.Applications.Include(a => a.Notes).SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken);

    public async Task<Application> CreateAsync(string userId, string company, string role, ApplicationStatus status, CancellationToken cancellationToken)
    {
        var application = Application.Create(userId, company.Trim(), role.Trim(), status, ApplicationSources.Manual, _time.GetUtcNow(), "Added by you");
        _db.Applications.Add(application);
        Changed(userId, application.Id, "created");
        await _db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>
    /// A job a person captured from its posting (the browser extension, the v1 API). The same company and role among
    /// the user's open applications — the rule a receipt email is matched by — is the same application: it gets the
    /// posting when it has none, and a Saved job moves to Applied when the person says they applied; nothing moves
    /// back. Otherwise a new application. Returns it and whether it was created.
    /// </summary>
    public async Task<(Application Application, bool Created)> CaptureAsync(string userId, string company, string role, ApplicationStatus status, JobPosting? posting, CancellationToken cancellationToken)
    {
        (company, role) = (company.Trim(), role.Trim());
        var now = _time.GetUtcNow();
        var companyKey = ApplicationKeys.NormalizeCompany(company);
        var roleKey = ApplicationKeys.NormalizeRole(role);
        var sameCompany = (await _db.Applications.Include(a => a.Notes)
                .Where(a => a.UserId == userId && ApplicationKeys.Open.Contains(a.Status))
                .ToListAsync(cancellationToken))
            .Where(a => ApplicationKeys.NormalizeCompany(a.Company) == companyKey);
        var existing = sameCompany.FirstOrDefault(a => ApplicationKeys.RolesMatch(ApplicationKeys.NormalizeRole(a.Role), roleKey));

        var application = existing ?? Application.Create(userId, company, role, status, ApplicationSources.Extension, now, "Saved from the job posting by you");
        if (existing is null)
        {
            _db.Applications.Add(application);
        }
        else if (existing.Status == ApplicationStatus.Saved && status != ApplicationStatus.Saved)
        {
            existing.MoveTo(status, TransitionCause.Manual, now, "You applied (from the job posting)");
        }
        if (posting is not null && (existing is null || !await _db.Set<JobPosting>().AnyAsync(p => p.ApplicationId == existing.Id, cancellationToken)))
        {
            posting.Id = Guid.CreateVersion7(now);
            posting.ApplicationId = application.Id;
            posting.CapturedAt = now;
            _db.Set<JobPosting>().Add(posting);
        }
        application.UpdatedAt = now;
        Changed(userId, application.Id, existing is null ? "created" : "updated");
        await _db.SaveChangesAsync(cancellationToken);
        return (application, existing is null);
    }

    /// <summary>Renames and/or moves (a person's choice: any status). Null when the user has no such application.</summary>
    public async Task<Application?> EditAsync(string userId, Guid id, string? company, string? role, ApplicationStatus? status, CancellationToken cancellationToken)
    {
        var application = await FindAsync(userId, id, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var now = _time.GetUtcNow();
        // A name the person types is theirs: later mail of the thread no longer renames it.
        if (company is not null && company.Trim() != application.Company)
        {
            (application.Company, application.CompanyNamedByPerson) = (company.Trim(), true);
        }
        if (role is not null && role.Trim() != application.Role)
        {
            (application.Role, application.RoleNamedByPerson) = (role.Trim(), true);
        }
        if (status is { } target)
        {
            application.MoveTo(target, TransitionCause.Manual, now);
        }
        application.UpdatedAt = now;
        Changed(userId, application.Id, "updated");
        await _db.SaveChangesAsync(cancellationToken);
        return application;
    }

    public Task<Application?> MoveAsync(string userId, Guid id, ApplicationStatus status, CancellationToken cancellationToken) =>
        EditAsync(userId, id, null, null, status, cancellationToken);

    /// <summary>Null when the user has no such application.</summary>
    public async Task<ApplicationNote?> AddNoteAsync(string userId, Guid id, string text, CancellationToken cancellationToken)
    {
        var application = await _db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var note = application.AddNote(text.Trim(), TransitionCause.Manual, _time.GetUtcNow());
        Changed(userId, application.Id, "updated");
        await _db.SaveChangesAsync(cancellationToken);
        return note;
    }

    /// <summary>Deletes the application with its history and notes; its emails stay, unattached. False when not found.</summary>
    public async Task<bool> DeleteAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var deleted = await _db.Applications.Where(a => a.Id == id && a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return false;
        }
        Deleted(userId, id, "deleted");
        Publish();
        return true;
    }

    /// <summary>
    /// A person says which application a job email belongs to: the email is applied to it through the state machine.
    /// Null when either is not the user's, or the email was marked "not job" (it has no status to apply).
    /// </summary>
    public async Task<MailEvent?> AttachEmailAsync(string userId, Guid mailEventId, Guid applicationId, CancellationToken cancellationToken)
    {
        var mailEvent = await _db.MailEvents.SingleOrDefaultAsync(e => e.Id == mailEventId && e.UserId == userId, cancellationToken);
        var application = await _db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.UserId == userId, cancellationToken);
        if (mailEvent is null || application is null || mailEvent.Label == EmailLabel.None)
        {
            return null;
        }
        await ApplyEmailAsync(application, mailEvent, "updated", cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        return mailEvent;
    }

    /// <summary>
    /// Two applications of one user turn out to be the same: <paramref name="otherId"/>'s history, notes, emails and
    /// corrections move to <paramref name="id"/>, which keeps the better name and the more recently decided status;
    /// the other is deleted. One transaction: a failure leaves both as they were.
    /// </summary>
    public async Task<(MergeOutcome Outcome, Application? Merged)> MergeAsync(string userId, Guid id, Guid otherId, CancellationToken cancellationToken)
    {
        if (id == otherId)
        {
            throw new ArgumentException("An application cannot be merged with itself.", nameof(otherId));
        }
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var keep = await FindAsync(userId, id, cancellationToken);
        var other = await _db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == otherId && a.UserId == userId, cancellationToken);
        if (keep is null || other is null)
        {
            return (MergeOutcome.NotFound, null);
        }

        var now = _time.GetUtcNow();
        // Merging is the person's own act: the better of the two names wins, and a name taken from the other card
        // keeps whether a person typed it.
        var naming = ApplicationNaming.Decide(keep.Company, keep.Role, other.Company, other.Role);
        if (naming.Company != keep.Company) keep.CompanyNamedByPerson = other.CompanyNamedByPerson;
        if (naming.Role != keep.Role) keep.RoleNamedByPerson = other.RoleNamedByPerson;
        (keep.Company, keep.Role) = (naming.Company, naming.Role);
        if (other.StatusSetAt > keep.StatusSetAt)
        {
            keep.MoveTo(other.Status, TransitionCause.Manual, now, $"Merged with {other.Company} · {other.Role}, whose status was newer");
        }
        keep.CreatedAt = Min(keep.CreatedAt, other.CreatedAt);
        keep.LastActivityAt = Max(keep.LastActivityAt, other.LastActivityAt);
        keep.UpdatedAt = now;

        await _db.StatusChanges.Where(h => h.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(h => h.ApplicationId, id), cancellationToken);
        await _db.ApplicationNotes.Where(n => n.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(n => n.ApplicationId, id), cancellationToken);
        await _db.MailEvents.Where(e => e.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ApplicationId, id), cancellationToken);
        await _db.Corrections.Where(c => c.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ApplicationId, id), cancellationToken);
        if (!await _db.Set<JobPosting>().AnyAsync(p => p.ApplicationId == id, cancellationToken))
        {
            await _db.Set<JobPosting>().Where(p => p.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApplicationId, id), cancellationToken);
        }
        await _db.Applications.Where(a => a.Id == otherId).ExecuteDeleteAsync(cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The other's notes now belong here too: read the collection again.
        var notes = _db.Entry(keep).Collection(a => a.Notes);
        notes.IsLoaded = false;
        await notes.LoadAsync(cancellationToken);
        Changed(userId, id, "merged");
        Deleted(userId, otherId, "merged");
        Publish();
        return (MergeOutcome.Merged, keep);
    }

    /// <summary>
    /// Creates the application a job email names (mail processing). Added to the unit of work; published when the
    /// caller saves it.
    /// </summary>
    public Application CreateFromEmail(string userId, string source, MailEvent mailEvent)
    {
        var now = _time.GetUtcNow();
        var target = EmailStatus.Target(mailEvent.Label);
        // "Added" is when the first email arrived; UpdatedAt is when we changed the row.
        var application = Application.Create(userId, mailEvent.Company!, ApplicationNaming.IsRole(mailEvent.Role) ? mailEvent.Role! : ApplicationNaming.RoleNotStated,
            target, source, mailEvent.ReceivedAt, $"{EmailStatus.Describe(mailEvent.Label, mailEvent.Event, mailEvent.Note)} email");
        application.StatusSetAt = mailEvent.ReceivedAt;
        application.LastActivityAt = mailEvent.ReceivedAt;
        application.UpdatedAt = now;
        application.History[0].EmailId = mailEvent.Id;
        if (mailEvent.Note is { Length: > 0 } note)
        {
            application.AddNote(note, TransitionCause.Email, mailEvent.ReceivedAt);
            application.UpdatedAt = now;
        }
        _db.Applications.Add(application);
        mailEvent.ApplicationId = application.Id;
        mailEvent.Outcome = MailEventOutcome.CreatedApplication;
        mailEvent.OutcomeDetail = $"Created {application.Company} · {application.Role} as {target.ToDisplayName()}.";
        Changed(userId, application.Id, "synced");
        return application;
    }

    /// <summary>Applies a job email to an application through the state machine (mail processing). Saved by the caller.</summary>
    public Task ApplyEmailAsync(Application application, MailEvent mailEvent, CancellationToken cancellationToken) =>
        ApplyEmailAsync(application, mailEvent, "synced", cancellationToken);

    private async Task ApplyEmailAsync(Application application, MailEvent mailEvent, string kind, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        mailEvent.ApplicationId = application.Id;
        var naming = ApplicationNaming.Decide(application.Company, application.Role, mailEvent.Company, mailEvent.Role,
            application.CompanyNamedByPerson, application.RoleNamedByPerson);
        (application.Company, application.Role) = (naming.Company, naming.Role);
        var decision = application.MoveTo(EmailStatus.Target(mailEvent.Label), TransitionCause.Email, now,
            $"{EmailStatus.Describe(mailEvent.Label, mailEvent.Event, mailEvent.Note)} email", mailEvent.ReceivedAt, mailEvent.Id);
        var addedNote = false;
        if (mailEvent.Note is { Length: > 0 } note)
        {
            if (_db.Entry(application).State != EntityState.Added)
            {
                await _db.Entry(application).Collection(a => a.Notes).LoadAsync(cancellationToken);
            }
            if (!application.Notes.Any(n => string.Equals(n.Text, note, StringComparison.OrdinalIgnoreCase)))
            {
                application.AddNote(note, TransitionCause.Email, mailEvent.ReceivedAt);
                addedNote = true;
            }
        }
        if (mailEvent.ReceivedAt < application.CreatedAt && application.Source is not (ApplicationSources.Manual or ApplicationSources.Extension))
        {
            application.CreatedAt = mailEvent.ReceivedAt;
        }
        application.LastActivityAt = Max(application.LastActivityAt, mailEvent.ReceivedAt);
        application.UpdatedAt = now;
        (mailEvent.Outcome, mailEvent.OutcomeDetail) = decision.Moves
            ? (MailEventOutcome.MovedStatus, $"Moved {application.Company} to {application.Status.ToDisplayName()}.")
            : addedNote
                ? (MailEventOutcome.AddedNote, $"Added the note \"{mailEvent.Note}\" to {application.Company}.")
                : (MailEventOutcome.NoChange, $"{application.Company}: {decision.Explanation}");
        Changed(application.UserId, application.Id, kind);
    }

    /// <summary>
    /// After a correction: reads the application's job emails again in order (as they now are) through the state
    /// machine, from the last status a person set, with the cause recorded as a correction. An application created by
    /// mail with nothing left — no email, no status or note from a person — is deleted. Saved by the caller.
    /// </summary>
    public async Task<ReadAgainResult> ReadEmailsAgainAsync(Application application, MailEvent changed, string reason, CancellationToken cancellationToken)
    {
        var emails = (await _db.MailEvents.AsNoTracking()
                .Where(e => e.ApplicationId == application.Id && e.Id != changed.Id && e.Label != EmailLabel.None)
                .Select(e => new { e.Label, e.ReceivedAt })
                .ToListAsync(cancellationToken))
            .Select(e => (Target: EmailStatus.Target(e.Label), At: e.ReceivedAt))
            .ToList();
        var belongs = changed.ApplicationId == application.Id && changed.Label != EmailLabel.None;
        if (belongs)
        {
            emails.Add((EmailStatus.Target(changed.Label), changed.ReceivedAt));
        }
        var personSet = application.History.Where(h => h.Cause == TransitionCause.Manual).MaxBy(h => h.At);
        var status = StatusTransition.Replay(personSet is null ? null : (personSet.To, personSet.At), emails);

        if (status is null)
        {
            if (application.Source != ApplicationSources.Manual && personSet is null
                && !await _db.ApplicationNotes.AnyAsync(n => n.ApplicationId == application.Id && n.Source == TransitionCause.Manual, cancellationToken))
            {
                _db.Applications.Remove(application);
                Deleted(application.UserId, application.Id, "deleted");
                return ReadAgainResult.Deleted;
            }
            Changed(application.UserId, application.Id, "updated");
            return ReadAgainResult.Unchanged;
        }
        var now = _time.GetUtcNow();
        var moved = application.MoveTo(status.Value, TransitionCause.Correction, now, reason, emailId: changed.ApplicationId == application.Id ? changed.Id : null).Moves;
        application.UpdatedAt = now;
        if (belongs)
        {
            application.LastActivityAt = Max(application.LastActivityAt, changed.ReceivedAt);
        }
        Changed(application.UserId, application.Id, "updated");
        return moved ? ReadAgainResult.Moved : ReadAgainResult.Unchanged;
    }

    private void Changed(string userId, Guid id, string kind) => UnsavedOf(userId, kind).Changed.Add(id);

    private void Deleted(string userId, Guid id, string kind)
    {
        var unsaved = UnsavedOf(userId, kind);
        unsaved.Changed.Remove(id);
        unsaved.Deleted.Add(id);
    }

    private Unsaved UnsavedOf(string userId, string kind)
    {
        if (!_unsaved.TryGetValue(userId, out var unsaved))
        {
            _unsaved[userId] = unsaved = new Unsaved(kind);
        }
        return unsaved;
    }

    /// <summary>One event per user for everything saved since the last one.</summary>
    private void Publish()
    {
        foreach (var (userId, unsaved) in _unsaved)
        {
            var single = unsaved.Changed.Count + unsaved.Deleted.Count == 1 ? unsaved.Changed.Concat(unsaved.Deleted).Single() : (Guid?)null;
            _events.Publish(userId, new PipelineEvent(unsaved.Kind, single, [.. unsaved.Changed], [.. unsaved.Deleted]));
        }
        _unsaved.Clear();
    }

    private sealed record Unsaved(string Kind)
    {
        public HashSet<Guid> Changed { get; } = [];
        public HashSet<Guid> Deleted { get; } = [];
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

public enum ReadAgainResult
{
    Unchanged,
    Moved,
    Deleted,
}
