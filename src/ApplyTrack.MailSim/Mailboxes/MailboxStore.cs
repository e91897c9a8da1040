using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApplyTrack.MailSim.Mailboxes;

/// <summary>
/// The sandbox's users and their mailboxes, in memory, shared by every protocol the sandbox speaks.
/// </summary>
/// <remarks>
/// <para>
/// Model: one <see cref="Mailbox"/> per <see cref="MailUser"/> (keyed by object id, found by email too), holding a Graph-shaped
/// folder tree (<see cref="WellKnownFolder"/>), immutable <see cref="MailMessage"/> records and a change log whose
/// <see cref="MailboxChange.Sequence"/> runs 1, 2, 3, … per mailbox. Every mutation (add, move, read flag, categories,
/// delete) goes through <see cref="Mailbox"/>, appends one <see cref="MailboxChange"/> and then raises <see cref="Changed"/>
/// outside the mailbox lock. Time comes from <see cref="Time"/> (the sandbox clock, movable through `/_emu/clock`).
/// </para>
/// <para>
/// How the Google part hooks in (no changes to this folder should be needed):
/// <list type="bullet">
/// <item>Gmail message id: <c>message.Number.ToString("x16")</c> (stable across moves); thread id: derive it from
/// <see cref="MailMessage.ConversationId"/> (e.g. a stable hash to 16 hex digits) so Graph conversations and Gmail threads agree.</item>
/// <item>Labels map onto state: the folder's <see cref="MailFolder.WellKnownName"/> gives the system label (inbox → INBOX,
/// sentitems → SENT, drafts → DRAFT, junkemail → SPAM, deleteditems → TRASH), other folders are user labels
/// (<c>Label_…</c> from the folder id), <c>!IsRead</c> → UNREAD, <see cref="MailMessage.Categories"/> carry extra labels
/// such as STARRED or IMPORTANT. Label changes from Gmail become <see cref="Mailbox.Move"/>, <see cref="Mailbox.SetRead"/>
/// and <see cref="Mailbox.SetCategories"/>.</item>
/// <item>History: read <see cref="Mailbox.ChangesSince"/>; Added → messagesAdded, Deleted → messagesDeleted,
/// Moved/Updated → labelsAdded/labelsRemoved computed from <see cref="MailboxChange.Before"/> vs <see cref="MailboxChange.After"/>.
/// A Gmail historyId can be any strictly increasing, gapped function of the sequence (e.g. <c>1000 + seq * 7 + hash % 5</c>).
/// Snapshots in the log carry no bodies; fetch the current message with <see cref="Mailbox.FindMessage"/>.</item>
/// <item>Hosting: implement <c>ApplyTrack.MailSim.Hosting.ISandboxFeature</c> in <c>Google/</c>; <see cref="MailSandbox"/> discovers
/// it, calls <c>AddServices</c> then <c>Map</c> (routes share the HTTP and HTTPS listeners with Microsoft's).</item>
/// <item>Push: subscribe to <see cref="Changed"/> (keep handlers quick: write to a bounded channel, deliver from a background
/// service, as the Graph subscriptions do). Consent grants are per client id via <see cref="Mailbox.GrantConsent"/>.</item>
/// </list>
/// </para>
/// </remarks>
public sealed class MailboxStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Mailbox> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Mailbox> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private long _version;

    public TimeProvider Time { get; } = time;

    /// <summary>Raised after every message mutation, outside any lock, on the mutating thread.</summary>
    public event Action<MailboxChange>? Changed;

    /// <summary>Raised when a mailbox is created.</summary>
    public event Action<Mailbox>? MailboxCreated;

    /// <summary>Increments on every change, including consent and user edits; the state file saver watches it.</summary>
    public long Version => Interlocked.Read(ref _version);

    public IReadOnlyList<Mailbox> Mailboxes
    {
        get { lock (_gate) return [.. _byId.Values.OrderBy(m => m.User.CreatedDateTime).ThenBy(m => m.User.Email)]; }
    }

    /// <summary>Finds a mailbox by user object id or email address.</summary>
    public Mailbox? Find(string idOrEmail)
    {
        lock (_gate) return _byId.GetValueOrDefault(idOrEmail) ?? _byEmail.GetValueOrDefault(idOrEmail);
    }

    /// <summary>Returns the mailbox for <paramref name="email"/>, creating an empty one (default folder tree) when absent.</summary>
    public Mailbox GetOrCreate(string email, string? displayName = null)
    {
        Mailbox mailbox;
        lock (_gate)
        {
            if (_byEmail.TryGetValue(email, out var existing)) return existing;
            var user = new MailUser(Guid.NewGuid().ToString(), email.Trim(), displayName ?? DisplayNameFor(email), TenantFor(email), Time.GetUtcNow());
            mailbox = new Mailbox(this, user);
            mailbox.CreateDefaultFolders();
            _byId[user.Id] = mailbox;
            _byEmail[user.Email] = mailbox;
        }
        MarkIdentityChanged();
        MailboxCreated?.Invoke(mailbox);
        return mailbox;
    }

    internal void Announce(MailboxChange change)
    {
        MarkDirty();
        Changed?.Invoke(change);
    }

    internal void MarkDirty() => Interlocked.Increment(ref _version);

    /// <summary>
    /// An identity change (an account, a consent, a revocation): a real service never forgets one, so the state file is
    /// written at once rather than at the next periodic save — an app stopped or killed a second after consent still
    /// finds the grant when the sandbox starts again.
    /// </summary>
    internal void MarkIdentityChanged()
    {
        MarkDirty();
        if (_identityChanged.CurrentCount == 0)
        {
            try
            {
                _identityChanged.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another change already asked for the save.
            }
        }
    }

    /// <summary>Completes when an identity change waits to be saved (see <see cref="MarkIdentityChanged"/>).</summary>
    internal Task WaitForIdentityChangeAsync(CancellationToken cancellationToken) => _identityChanged.WaitAsync(cancellationToken);

    private readonly SemaphoreSlim _identityChanged = new(0, 1);

    /// <summary>Consumer domains get the personal-account tenant, everything else the sandbox's work tenant.</summary>
    private static string TenantFor(string email) =>
        email.EndsWith("@outlook.com", StringComparison.OrdinalIgnoreCase)
        || email.EndsWith("@hotmail.com", StringComparison.OrdinalIgnoreCase)
        || email.EndsWith("@live.com", StringComparison.OrdinalIgnoreCase)
            ? MailUser.ConsumerTenantId
            : MailUser.SandboxTenantId;

    private static string DisplayNameFor(string email)
    {
        var local = email.Split('@')[0];
        return string.Join(' ', local.Split('.', '_', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Snapshot of every mailbox for the state file.</summary>
    public IReadOnlyList<MailboxState> Export() => [.. Mailboxes.Select(m => m.Export())];

    /// <summary>Replaces nothing: adds the mailboxes of a saved snapshot (call on an empty store at start-up).</summary>
    public void Import(IEnumerable<MailboxState> states)
    {
        foreach (var state in states)
        {
            var mailbox = new Mailbox(this, state.User);
            mailbox.Import(state);
            lock (_gate)
            {
                _byId[state.User.Id] = mailbox;
                _byEmail[state.User.Email] = mailbox;
            }
        }
    }
}
