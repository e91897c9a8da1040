using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Providers;

/// <summary>
/// What ApplyTrack needs from a mail provider (Outlook, Gmail, IMAP, …). The generic parts — <see cref="SyncRunner"/>,
/// the connections API and pages, disconnect and reconnect — only ever talk to this contract; each provider lives in its
/// own folder and registers itself with <see cref="MailProviderRegistration.AddMailProvider{T}"/>.
/// <para>
/// Each provider owns the meaning of <see cref="FolderCursor.Checkpoint"/> (an opaque resume position per folder) and of
/// its push: what it writes to <see cref="FolderCursor.Push"/>. Errors leave the contract as <see cref="MailProviderException"/>
/// (through <see cref="Translate"/>), never as an SDK's own exception.
/// </para>
/// </summary>
public interface IMailProvider
{
    MailProvider Provider { get; }

    /// <summary>Folder ids never read whatever a person chooses (junk, drafts, sent, deleted). IMAP also decides by SPECIAL-USE flags at sync time.</summary>
    IReadOnlySet<string> NeverMonitored { get; }

    /// <summary>Brings the connection's monitored folders up to date from their checkpoints, committing each page with its checkpoint.</summary>
    Task SyncAsync(SyncContext context, CancellationToken cancellationToken);

    /// <summary>Subscribes the monitored folders to push, or renews a subscription close to its expiry; drops folders no longer monitored.</summary>
    Task EnsurePushAsync(SyncContext context, CancellationToken cancellationToken);

    /// <summary>Stops push at the provider (best effort) and forgets it on the cursors.</summary>
    Task StopPushAsync(MailboxConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Which of these connections (all of this provider, with their cursors loaded) receive new mail by push right now — a live
    /// subscription, watch or IDLE session — on any instance of the cluster, not only this one.
    /// </summary>
    Task<IReadOnlySet<Guid>> PushOnAsync(IReadOnlyCollection<MailboxConnection> connections, CancellationToken cancellationToken);

    /// <summary>Best-effort clean-up at the provider when the user disconnects (push, token revocation).</summary>
    Task DisconnectAsync(MailboxConnection connection, CancellationToken cancellationToken);

    /// <summary>Where the person's browser goes to give this mailbox fresh credentials (a consent page or a prefilled form).</summary>
    Task<string> StartReconnectAsync(MailboxConnection connection, HttpRequest request, CancellationToken cancellationToken);

    /// <summary>The mailbox's folders (id and display name) a Premium user may choose to monitor.</summary>
    Task<IReadOnlyList<MailFolderChoice>> ListFoldersAsync(MailboxConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// One message again by the id a sync stored (<see cref="IncomingMail.ProviderMessageId"/>), read-only, for a report the person
    /// opted in to; null when the mailbox no longer has it.
    /// </summary>
    Task<IncomingMail?> ReadMessageAsync(MailboxConnection connection, string providerMessageId, CancellationToken cancellationToken);

    /// <summary>The provider-neutral meaning of one of this provider's exceptions; null when it is not the provider's (a bug, a database error).</summary>
    MailProviderException? Translate(Exception error);

    /// <summary>Something about the connection a person should know that is not an error.</summary>
    string? Notice(MailboxConnection connection) => null;
}
