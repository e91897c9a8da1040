using System.Security.Cryptography;

namespace ApplyTrack.MailSim.Mailboxes;

/// <summary>
/// One user's mailbox: folder tree, messages, change log and consent grants, all guarded by one lock.
/// Mutations append to the change log and are announced through <see cref="MailboxStore.Changed"/> after the lock is released.
/// </summary>
public sealed class Mailbox
{
    private readonly Lock _gate = new();
    private readonly MailboxStore _store;
    private readonly List<MailFolder> _folders = [];
    private readonly Dictionary<string, MailMessage> _messagesByImmutableId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _immutableIdByRestId = new(StringComparer.Ordinal);
    private readonly List<MailboxChange> _changes = [];
    private readonly Dictionary<string, HashSet<string>> _consents = new(StringComparer.OrdinalIgnoreCase);
    private long _sequence;
    private DateTimeOffset? _sessionsRevokedAt;
    private long _nextNumber = 1;

    internal Mailbox(MailboxStore store, MailUser user)
    {
        _store = store;
        User = user;
    }

    public MailUser User { get; private set; }

    public string Id => User.Id;

    /// <summary>Sequence number of the newest change (0 when nothing happened yet).</summary>
    public long CurrentSequence { get { lock (_gate) return _sequence; } }

    /// <summary>When a "revoke sign-in sessions" happened; refresh tokens issued before it are dead.</summary>
    public DateTimeOffset? SessionsRevokedAt
    {
        get { lock (_gate) return _sessionsRevokedAt; }
        private set => _sessionsRevokedAt = value;
    }

    public IReadOnlyList<MailFolder> Folders { get { lock (_gate) return [.. _folders]; } }

    public MailFolder Root => FindFolder(WellKnownFolder.Root)!;

    /// <summary>Finds a folder by id or by well-known name (case-insensitive), e.g. `inbox` or `SentItems`.</summary>
    public MailFolder? FindFolder(string idOrWellKnownName)
    {
        lock (_gate)
        {
            return _folders.Find(f => f.Id == idOrWellKnownName)
                ?? _folders.Find(f => string.Equals(f.WellKnownName, idOrWellKnownName, StringComparison.OrdinalIgnoreCase));
        }
    }

    public IReadOnlyList<MailFolder> ChildFolders(string parentFolderId)
    {
        lock (_gate) return [.. _folders.Where(f => f.ParentFolderId == parentFolderId)];
    }

    public MailFolder AddFolder(string displayName, string parentIdOrWellKnownName = WellKnownFolder.Root, bool isHidden = false)
    {
        var parent = FindFolder(parentIdOrWellKnownName) ?? throw new MailboxItemNotFoundException($"No folder '{parentIdOrWellKnownName}'.");
        lock (_gate)
        {
            var existing = _folders.Find(f => f.ParentFolderId == parent.Id && string.Equals(f.DisplayName, displayName, StringComparison.OrdinalIgnoreCase));
            if (existing is not null) return existing;
            var folder = new MailFolder(NewId("AQMkAD"), displayName, parent.Id, null, isHidden);
            _folders.Add(folder);
            return folder;
        }
    }

    /// <summary>Messages of one folder (or the whole mailbox), newest first.</summary>
    public IReadOnlyList<MailMessage> Messages(string? folderId = null)
    {
        lock (_gate)
        {
            return [.. _messagesByImmutableId.Values
                .Where(m => folderId is null || m.FolderId == folderId)
                .OrderByDescending(m => m.ReceivedDateTime).ThenByDescending(m => m.Number)];
        }
    }

    public int CountMessages(string folderId, bool unreadOnly = false)
    {
        lock (_gate) return _messagesByImmutableId.Values.Count(m => m.FolderId == folderId && (!unreadOnly || !m.IsRead));
    }

    /// <summary>Finds a message by its current REST id or its immutable id.</summary>
    public MailMessage? FindMessage(string id)
    {
        lock (_gate) return FindLocked(id);
    }

    public MailMessage Add(NewMailMessage message, string folderIdOrWellKnownName = WellKnownFolder.Inbox)
    {
        var folder = FindFolder(folderIdOrWellKnownName) ?? throw new MailboxItemNotFoundException($"No folder '{folderIdOrWellKnownName}'.");
        var now = _store.Time.GetUtcNow();
        var received = Truncate(message.ReceivedDateTime ?? now);
        MailboxChange change;
        lock (_gate)
        {
            var number = _nextNumber++;
            var stored = new MailMessage
            {
                Id = NewId("AAMkAD"),
                ImmutableId = NewId("AAkALg"),
                Number = number,
                FolderId = folder.Id,
                InternetMessageId = message.InternetMessageId ?? $"<{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.{number}@sandbox.applytrack.local>",
                ConversationId = message.ConversationId ?? NewId("AAQkAD"),
                From = message.From,
                To = message.To.Count > 0 ? message.To : [new MailAddress(User.Email, User.DisplayName)],
                Cc = message.Cc,
                Subject = message.Subject,
                TextBody = message.TextBody,
                HtmlBody = message.HtmlBody,
                ReceivedDateTime = received,
                SentDateTime = Truncate(message.SentDateTime ?? received.AddSeconds(-Random.Shared.Next(2, 40))),
                CreatedDateTime = received,
                LastModifiedDateTime = received,
                IsRead = message.IsRead,
                Categories = message.Categories,
                Importance = message.Importance,
            };
            change = AppendLocked(MailboxChangeKind.Added, null, stored, now);
        }
        _store.Announce(change);
        return change.After!;
    }

    /// <summary>Moves a message; it gets a new REST id (the immutable id stays).</summary>
    public MailMessage Move(string messageId, string destinationIdOrWellKnownName)
    {
        var destination = FindFolder(destinationIdOrWellKnownName) ?? throw new MailboxItemNotFoundException($"No folder '{destinationIdOrWellKnownName}'.");
        return Mutate(messageId, m => m.FolderId == destination.Id ? null : m with { FolderId = destination.Id, Id = NewId("AAMkAD") }, MailboxChangeKind.Moved);
    }

    public MailMessage SetRead(string messageId, bool isRead) =>
        Mutate(messageId, m => m.IsRead == isRead ? null : m with { IsRead = isRead }, MailboxChangeKind.Updated);

    public MailMessage SetCategories(string messageId, IReadOnlyList<string> categories) =>
        Mutate(messageId, m => m.Categories.SequenceEqual(categories) ? null : m with { Categories = categories }, MailboxChangeKind.Updated);

    /// <summary>Permanently deletes a message (to "delete" like a user does, <see cref="Move"/> it to Deleted Items).</summary>
    public void Delete(string messageId)
    {
        var now = _store.Time.GetUtcNow();
        MailboxChange change;
        lock (_gate)
        {
            var message = FindLocked(messageId) ?? throw new MailboxItemNotFoundException($"No message '{messageId}'.");
            change = AppendLocked(MailboxChangeKind.Deleted, message, null, now);
        }
        _store.Announce(change);
    }

    /// <summary>Changes after <paramref name="afterSequence"/>, oldest first.</summary>
    public IReadOnlyList<MailboxChange> ChangesSince(long afterSequence, long? upToSequence = null)
    {
        lock (_gate)
        {
            var last = Math.Min(upToSequence ?? _sequence, _sequence);
            // Sequences are 1-based and gapless, so the log index is sequence - 1.
            var start = (int)Math.Max(afterSequence, 0);
            var end = (int)last;
            return start >= end ? [] : _changes.GetRange(start, end - start);
        }
    }

    public IReadOnlySet<string> ConsentedScopes(string clientId)
    {
        lock (_gate) return _consents.TryGetValue(clientId, out var scopes) ? new HashSet<string>(scopes, StringComparer.OrdinalIgnoreCase) : new HashSet<string>();
    }

    public void GrantConsent(string clientId, IEnumerable<string> scopes)
    {
        lock (_gate)
        {
            if (!_consents.TryGetValue(clientId, out var granted))
                _consents[clientId] = granted = new(StringComparer.OrdinalIgnoreCase);
            granted.UnionWith(scopes);
        }
        _store.MarkIdentityChanged();
    }

    public void RevokeConsent(string clientId)
    {
        lock (_gate) _consents.Remove(clientId);
        _store.MarkIdentityChanged();
    }

    public void RevokeSignInSessions()
    {
        lock (_gate) SessionsRevokedAt = _store.Time.GetUtcNow();
        _store.MarkIdentityChanged();
    }

    public void Rename(string displayName)
    {
        lock (_gate) User = User with { DisplayName = displayName };
        _store.MarkDirty();
    }

    private MailMessage Mutate(string messageId, Func<MailMessage, MailMessage?> change, MailboxChangeKind kind)
    {
        var now = _store.Time.GetUtcNow();
        MailboxChange entry;
        lock (_gate)
        {
            var before = FindLocked(messageId) ?? throw new MailboxItemNotFoundException($"No message '{messageId}'.");
            var after = change(before);
            if (after is null) return before;
            entry = AppendLocked(kind, before, after with { LastModifiedDateTime = Truncate(now) }, now);
        }
        _store.Announce(entry);
        return entry.After!;
    }

    private MailMessage? FindLocked(string id) =>
        _messagesByImmutableId.TryGetValue(id, out var byImmutable) ? byImmutable
        : _immutableIdByRestId.TryGetValue(id, out var immutableId) ? _messagesByImmutableId[immutableId]
        : null;

    private MailboxChange AppendLocked(MailboxChangeKind kind, MailMessage? before, MailMessage? after, DateTimeOffset now)
    {
        var sequence = ++_sequence;
        if (before is not null)
        {
            _messagesByImmutableId.Remove(before.ImmutableId);
            _immutableIdByRestId.Remove(before.Id);
        }
        if (after is not null)
        {
            after = after with { Version = sequence };
            _messagesByImmutableId[after.ImmutableId] = after;
            _immutableIdByRestId[after.Id] = after.ImmutableId;
        }
        // The log keeps bodiless snapshots: consumers read ids, folders and flags from it and fetch bodies from the mailbox.
        var change = new MailboxChange(Id, sequence, kind, now, WithoutBody(before), WithoutBody(after));
        _changes.Add(change);
        return change with { After = after };
    }

    private static MailMessage? WithoutBody(MailMessage? message) => message is null ? null : message with { TextBody = null, HtmlBody = null };

    internal static string NewId(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_');

    // Graph serialises date-times to whole seconds; storing them that way keeps $filter comparisons exact.
    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    internal void CreateDefaultFolders()
    {
        lock (_gate)
        {
            var idsByName = new Dictionary<string, string>();
            foreach (var (name, displayName, parent, hidden) in WellKnownFolder.DefaultTree)
            {
                var folder = new MailFolder(NewId("AQMkAD"), displayName, parent is null ? null : idsByName[parent], name, hidden);
                _folders.Add(folder);
                if (name is not null) idsByName[name] = folder.Id;
            }
        }
    }

    internal MailboxState Export()
    {
        lock (_gate)
        {
            return new MailboxState(User, [.. _folders], [.. _messagesByImmutableId.Values.OrderBy(m => m.Number)], [.. _changes],
                _consents.ToDictionary(c => c.Key, c => c.Value.ToArray()), SessionsRevokedAt, _sequence, _nextNumber);
        }
    }

    internal void Import(MailboxState state)
    {
        lock (_gate)
        {
            User = state.User;
            _folders.AddRange(state.Folders);
            foreach (var message in state.Messages)
            {
                _messagesByImmutableId[message.ImmutableId] = message;
                _immutableIdByRestId[message.Id] = message.ImmutableId;
            }
            _changes.AddRange(state.Changes);
            foreach (var (clientId, scopes) in state.Consents)
                _consents[clientId] = new(scopes, StringComparer.OrdinalIgnoreCase);
            SessionsRevokedAt = state.SessionsRevokedAt;
            _sequence = state.Sequence;
            _nextNumber = state.NextNumber;
        }
    }
}

/// <summary>Serialisable form of a <see cref="Mailbox"/> for the state file.</summary>
public sealed record MailboxState(
    MailUser User,
    IReadOnlyList<MailFolder> Folders,
    IReadOnlyList<MailMessage> Messages,
    IReadOnlyList<MailboxChange> Changes,
    IReadOnlyDictionary<string, string[]> Consents,
    DateTimeOffset? SessionsRevokedAt,
    long Sequence,
    long NextNumber);

public sealed class MailboxItemNotFoundException(string message) : Exception(message);
