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

public sealed class SyncContext(MailboxConnection connection, SyncRun run, SyncTrigger trigger)
{
    public MailboxConnection Connection { get; } = connection;
    public SyncRun Run { get; } = run;
    public SyncTrigger Trigger { get; } = trigger;

    /// <summary>The owner's plan: push, folders and history depth depend on it.</summary>
    public Accounts.Plan Plan { get; init; }
}
