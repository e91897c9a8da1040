using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// What one sync knows about the user's pipeline, built once and kept current as emails are processed:
/// open applications by company, conversations already tied to an application, emails already stored
/// (per connection and by Internet message id), and emails waiting unmatched. Everything it hands out is
/// tracked by the sync's context, so changes are saved with the page's checkpoint. Scoped: a sync is one scope,
/// and <see cref="LoadAsync"/> binds the index to the connection being synced.
/// </summary>
public sealed class MatchIndex(ApplyTrackDbContext db, MetadataCipher cipher)
{
    private string _userId = "";
    private Guid _connectionId;
    private readonly Dictionary<string, List<Application>> _byCompany = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid?> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Application> _applications = [];
    private readonly HashSet<string> _internetIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _processed = new(StringComparer.Ordinal);
    private List<MailEvent>? _unmatched;
    private Corrections.CorrectionRules? _corrections;
    private bool _loaded;

    public async Task LoadAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        if (_loaded && _connectionId == connection.Id)
        {
            return;
        }
        (_userId, _connectionId) = (connection.UserId, connection.Id);
        _byCompany.Clear();
        _threads.Clear();
        _applications.Clear();
        _internetIds.Clear();
        _processed.Clear();
        (_unmatched, _corrections) = (null, null);
        var open = await db.Applications.Where(a => a.UserId == _userId && ApplicationKeys.Open.Contains(a.Status)).ToListAsync(cancellationToken);
        foreach (var application in open)
        {
            Add(application);
        }
        _loaded = true;
    }

    /// <summary>Message ids of this connection already stored, among the given ones (a page's worth).</summary>
    public async Task<HashSet<string>> AlreadyProcessedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var stored = await db.MailEvents.Where(e => e.ConnectionId == _connectionId && ids.Contains(e.ProviderMessageId))
            .Select(e => e.ProviderMessageId).ToListAsync(cancellationToken);
        return [.. stored, .. ids.Where(_processed.Contains)];
    }

    /// <summary>The same email (Internet message id) already stored for this user through any mailbox.</summary>
    public async Task<bool> IsKnownAsync(string internetMessageId, CancellationToken cancellationToken) =>
        _internetIds.Contains(internetMessageId)
        || await db.MailEvents.AnyAsync(e => e.UserId == _userId && e.InternetMessageId == internetMessageId, cancellationToken);

    /// <summary>
    /// A copy of this email (same original sender, subject and date — e.g. forwarded from another mailbox) already
    /// stored through another of the user's mailboxes. Within one mailbox, distinct Message-IDs are distinct emails.
    /// </summary>
    public async Task<bool> IsCopyFromAnotherMailboxAsync(string? fingerprint, DateTimeOffset? originalAt, CancellationToken cancellationToken)
    {
        if (fingerprint is null)
        {
            return false;
        }
        var stored = await db.MailEvents
            .Where(e => e.UserId == _userId && e.ConnectionId != _connectionId && e.Fingerprint == fingerprint)
            .Select(e => e.OriginalAt)
            .ToListAsync(cancellationToken);
        return stored.Any(at => OriginalMessage.SameMessage(at, originalAt));
    }

    public void Remember(MailEvent mailEvent)
    {
        _processed.Add(mailEvent.ProviderMessageId);
        if (mailEvent.InternetMessageId is { } internetId)
        {
            _internetIds.Add(internetId);
        }
        if (mailEvent.ThreadId is { } thread && mailEvent.ApplicationId is { } applicationId)
        {
            _threads[thread] = applicationId;
        }
        if (mailEvent.Outcome == MailEventOutcome.Unmatched)
        {
            _unmatched?.Add(mailEvent);
        }
    }

    /// <summary>What the user's corrections teach this sync (loaded once).</summary>
    public async Task<Corrections.CorrectionRules> CorrectionRulesAsync(CancellationToken cancellationToken) =>
        _corrections ??= await Corrections.CorrectionRules.LoadAsync(db, cipher, _userId, cancellationToken);

    public async Task<Application?> ApplicationOfThreadAsync(string threadId, CancellationToken cancellationToken)
    {
        // A thread the person assigned to an application stays with it.
        if ((await CorrectionRulesAsync(cancellationToken)).ApplicationOfThread(threadId) is { } assigned)
        {
            _threads[threadId] = assigned;
        }
        if (!_threads.TryGetValue(threadId, out var applicationId))
        {
            applicationId = await db.MailEvents
                .Where(e => e.UserId == _userId && e.ThreadId == threadId && e.ApplicationId != null)
                .OrderByDescending(e => e.ReceivedAt)
                .Select(e => e.ApplicationId)
                .FirstOrDefaultAsync(cancellationToken);
            _threads[threadId] = applicationId;
        }
        return applicationId is { } id ? await ApplicationAsync(id, cancellationToken) : null;
    }

    /// <summary>
    /// The application of the conversation an email belongs to, across the user's mailboxes. Outlook and Gmail name a
    /// conversation by their own id, an IMAP mailbox by the Message-ID at the root of References: one recruiter thread
    /// that reached two mailboxes has two thread ids. Besides the same thread id, it is found through the stored Internet
    /// message ids: the email at the root of this email's thread, or emails whose thread is rooted at this email.
    /// Only ids already stored for deduplication are used.
    /// </summary>
    public async Task<Application?> ApplicationOfConversationAsync(string? threadId, string? internetMessageId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(threadId) && await ApplicationOfThreadAsync(threadId, cancellationToken) is { } byThread)
        {
            return byThread;
        }
        Guid? applicationId = null;
        if (threadId is ['<', ..] && threadId != internetMessageId)
        {
            // This email's thread is rooted at an email another mailbox stored (an IMAP reply to a message Outlook has).
            applicationId = await db.MailEvents
                .Where(e => e.UserId == _userId && e.InternetMessageId == threadId && e.ApplicationId != null)
                .OrderByDescending(e => e.ReceivedAt).Select(e => e.ApplicationId).FirstOrDefaultAsync(cancellationToken);
        }
        if (applicationId is null && !string.IsNullOrEmpty(internetMessageId) && internetMessageId != threadId)
        {
            // This email is the root of a thread another mailbox stored (Outlook gets the first email after IMAP had the reply).
            applicationId = await db.MailEvents
                .Where(e => e.UserId == _userId && e.ThreadId == internetMessageId && e.ApplicationId != null)
                .OrderByDescending(e => e.ReceivedAt).Select(e => e.ApplicationId).FirstOrDefaultAsync(cancellationToken);
        }
        if (applicationId is not { } id || await ApplicationAsync(id, cancellationToken) is not { } application)
        {
            return null;
        }
        if (!string.IsNullOrEmpty(threadId))
        {
            _threads[threadId] = id;
        }
        return application;
    }

    /// <summary>One of the user's applications by id (kept for the rest of the sync); null when it is not theirs or gone.</summary>
    public async Task<Application?> ApplicationAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!_applications.TryGetValue(id, out var application))
        {
            application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.UserId == _userId, cancellationToken);
            if (application is not null)
            {
                _applications[id] = application;
            }
        }
        return application;
    }

    public IReadOnlyList<Application> OpenApplicationsOf(string companyKey) =>
        _byCompany.TryGetValue(companyKey, out var list) ? list.Where(a => ApplicationKeys.Open.Contains(a.Status)).ToList() : [];

    public void Add(Application application)
    {
        _applications[application.Id] = application;
        var key = ApplicationKeys.NormalizeCompany(application.Company);
        if (!_byCompany.TryGetValue(key, out var list))
        {
            _byCompany[key] = list = [];
        }
        list.Add(application);
    }

    /// <summary>Emails of this user still waiting for an application, from the database once, then kept current.</summary>
    public async Task<List<MailEvent>> UnmatchedAsync(CancellationToken cancellationToken)
    {
        _unmatched ??= [.. (await db.MailEvents
                .Where(e => e.UserId == _userId && e.Outcome == MailEventOutcome.Unmatched && e.ApplicationId == null && e.Company != null)
                .ToListAsync(cancellationToken))
            .Concat(db.ChangeTracker.Entries<MailEvent>().Select(e => e.Entity)
                .Where(e => e.UserId == _userId && e.Outcome == MailEventOutcome.Unmatched && e.ApplicationId == null))
            .DistinctBy(e => e.Id)];
        return _unmatched;
    }
}
