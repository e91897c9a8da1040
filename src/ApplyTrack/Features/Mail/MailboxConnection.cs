namespace ApplyTrack.Features.Mail;

public enum MailProvider
{
    Outlook,
    Gmail,
    Imap,
}

public enum ConnectionStatus
{
    Active,
    Syncing,
    Disconnected,
    AuthenticationRequired,
}

/// <summary>One mailbox a user connected. Credentials are stored encrypted (<see cref="MetadataCipher"/>).</summary>
public sealed class MailboxConnection
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public MailProvider Provider { get; set; }

    /// <summary>The mailbox's own address, shown on the integrations page.</summary>
    public required string AccountEmail { get; set; }

    /// <summary>The provider's stable id for the account (MSAL home account id, Google subject, IMAP user@host).</summary>
    public required string AccountId { get; set; }

    public ConnectionStatus Status { get; set; }

    /// <summary>Why the status is what it is, in words for the user ("Microsoft says the sign-in expired.").</summary>
    public string? StatusDetail { get; set; }

    /// <summary>Since when every sync has failed (null after a successful one): the connection shows "Sync failing", not Active.</summary>
    public DateTimeOffset? SyncFailingSince { get; set; }

    /// <summary>Encrypted provider credentials: the MSAL token cache, Google tokens, or the IMAP secret. Null once disconnected.</summary>
    public byte[]? Credentials { get; set; }

    /// <summary>Monitored folders (provider ids or well-known names), comma-separated. Inbox by default.</summary>
    public string Folders { get; set; } = "inbox";

    public int HistoryDays { get; set; } = 30;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSuccessfulSyncAt { get; set; }

    /// <summary>When the poller should sync next; null means "as soon as possible".</summary>
    public DateTimeOffset? NextSyncAt { get; set; }

    /// <summary>Row lease: the instance syncing this connection and until when (a dead instance's lease simply runs out).</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    public List<FolderCursor> Cursors { get; set; } = [];

    public IReadOnlyList<string> FolderList => Folders.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string SourceName => $"{Provider.ToString().ToLowerInvariant()}:{AccountEmail}";

    public static MailboxConnection Create(string userId, MailProvider provider, string accountId, string accountEmail, int historyDays, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserId = userId,
        Provider = provider,
        AccountId = accountId,
        AccountEmail = accountEmail,
        CreatedAt = now,
        HistoryDays = historyDays,
    };

    /// <summary>
    /// How long the poller leaves a just-(re)connected mailbox to the sync its connect request queued: only if that
    /// request was lost with its instance does the poller take over. Without it the poller and the connect request
    /// both queue a first sync, and the second one swallows the next push notification.
    /// </summary>
    public static readonly TimeSpan ConnectedSyncGrace = TimeSpan.FromMinutes(1);

    /// <summary>
    /// (Re)connected with fresh credentials: active, no stale lease, its first sync queued by the caller (the poller
    /// is the safety net after <see cref="ConnectedSyncGrace"/>). Cursors are kept, so a reconnect resumes where the
    /// last sync stopped.
    /// </summary>
    public void Activate(byte[] encryptedCredentials, DateTimeOffset now)
    {
        Credentials = encryptedCredentials;
        Status = ConnectionStatus.Active;
        StatusDetail = null;
        SyncFailingSince = null;
        NextSyncAt = now + ConnectedSyncGrace;
        LeaseOwner = null;
        LeaseUntil = null;
    }
}

/// <summary>
/// Where the sync of one folder stands, and the folder's push subscription. The <see cref="Checkpoint"/> belongs to the
/// connection's provider (Outlook: its delta and backfill links; Gmail: history id and page token; IMAP: UIDVALIDITY, last
/// UID and MODSEQ); nothing else reads it.
/// </summary>
public sealed class FolderCursor
{
    public Guid Id { get; set; }
    public Guid ConnectionId { get; set; }
    public required string Folder { get; set; }

    /// <summary>The provider's opaque resume position, saved with each page's mail; null before the first round.</summary>
    public string? Checkpoint { get; set; }
    public DateTimeOffset? RoundStartedAt { get; set; }

    /// <summary>What kind of push covers this folder; null when it is polled only.</summary>
    public Providers.PushKind? Push { get; set; }

    /// <summary>The provider's id of the push subscription, where it gives one (a Graph subscription id; a Gmail watch has none).</summary>
    public string? SubscriptionId { get; set; }
    public DateTimeOffset? SubscriptionExpiresAt { get; set; }
    public string? ClientState { get; set; }

    /// <summary>Forgets the push subscription (after stopping it at the provider, or when the provider dropped it).</summary>
    public void ClearPush()
    {
        Push = null;
        SubscriptionId = null;
        SubscriptionExpiresAt = null;
        ClientState = null;
    }
}

/// <summary>One sync of one connection, for the integrations page's sync history.</summary>
public sealed class SyncRun
{
    public Guid Id { get; set; }
    public Guid ConnectionId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public SyncTrigger Trigger { get; set; }
    public int MessagesSeen { get; set; }
    public int JobEvents { get; set; }
    public int Errors { get; set; }
    public SyncOutcome Outcome { get; set; } = SyncOutcome.Running;
    public string? Detail { get; set; }
}

/// <summary>
/// An admin-consent link handed to a person whose Microsoft 365 organisation requires an administrator's approval:
/// its <c>state</c>, who asked, and (once the administrator approved) when and for which tenant.
/// </summary>
public sealed class AdminConsentRequest
{
    public required string State { get; set; }
    public required string UserId { get; set; }
    public required string RedirectUri { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? GrantedAt { get; set; }

    /// <summary>As reported on the redirect; Microsoft warns it can be forged, so it is shown, never used to authorize anything.</summary>
    public string? GrantedTenant { get; set; }
}

/// <summary>A pending authorization: the OAuth <c>state</c>, bound to the ApplyTrack user who started it. Single use.</summary>
public sealed class PendingAuthorization
{
    public required string State { get; set; }
    public required string UserId { get; set; }
    public MailProvider Provider { get; set; }
    public required byte[] CodeVerifier { get; set; }
    public required string RedirectUri { get; set; }

    /// <summary>The account the person said they would sign in with, if any: tells a work account from a personal one when consent fails.</summary>
    public string? LoginHint { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
