namespace ApplyTrack.MailSim.Mailboxes;

/// <summary>A name + address pair, the shape both Graph (`emailAddress`) and RFC 5322 headers carry.</summary>
public sealed record MailAddress(string Address, string? Name = null)
{
    public override string ToString() => string.IsNullOrEmpty(Name) ? Address : $"\"{Name}\" <{Address}>";
}

/// <summary>
/// One stored message. Immutable: every mutation replaces the record, so a reader can hold one without locks.
/// </summary>
public sealed record MailMessage
{
    /// <summary>Graph REST id. Changes when the message moves to another folder, as Exchange ids do.</summary>
    public required string Id { get; init; }

    /// <summary>Stable for the life of the message (Graph `Prefer: IdType="ImmutableId"`).</summary>
    public required string ImmutableId { get; init; }

    /// <summary>Per-mailbox creation number, never reused. Handy for compact provider ids (e.g. Gmail's hex ids).</summary>
    public required long Number { get; init; }

    public required string FolderId { get; init; }
    public required string InternetMessageId { get; init; }
    public required string ConversationId { get; init; }
    public required MailAddress From { get; init; }
    public IReadOnlyList<MailAddress> To { get; init; } = [];
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];
    public string Subject { get; init; } = "";
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public DateTimeOffset ReceivedDateTime { get; init; }
    public DateTimeOffset SentDateTime { get; init; }
    public DateTimeOffset CreatedDateTime { get; init; }
    public DateTimeOffset LastModifiedDateTime { get; init; }
    public bool IsRead { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string Importance { get; init; } = "normal";

    /// <summary>Sequence number of the last change that touched this message; drives etags and change keys.</summary>
    public long Version { get; init; }
}

/// <summary>What a caller supplies to add a message; the store fills in ids, folder and timestamps.</summary>
public sealed record NewMailMessage
{
    public required MailAddress From { get; init; }
    public IReadOnlyList<MailAddress> To { get; init; } = [];
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];
    public string Subject { get; init; } = "";
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }

    /// <summary>Defaults to the store's clock.</summary>
    public DateTimeOffset? ReceivedDateTime { get; init; }

    public DateTimeOffset? SentDateTime { get; init; }

    /// <summary>RFC 5322 Message-ID including angle brackets; generated when absent.</summary>
    public string? InternetMessageId { get; init; }

    /// <summary>Messages sharing this id form one conversation (Graph) / thread (Gmail); generated when absent.</summary>
    public string? ConversationId { get; init; }

    public bool IsRead { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string Importance { get; init; } = "normal";
}
