namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// One message as a provider delivered it, held in memory only for as long as it takes to classify it.
/// The body is never stored or logged.
/// </summary>
public sealed record IncomingMail(
    string ProviderMessageId,
    string? InternetMessageId,
    string? ThreadId,
    string? Folder,
    string? FromName,
    string? FromAddress,
    string? To,
    string? Subject,
    string? Body,
    DateTimeOffset ReceivedAt)
{
    public string Sender => string.IsNullOrWhiteSpace(FromName) ? FromAddress ?? "" : $"{FromName} <{FromAddress}>";
}

/// <summary>One folder (Outlook), label (Gmail) or mailbox (IMAP) a person may choose to monitor.</summary>
/// <param name="Name">The folder's own name ("Recruiters"), not its path.</param>
/// <param name="ParentId">The id of the folder it sits in, among the same listing; null at the top.</param>
/// <param name="Selectable">False for a container that holds folders but no mail of its own (IMAP <c>\Noselect</c>).</param>
public sealed record MailFolderChoice(string Id, string Name, string? ParentId = null, bool Selectable = true);

/// <summary>What one provider-specific synchronizer does: bring a connection's monitored folders up to date.</summary>
public interface IMailboxSynchronizer
{
    MailProvider Provider { get; }

    Task SyncAsync(SyncContext context, CancellationToken cancellationToken);

    /// <summary>Best-effort clean-up at the provider when the user disconnects (subscriptions, token revocation).</summary>
    Task DisconnectAsync(MailboxConnection connection, CancellationToken cancellationToken);

    /// <summary>The mailbox's folders (id and display name) a Premium user may choose to monitor.</summary>
    Task<IReadOnlyList<MailFolderChoice>> ListFoldersAsync(MailboxConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailFolderChoice>>([new("inbox", "Inbox")]);
}

public sealed class SyncContext(MailboxConnection connection, SyncRun run, string trigger)
{
    public MailboxConnection Connection { get; } = connection;
    public SyncRun Run { get; } = run;
    public string Trigger { get; } = trigger;

    /// <summary>Applications touched in this sync, to notify open boards once at the end.</summary>
    public HashSet<Guid> ChangedApplications { get; } = [];

    /// <summary>The owner's plan: push, folders and history depth depend on it.</summary>
    public Accounts.Plan Plan { get; init; }

    /// <summary>What this sync knows of the user's pipeline (built once, kept current).</summary>
    public MatchIndex Index { get; } = new(connection.UserId, connection.Id);
}
