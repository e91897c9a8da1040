using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Control;

/// <summary>
/// A message as `/_emu/mail` and seed files take it. `from`/`to`/`cc` accept `address` or `Name &lt;address&gt;`;
/// `body` is plain text, `html` the HTML part (either or both); `threadId` is an alias of `conversationId`.
/// </summary>
public sealed record MailInput
{
    public string? User { get; init; }
    public string? Folder { get; init; }
    public string? From { get; init; }
    public string? FromName { get; init; }
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<string>? Cc { get; init; }
    public string? Subject { get; init; }
    public string? Body { get; init; }
    public string? Html { get; init; }
    public DateTimeOffset? ReceivedDateTime { get; init; }
    public string? ConversationId { get; init; }
    public string? ThreadId { get; init; }
    public string? InternetMessageId { get; init; }
    public bool IsRead { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }

    public Dictionary<string, string[]>? Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(From) || Address(From) is null) problems["from"] = ["A sender address is required, e.g. \"Acme Careers <jobs@acme.example>\"."];
        if (Subject is null && Body is null && Html is null) problems["subject"] = ["Give at least a subject, body or html."];
        foreach (var recipient in (To ?? []).Concat(Cc ?? []))
            if (Address(recipient) is null) problems["to"] = [$"'{recipient}' is not an email address."];
        return problems.Count == 0 ? null : problems;
    }

    public NewMailMessage ToNewMessage()
    {
        var sender = Address(From!)!;
        return new NewMailMessage
        {
            From = FromName is null ? sender : sender with { Name = FromName },
            To = [.. (To ?? []).Select(Address).OfType<MailAddress>()],
            Cc = [.. (Cc ?? []).Select(Address).OfType<MailAddress>()],
            Subject = Subject ?? "",
            TextBody = Body,
            HtmlBody = Html,
            ReceivedDateTime = ReceivedDateTime,
            ConversationId = ConversationId ?? ThreadId,
            InternetMessageId = InternetMessageId,
            IsRead = IsRead,
            Categories = Categories ?? [],
        };
    }

    /// <summary>Parses `address` or `Name &lt;address&gt;`.</summary>
    public static MailAddress? Address(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value.Trim(), out var parsed)
            ? new MailAddress(parsed.Address, string.IsNullOrEmpty(parsed.DisplayName) ? null : parsed.DisplayName)
            : null;
}
