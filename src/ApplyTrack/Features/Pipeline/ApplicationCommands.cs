using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// The one write path for applications: the JSON API, the pages, corrections and mail processing all change an
/// application through here. Each command records the change in the application's history (through
/// <see cref="Application.MoveTo"/>) and marks which applications it changed or deleted; when the unit of work is
/// saved — by the command itself, or by a synchronizer together with its checkpoint — open boards hear exactly those
/// ids. A request or a sync is one scope, so one instance sees every change of that unit of work.
/// </summary>
public sealed partial class ApplicationCommands
{
    private readonly ApplyTrackDbContext _db;
    private readonly PipelineEvents _events;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Unsaved> _unsaved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PipelineStage>> _stages = new(StringComparer.Ordinal);

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
        // A round's note that names one of the person's stages ("Final round" → Final) moves the card there.
        if (mailEvent.Note is { Length: > 0 } roundNote && await StagesOfAsync(application.UserId, cancellationToken) is { Count: > 0 } stages
            && Stages.FromRoundNote(stages, application.Status, application.StageId, roundNote) is { } stage)
        {
            application.StageId = stage.Id;
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
    /// What the person's rules said to do with an email's application once it is known (<see cref="Rules.RuleEffects"/>):
    /// a status — asked of the state machine like any email's —, a stage (its status asked the same way first), notes and
    /// tags. Doing it twice changes nothing more. Saved by the caller; the email's outcome says what happened.
    /// </summary>
    public async Task ApplyRuleEffectsAsync(Application application, MailEvent mailEvent, CancellationToken cancellationToken)
    {
        if (Rules.RuleEffects.FromJson(mailEvent.RuleEffects) is not { IsEmpty: false } effects)
        {
            return;
        }
        var now = _time.GetUtcNow();
        var by = $"Rule {effects.RuleNames}";
        var did = new List<string>();
        if (effects.Status is { } status && ApplicationStatusNames.TryParse(status, out var target))
        {
            var decision = application.MoveTo(target, TransitionCause.Email, now, $"{by}: {target.ToDisplayName()}", mailEvent.ReceivedAt, mailEvent.Id);
            if (decision.Outcome != TransitionOutcome.AlreadyThere)
            {
                did.Add(decision.Moves ? $"moved to {target.ToDisplayName()}" : decision.Explanation.TrimEnd('.'));
            }
        }
        if (effects.Stage is { } key)
        {
            if (Stages.Find(await StagesOfAsync(application.UserId, cancellationToken), key) is not { } stage)
            {
                did.Add($"the stage {key} no longer exists");
            }
            else
            {
                var decision = application.Status == stage.Status ? null
                    : application.MoveTo(stage.Status, TransitionCause.Email, now, $"{by}: {stage.Name}", mailEvent.ReceivedAt, mailEvent.Id);
                if (application.Status == stage.Status && application.StageId != stage.Id)
                {
                    did.Add($"stage {stage.Name}");
                    application.StageId = stage.Id;
                }
                else if (application.Status != stage.Status)
                {
                    did.Add($"stage {stage.Name} not set: {decision!.Explanation.TrimEnd('.')}");
                }
            }
        }
        if (effects.Notes.Count > 0)
        {
            if (_db.Entry(application).State != EntityState.Added)
            {
                await _db.Entry(application).Collection(a => a.Notes).LoadAsync(cancellationToken);
            }
            foreach (var note in effects.Notes.Where(n => !application.Notes.Any(existing => string.Equals(existing.Text, n, StringComparison.OrdinalIgnoreCase))))
            {
                application.AddNote(note, TransitionCause.Email, mailEvent.ReceivedAt);
                did.Add("note added");
            }
        }
        foreach (var tag in effects.Tags)
        {
            if (application.AddTag(tag, now))
            {
                did.Add($"tagged {tag}");
            }
        }
        if (did.Count > 0)
        {
            // What an earlier run of the rules said is replaced, not repeated.
            var before = mailEvent.OutcomeDetail.IndexOf(" Rule “", StringComparison.Ordinal) is var cut and >= 0 ? mailEvent.OutcomeDetail[..cut] : mailEvent.OutcomeDetail;
            var detail = $"{before} {by}: {string.Join(", ", did)}.".Trim();
            mailEvent.OutcomeDetail = detail.Length <= 500 ? detail : detail[..499] + "…";
        }
        Changed(application.UserId, application.Id, "synced");
    }

    /// <summary>
    /// The person's rules, applied again to a stored job email (re-read from its mailbox): "not a job email" removes it and
    /// its application's status is read again without it; another label or application re-reads the applications
    /// concerned; the effects then apply as for new mail. True when the email was removed. Saves.
    /// </summary>
    public async Task<bool> ApplyRulesToStoredEmailAsync(MailEvent mailEvent, Rules.RuleOutcome outcome, CancellationToken cancellationToken)
    {
        var userId = mailEvent.UserId;
        var reason = $"Rule {outcome.Effects.RuleNames} applied to past mail";
        var current = mailEvent.ApplicationId is { } currentId ? await FindAsync(userId, currentId, cancellationToken) : null;
        if (outcome.IsJob == false)
        {
            (mailEvent.Label, mailEvent.Event, mailEvent.ApplicationId) = (EmailLabel.None, EmailEvent.NotJob, null);
            if (current is not null)
            {
                await _db.Entry(current).Collection(a => a.History).LoadAsync(cancellationToken);
                await ReadEmailsAgainAsync(current, mailEvent, reason, cancellationToken);
            }
            _db.MailEvents.Remove(mailEvent);
            await _db.SaveChangesAsync(cancellationToken);
            return true;
        }

        mailEvent.RulesFired = outcome.Log;
        mailEvent.RuleEffects = outcome.Effects.ToJson();
        if (outcome.Company is { Length: > 0 } company && mailEvent.ApplicationId is null)
        {
            mailEvent.Company = company;
        }
        var label = outcome.IsJob == true && EmailNames.TryParseLabel(outcome.Label, out var ruled) ? ruled : mailEvent.Label;
        var relabelled = label != mailEvent.Label;
        if (relabelled)
        {
            mailEvent.Label = label;
            mailEvent.Event = EmailNames.LabelOf(mailEvent.Event) == label ? mailEvent.Event : EmailNames.ParseEvent(Rules.RuleEvaluation.DefaultEvent(label.Name()));
        }
        var target = outcome.Effects.ApplicationId is { } assigned ? await FindAsync(userId, assigned, cancellationToken) ?? current : current;
        if (target is not null && target.Id != current?.Id)
        {
            mailEvent.ApplicationId = target.Id;
            if (current is not null)
            {
                await _db.Entry(current).Collection(a => a.History).LoadAsync(cancellationToken);
                await ReadEmailsAgainAsync(current, mailEvent, reason, cancellationToken);
            }
            await ApplyEmailAsync(target, mailEvent, "updated", cancellationToken);
        }
        else if (relabelled && target is not null)
        {
            await _db.Entry(target).Collection(a => a.History).LoadAsync(cancellationToken);
            await ReadEmailsAgainAsync(target, mailEvent, reason, cancellationToken);
        }
        if (target is not null && _db.Entry(target).State != EntityState.Deleted)
        {
            await ApplyRuleEffectsAsync(target, mailEvent, cancellationToken);
        }
        await _db.SaveChangesAsync(cancellationToken);
        return false;
    }

    /// <summary>
    /// A person puts an application at one of their stages (null: none). A stage of another status moves the application
    /// there too, as a person's choice. Null when the application or the stage is not the user's.
    /// </summary>
    public async Task<Application?> SetStageAsync(string userId, Guid id, Guid? stageId, CancellationToken cancellationToken)
    {
        var application = await FindAsync(userId, id, cancellationToken);
        var stage = stageId is { } wanted ? (await StagesOfAsync(userId, cancellationToken)).FirstOrDefault(s => s.Id == wanted) : null;
        if (application is null || (stageId is not null && stage is null))
        {
            return null;
        }
        var now = _time.GetUtcNow();
        if (stage is not null && application.Status != stage.Status)
        {
            application.MoveTo(stage.Status, TransitionCause.Manual, now, $"Set to {stage.Status.ToDisplayName()} · {stage.Name} by you");
        }
        application.StageId = stage?.Id;
        application.UpdatedAt = now;
        Changed(userId, application.Id, "updated");
        await _db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>The user's stages, read once per unit of work.</summary>
    public async Task<List<PipelineStage>> StagesOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (!_stages.TryGetValue(userId, out var stages))
        {
            _stages[userId] = stages = await _db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Status).ThenBy(s => s.Position).ToListAsync(cancellationToken);
        }
        return stages;
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
