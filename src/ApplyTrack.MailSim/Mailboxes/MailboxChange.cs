namespace ApplyTrack.MailSim.Mailboxes;

public enum MailboxChangeKind
{
    Added,

    /// <summary>A property changed in place (read state, categories).</summary>
    Updated,

    /// <summary>The message went to another folder; its Graph <see cref="MailMessage.Id"/> changed, its immutable id did not.</summary>
    Moved,

    /// <summary>Permanently removed (Graph hard delete, Gmail `messagesDeleted`).</summary>
    Deleted,
}

/// <summary>
/// One entry of a mailbox's change log. <paramref name="Sequence"/> is monotonic per mailbox (1, 2, 3, … with no gaps);
/// <paramref name="Before"/> is null for <see cref="MailboxChangeKind.Added"/>, <paramref name="After"/> is null for
/// <see cref="MailboxChangeKind.Deleted"/>.
/// </summary>
public sealed record MailboxChange(
    string MailboxId,
    long Sequence,
    MailboxChangeKind Kind,
    DateTimeOffset At,
    MailMessage? Before,
    MailMessage? After)
{
    /// <summary>The message as it is after the change, or as it was before a delete.</summary>
    public MailMessage Message => After ?? Before!;

    /// <summary>True when the change concerns <paramref name="folderId"/> before or after.</summary>
    public bool Touches(string folderId) => Before?.FolderId == folderId || After?.FolderId == folderId;
}
