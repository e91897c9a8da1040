using ApplyTrack.Features.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Pipeline;

public enum MergeOutcome
{
    Merged,
    NotFound,
}

public enum SplitOutcome
{
    Split,
    NotFound,

    /// <summary>Older than <see cref="ApplicationMerge.UndoWindow"/>, or undone already.</summary>
    Expired,

    /// <summary>The primary is gone (deleted, or merged into another since): that has to be undone first.</summary>
    PrimaryGone,
}

public sealed record MergeResult(MergeOutcome Outcome, Application? Merged, Guid? MergeId = null);

public sealed record SplitResult(SplitOutcome Outcome, Application? Restored = null);

/// <summary>Duplicates: merge two applications into one, undo that ("split"), and say two are not duplicates.</summary>
public sealed partial class ApplicationCommands
{
    /// <summary>
    /// Two applications of one user are the same job: <paramref name="otherId"/>'s emails, notes, history, tags,
    /// corrections, job posting and stage move to the primary <paramref name="id"/>, which keeps the better name; the
    /// status is decided by <see cref="MergeStatus"/>; the other is deleted, and exactly one history entry records the
    /// merge. Because the emails move, the conversation's later mail lands on the primary. What undoing needs is kept in
    /// an <see cref="ApplicationMerge"/>. One transaction: a failure leaves both as they were.
    /// </summary>
    public async Task<MergeResult> MergeAsync(string userId, Guid id, Guid otherId, CancellationToken cancellationToken)
    {
        if (id == otherId)
        {
            throw new ArgumentException("An application cannot be merged with itself.", nameof(otherId));
        }
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var keep = await _db.Applications.Include(a => a.History).Include(a => a.Notes).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken);
        var other = await _db.Applications.AsNoTracking().Include(a => a.History)
            .SingleOrDefaultAsync(a => a.Id == otherId && a.UserId == userId, cancellationToken);
        if (keep is null || other is null)
        {
            return new(MergeOutcome.NotFound, null);
        }

        var now = _time.GetUtcNow();
        var before = ApplicationState.Of(keep);
        var emails = await _db.MailEvents.AsNoTracking().Where(e => e.ApplicationId == otherId)
            .Select(e => new { e.Id, e.ThreadId }).ToListAsync(cancellationToken);
        var ownThreads = await _db.MailEvents.AsNoTracking().Where(e => e.ApplicationId == id && e.ThreadId != null)
            .Select(e => e.ThreadId!).Distinct().ToListAsync(cancellationToken);
        var notes = await _db.ApplicationNotes.AsNoTracking().Where(n => n.ApplicationId == otherId).Select(n => n.Id).ToListAsync(cancellationToken);
        var corrections = await _db.Corrections.AsNoTracking().Where(c => c.ApplicationId == otherId).Select(c => c.Id).ToListAsync(cancellationToken);
        var postings = await _db.Set<JobPosting>().AsNoTracking().Where(p => p.ApplicationId == id || p.ApplicationId == otherId).ToListAsync(cancellationToken);
        var movedPosting = postings.Any(p => p.ApplicationId == id) ? null : postings.SingleOrDefault(p => p.ApplicationId == otherId);
        var droppedPosting = movedPosting is null ? postings.SingleOrDefault(p => p.ApplicationId == otherId) : null;

        // Merging is the person's own act: the better of the two names wins, and a name taken from the other card
        // keeps whether a person typed it.
        var naming = ApplicationNaming.Decide(keep.Company, keep.Role, other.Company, other.Role);
        if (naming.Company != keep.Company) keep.CompanyNamedByPerson = other.CompanyNamedByPerson;
        if (naming.Role != keep.Role) keep.RoleNamedByPerson = other.RoleNamedByPerson;
        (keep.Company, keep.Role) = (naming.Company, naming.Role);

        var decision = MergeStatus.Decide(SideOf(keep), SideOf(other));
        var from = keep.Status;
        keep.StageId = decision.Status == from && keep.StageId is not null ? keep.StageId
            : decision.Status == other.Status ? other.StageId
            : null;
        (keep.Status, keep.StatusSetAt) = (decision.Status, decision.SetAt);
        foreach (var tag in other.Tags)
        {
            keep.AddTag(tag, now);
        }
        keep.CreatedAt = Min(keep.CreatedAt, other.CreatedAt);
        keep.LastActivityAt = Max(keep.LastActivityAt, other.LastActivityAt);
        keep.UpdatedAt = now;
        var entry = new StatusChange
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = id,
            At = now,
            From = from,
            To = decision.Status,
            Cause = TransitionCause.Merge,
            Reason = Truncate($"Merged with {other.Company} · {other.Role} by you. {decision.Explanation}", 500),
        };
        keep.History.Add(entry);

        await _db.StatusChanges.Where(h => h.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(h => h.ApplicationId, id), cancellationToken);
        await _db.ApplicationNotes.Where(n => n.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(n => n.ApplicationId, id), cancellationToken);
        await _db.MailEvents.Where(e => e.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ApplicationId, id), cancellationToken);
        await _db.Corrections.Where(c => c.ApplicationId == otherId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ApplicationId, id), cancellationToken);
        if (movedPosting is not null)
        {
            await _db.Set<JobPosting>().Where(p => p.Id == movedPosting.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApplicationId, id), cancellationToken);
        }
        var copiedDismissals = await CarryDismissalsAsync(userId, otherId, id, now, cancellationToken);
        await _db.Applications.Where(a => a.Id == otherId).ExecuteDeleteAsync(cancellationToken);
        // The bulk statements bypassed the unit of work: what it still tracks of the other is stale now.
        Forget<Application>(a => a.Id == otherId);
        Forget<JobPosting>(p => p.ApplicationId == otherId);

        var merge = new ApplicationMerge
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            PrimaryId = id,
            MergedId = otherId,
            MergedAt = now,
            Snapshot = ApplicationMerge.Write(new MergeSnapshot(
                before, ApplicationState.Of(other), ApplicationState.Of(keep), other.Source, entry.Id,
                [.. other.History.Select(h => h.Id)], notes, [.. emails.Select(e => e.Id)],
                [.. emails.Where(e => e.ThreadId is not null && !ownThreads.Contains(e.ThreadId)).Select(e => e.ThreadId!).Distinct()],
                corrections, movedPosting?.Id, droppedPosting, copiedDismissals)),
        };
        _db.ApplicationMerges.Add(merge);
        var expired = now - ApplicationMerge.UndoWindow;
        await _db.ApplicationMerges.Where(m => m.UserId == userId && m.MergedAt < expired).ExecuteDeleteAsync(cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The other's notes now belong here too: read the collection again.
        var collection = _db.Entry(keep).Collection(a => a.Notes);
        collection.IsLoaded = false;
        await collection.LoadAsync(cancellationToken);
        Changed(userId, id, "merged");
        Deleted(userId, otherId, "merged");
        Publish();
        return new(MergeOutcome.Merged, keep, merge.Id);
    }

    /// <summary>
    /// Undoes a merge within <see cref="ApplicationMerge.UndoWindow"/>: the merged-away application comes back with its
    /// own emails (and those of its conversations that arrived since), notes, history, corrections and posting; the
    /// merge's history entry goes; the primary gets back what the merge changed, unless it has changed again since.
    /// </summary>
    public async Task<SplitResult> SplitAsync(string userId, Guid mergeId, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var merge = await _db.ApplicationMerges.SingleOrDefaultAsync(m => m.Id == mergeId && m.UserId == userId, cancellationToken);
        if (merge is null)
        {
            return new(SplitOutcome.NotFound);
        }
        var now = _time.GetUtcNow();
        if (!merge.CanUndo(now))
        {
            return new(SplitOutcome.Expired);
        }
        var primary = await _db.Applications.SingleOrDefaultAsync(a => a.Id == merge.PrimaryId && a.UserId == userId, cancellationToken);
        if (primary is null || await _db.Applications.AnyAsync(a => a.Id == merge.MergedId, cancellationToken))
        {
            return new(SplitOutcome.PrimaryGone);
        }

        var snapshot = merge.Read();
        var (was, after, mergedState) = (snapshot.Primary, snapshot.AfterMerge, snapshot.Merged);
        var restored = new Application
        {
            Id = merge.MergedId,
            UserId = userId,
            Company = mergedState.Company,
            Role = mergedState.Role,
            CompanyNamedByPerson = mergedState.CompanyNamedByPerson,
            RoleNamedByPerson = mergedState.RoleNamedByPerson,
            Status = mergedState.Status,
            StatusSetAt = mergedState.StatusSetAt,
            StageId = mergedState.StageId is { } stageId && await _db.PipelineStages.AnyAsync(s => s.Id == stageId, cancellationToken) ? stageId : null,
            Tags = [.. mergedState.Tags],
            Source = snapshot.MergedSource,
            CreatedAt = mergedState.CreatedAt,
            LastActivityAt = mergedState.LastActivityAt,
            UpdatedAt = now,
        };
        Forget<Application>(a => a.Id == restored.Id);
        _db.Applications.Add(restored);
        await _db.SaveChangesAsync(cancellationToken);

        var (back, primaryId) = (restored.Id, primary.Id);
        await _db.StatusChanges.Where(h => h.ApplicationId == primaryId && snapshot.History.Contains(h.Id)).ExecuteUpdateAsync(s => s.SetProperty(h => h.ApplicationId, back), cancellationToken);
        await _db.StatusChanges.Where(h => h.Id == snapshot.MergeEntryId).ExecuteDeleteAsync(cancellationToken);
        await _db.ApplicationNotes.Where(n => n.ApplicationId == primaryId && snapshot.Notes.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.ApplicationId, back), cancellationToken);
        // Its own emails, and later mail of its own conversations that landed on the primary meanwhile.
        var emails = _db.MailEvents.Where(e => e.UserId == userId && e.ApplicationId == primaryId
            && (snapshot.Emails.Contains(e.Id) || (e.ThreadId != null && snapshot.Threads.Contains(e.ThreadId))));
        var latest = (await emails.Select(e => e.ReceivedAt).ToListAsync(cancellationToken)).DefaultIfEmpty().Max();
        await emails.ExecuteUpdateAsync(s => s.SetProperty(e => e.ApplicationId, back), cancellationToken);
        await _db.Corrections.Where(c => c.ApplicationId == primaryId && snapshot.Corrections.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ApplicationId, back), cancellationToken);
        if (snapshot.Posting is { } postingId)
        {
            await _db.Set<JobPosting>().Where(p => p.Id == postingId && p.ApplicationId == primaryId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApplicationId, back), cancellationToken);
        }
        else if (snapshot.DroppedPosting is { } dropped)
        {
            dropped.ApplicationId = back;
            Forget<JobPosting>(p => p.Id == dropped.Id);
            _db.Set<JobPosting>().Add(dropped);
        }
        await _db.DuplicateDismissals.Where(d => snapshot.CopiedDismissals.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        restored.LastActivityAt = Max(restored.LastActivityAt, latest);

        // What the merge did to the primary goes back, field by field, where nothing changed it since.
        if (primary.Company == after.Company && primary.Role == after.Role)
        {
            (primary.Company, primary.Role, primary.CompanyNamedByPerson, primary.RoleNamedByPerson) = (was.Company, was.Role, was.CompanyNamedByPerson, was.RoleNamedByPerson);
        }
        if (primary.Status == after.Status && primary.StatusSetAt == after.StatusSetAt && primary.StageId == after.StageId)
        {
            (primary.Status, primary.StatusSetAt, primary.StageId) = (was.Status, was.StatusSetAt, was.StageId);
        }
        var mergedTags = after.Tags.Except(was.Tags, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        primary.Tags = [.. primary.Tags.Where(t => !mergedTags.Contains(t))];
        if (primary.CreatedAt == after.CreatedAt) primary.CreatedAt = was.CreatedAt;
        if (primary.LastActivityAt == after.LastActivityAt) primary.LastActivityAt = was.LastActivityAt;
        primary.UpdatedAt = now;
        merge.UndoneAt = now;

        await _db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Published once committed: a board that reads the cards on hearing this must find them.
        Changed(userId, primaryId, "split");
        Changed(userId, back, "split");
        Publish();
        return new(SplitOutcome.Split, restored);
    }

    /// <summary>
    /// A person says two applications are not the same job: the pair is never suggested again. False when either is
    /// not the user's. Doing it twice changes nothing more. Both cards are re-read by open boards (their banners go).
    /// </summary>
    public async Task<bool> DismissDuplicateAsync(string userId, Guid a, Guid b, CancellationToken cancellationToken)
    {
        if (await _db.Applications.CountAsync(x => (x.Id == a || x.Id == b) && x.UserId == userId, cancellationToken) != 2)
        {
            return false;
        }
        var (first, second) = DuplicateRules.PairOf(a, b);
        if (!await _db.DuplicateDismissals.AnyAsync(d => d.UserId == userId && d.FirstId == first && d.SecondId == second, cancellationToken))
        {
            var now = _time.GetUtcNow();
            _db.DuplicateDismissals.Add(new DuplicateDismissal { Id = Guid.CreateVersion7(now), UserId = userId, FirstId = first, SecondId = second, CreatedAt = now });
        }
        Changed(userId, first, "updated");
        Changed(userId, second, "updated");
        await _db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// "Not a duplicate" said of the merged-away application holds for the primary too (the same job): copies of those
    /// dismissals are added for it. Returns their ids (removed again by an undo).
    /// </summary>
    private async Task<List<Guid>> CarryDismissalsAsync(string userId, Guid from, Guid to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await _db.DuplicateDismissals.AsNoTracking()
            .Where(d => d.UserId == userId && (d.FirstId == from || d.SecondId == from || d.FirstId == to || d.SecondId == to))
            .Select(d => new { d.FirstId, d.SecondId }).ToListAsync(cancellationToken);
        var have = existing.Select(d => (d.FirstId, d.SecondId)).ToHashSet();
        var copied = new List<Guid>();
        foreach (var partner in existing.Where(d => d.FirstId == from || d.SecondId == from).Select(d => d.FirstId == from ? d.SecondId : d.FirstId).Distinct())
        {
            var pair = DuplicateRules.PairOf(to, partner);
            if (partner == to || !have.Add(pair))
            {
                continue;
            }
            var copy = new DuplicateDismissal { Id = Guid.CreateVersion7(now), UserId = userId, FirstId = pair.First, SecondId = pair.Second, CreatedAt = now };
            _db.DuplicateDismissals.Add(copy);
            copied.Add(copy.Id);
        }
        return copied;
    }

    /// <summary>An application's status before a merge: set by a person when the last entry that set it was a person's move.</summary>
    private static MergeSide SideOf(Application application)
    {
        var setter = application.History.Where(h => h.To == application.Status).MaxBy(h => h.At);
        return new(application.Status, application.StatusSetAt, setter is { Cause: TransitionCause.Manual, From: not null });
    }

    private void Forget<T>(Func<T, bool> stale) where T : class
    {
        foreach (var entry in _db.ChangeTracker.Entries<T>().Where(e => stale(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
