using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Duplicates;

/// <summary>One side of a possible duplicate, as a card shows it.</summary>
public sealed record DuplicateCard(Guid Id, string Company, string Role, ApplicationStatus Status, string Source, DateTimeOffset LastActivityAt);

/// <summary>Two applications that look like one job, ids ordered (<see cref="DuplicateRules.PairOf"/>).</summary>
public sealed record DuplicatePair(DuplicateCard First, DuplicateCard Second, DuplicateReason Reason)
{
    public DuplicateCard Other(Guid id) => First.Id == id ? Second : First;

    public bool Involves(Guid id) => First.Id == id || Second.Id == id;
}

/// <summary>
/// Finds a person's possible duplicates (<see cref="DuplicateRules"/>) without comparing every card with every other:
/// cards are grouped by their employer key first and only cards of one group are compared (a group is capped at
/// <see cref="MaxGroup"/> most recent cards), and conversations shared by two applications come from one grouped query.
/// Dismissed pairs are left out; nothing at all when the person turned detection off.
/// </summary>
public sealed class DuplicateFinder(ApplyTrackDbContext db)
{
    /// <summary>More cards than this for one employer are not a duplicate problem but a job search there: the newest are compared.</summary>
    public const int MaxGroup = 100;

    public async Task<bool> EnabledAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => (bool?)u.DuplicateDetection).SingleOrDefaultAsync(cancellationToken) ?? false;

    /// <summary>The possible duplicates among the person's applications, most recently active first.</summary>
    public async Task<List<DuplicatePair>> FindAsync(string userId, CancellationToken cancellationToken)
    {
        if (!await EnabledAsync(userId, cancellationToken))
        {
            return [];
        }
        var cards = await db.Applications.AsNoTracking().Where(a => a.UserId == userId)
            .OrderByDescending(a => a.LastActivityAt)
            .Select(a => new DuplicateCard(a.Id, a.Company, a.Role, a.Status, a.Source, a.LastActivityAt))
            .ToListAsync(cancellationToken);
        if (cards.Count < 2)
        {
            return [];
        }
        var byId = cards.ToDictionary(c => c.Id);
        var sharedThreads = await SharedThreadsAsync(userId, cancellationToken);
        var dismissed = (await db.DuplicateDismissals.AsNoTracking().Where(d => d.UserId == userId)
                .Select(d => new { d.FirstId, d.SecondId }).ToListAsync(cancellationToken))
            .Select(d => (d.FirstId, d.SecondId)).ToHashSet();

        var pairs = new Dictionary<(Guid, Guid), DuplicatePair>();
        void Consider(DuplicateCard a, DuplicateCard b, bool shareThread)
        {
            var key = DuplicateRules.PairOf(a.Id, b.Id);
            if (pairs.ContainsKey(key) || dismissed.Contains(key))
            {
                return;
            }
            var reason = DuplicateRules.Decide(Candidate(a), Candidate(b), shareThread);
            if (reason is { } found)
            {
                pairs[key] = new DuplicatePair(byId[key.Item1], byId[key.Item2], found);
            }
        }

        foreach (var (a, b) in sharedThreads)
        {
            if (byId.TryGetValue(a, out var first) && byId.TryGetValue(b, out var second))
            {
                Consider(first, second, shareThread: true);
            }
        }
        foreach (var group in cards.GroupBy(c => DuplicateRules.EmployerKey(c.Company)).Where(g => g.Key.Length > 0))
        {
            var members = group.Take(MaxGroup).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    Consider(members[i], members[j], shareThread: false);
                }
            }
        }
        return [.. pairs.Values.OrderByDescending(p => Max(p.First.LastActivityAt, p.Second.LastActivityAt))];
    }

    /// <summary>The possible duplicates of one application.</summary>
    public async Task<List<DuplicatePair>> FindForAsync(string userId, Guid applicationId, CancellationToken cancellationToken) =>
        [.. (await FindAsync(userId, cancellationToken)).Where(p => p.Involves(applicationId))];

    /// <summary>
    /// Pairs of applications holding emails of one conversation: the same thread id on both (a thread split by a
    /// correction, or two mailboxes of one provider), or an email whose thread is rooted at another application's email
    /// (an IMAP mailbox threads by References, whose root is another mailbox's Message-ID).
    /// </summary>
    private async Task<HashSet<(Guid, Guid)>> SharedThreadsAsync(string userId, CancellationToken cancellationToken)
    {
        // Plain indexed reads, grouped here: a GROUP BY … HAVING or a self-join took seconds on SQLite for a large board.
        var mail = db.MailEvents.AsNoTracking().Where(e => e.UserId == userId && e.ApplicationId != null && e.ThreadId != null);
        var threads = await mail.Select(e => new { e.ThreadId, ApplicationId = e.ApplicationId!.Value }).Distinct().ToListAsync(cancellationToken);
        var sameThread = threads.GroupBy(t => t.ThreadId).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        // IMAP threads by References: such a thread id is a Message-ID ("<…>") that another mailbox may hold.
        var rootIds = threads.Where(t => t.ThreadId!.StartsWith('<')).Select(t => t.ThreadId!).Distinct().ToList();
        var roots = rootIds.Count == 0 ? [] : await db.MailEvents.AsNoTracking()
            .Where(e => e.UserId == userId && e.ApplicationId != null && rootIds.Contains(e.InternetMessageId!))
            .Select(e => new { e.InternetMessageId, ApplicationId = e.ApplicationId!.Value })
            .ToListAsync(cancellationToken);
        var rooted = (from reply in threads
                      join root in roots on reply.ThreadId equals root.InternetMessageId
                      where reply.ApplicationId != root.ApplicationId
                      select new { A = reply.ApplicationId, B = root.ApplicationId }).ToList();

        var pairs = new HashSet<(Guid, Guid)>();
        foreach (var thread in sameThread.GroupBy(r => r.ThreadId))
        {
            var ids = thread.Select(r => r.ApplicationId).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    pairs.Add(DuplicateRules.PairOf(ids[i], ids[j]));
                }
            }
        }
        foreach (var link in rooted)
        {
            pairs.Add(DuplicateRules.PairOf(link.A, link.B));
        }
        return pairs;
    }

    private static DuplicateCandidate Candidate(DuplicateCard card) => new(card.Id, card.Company, card.Role, card.Source);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
