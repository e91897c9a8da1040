using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>How messages and folders look on the wire (PROTOCOLS §2.2–2.3), including `$select` projection.</summary>
public static partial class MessageJson
{
    /// <summary>Properties returned without `$select`; `uniqueBody` and `internetMessageHeaders` only come when selected.</summary>
    private static readonly string[] DefaultProperties =
    [
        "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime", "hasAttachments",
        "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId", "conversationId", "conversationIndex",
        "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead", "isDraft", "webLink", "inferenceClassification",
        "body", "sender", "from", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "flag",
    ];

    private static readonly HashSet<string> Known = new(DefaultProperties.Concat(["id", "uniqueBody", "internetMessageHeaders"]), StringComparer.OrdinalIgnoreCase);
    private static readonly string[] BodyProperties = ["body", "bodyPreview", "uniqueBody"];

    /// <summary>Parses `$select`; returns an error message for properties messages do not have.</summary>
    public static IReadOnlyList<string>? ParseSelect(string? select, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(select)) return null;
        var names = select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.FirstOrDefault(n => !Known.Contains(n)) is { } unknown)
        {
            error = $"Could not find a property named '{unknown}' on type 'microsoft.graph.message'.";
            return null;
        }
        return [.. names.Select(n => Known.First(k => k.Equals(n, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>
    /// One message. With only Mail.ReadBasic, `body`, `bodyPreview` and `uniqueBody` are left out even when selected
    /// (the sandbox's documented choice between omitting and 403).
    /// </summary>
    public static JsonObject Message(MailMessage message, IReadOnlyList<string>? select, bool textBody, bool immutableIds, bool canReadBodies, bool deltaItem = false)
    {
        var json = new JsonObject();
        if (deltaItem) json["@odata.type"] = "#microsoft.graph.message";
        json["@odata.etag"] = $"W/\"{ChangeKey(message)}\"";
        json["id"] = immutableIds ? message.ImmutableId : message.Id;
        foreach (var property in select ?? DefaultProperties)
        {
            if (property == "id" || (!canReadBodies && BodyProperties.Contains(property))) continue;
            json[property] = Property(message, property, textBody);
        }
        return json;
    }

    private static JsonNode? Property(MailMessage m, string property, bool textBody) => property switch
    {
        "createdDateTime" => Date(m.CreatedDateTime),
        "lastModifiedDateTime" => Date(m.LastModifiedDateTime),
        "changeKey" => ChangeKey(m),
        "categories" => new JsonArray([.. m.Categories.Select(c => (JsonNode?)c)]),
        "receivedDateTime" => Date(m.ReceivedDateTime),
        "sentDateTime" => Date(m.SentDateTime),
        "hasAttachments" => false,
        "internetMessageId" => m.InternetMessageId,
        "subject" => m.Subject,
        "bodyPreview" => Preview(m),
        "importance" => m.Importance,
        "parentFolderId" => m.FolderId,
        "conversationId" => m.ConversationId,
        "conversationIndex" => Convert.ToBase64String(BitConverter.GetBytes(m.Number)),
        "isDeliveryReceiptRequested" => false,
        "isReadReceiptRequested" => false,
        "isRead" => m.IsRead,
        "isDraft" => false,
        "webLink" => $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
        "inferenceClassification" => "focused",
        "body" or "uniqueBody" => Body(m, textBody),
        "sender" or "from" => Recipient(m.From),
        "toRecipients" => Recipients(m.To),
        "ccRecipients" => Recipients(m.Cc),
        "bccRecipients" or "replyTo" => new JsonArray(),
        "flag" => new JsonObject { ["flagStatus"] = "notFlagged" },
        "internetMessageHeaders" => new JsonArray(
            Header("Message-ID", m.InternetMessageId), Header("Subject", m.Subject), Header("From", m.From.ToString()),
            Header("To", string.Join(", ", m.To)), Header("Date", m.SentDateTime.ToString("r")), Header("MIME-Version", "1.0")),
        _ => null,
    };

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string ChangeKey(MailMessage m) => "CQAAABYAAAA" + Convert.ToBase64String(BitConverter.GetBytes(m.Version)).TrimEnd('=');

    private static JsonObject Recipient(MailAddress address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = address.Name ?? address.Address, ["address"] = address.Address } };

    private static JsonArray Recipients(IEnumerable<MailAddress> addresses) => new([.. addresses.Select(a => (JsonNode)Recipient(a))]);

    private static JsonObject Header(string name, string value) => new() { ["name"] = name, ["value"] = value };

    /// <summary>HTML by default; text when `Prefer: outlook.body-content-type="text"`. Exchange converts between them as needed.</summary>
    public static JsonObject Body(MailMessage m, bool text) => text
        ? new JsonObject { ["contentType"] = "text", ["content"] = PlainText(m) }
        : new JsonObject { ["contentType"] = "html", ["content"] = Html(m) };

    public static string PlainText(MailMessage m) => m.TextBody ?? (m.HtmlBody is null ? "" : HtmlToText(m.HtmlBody));

    public static string Html(MailMessage m) => m.HtmlBody
        ?? $"<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n</head>\r\n<body>\r\n<div>{WebUtility.HtmlEncode(m.TextBody ?? "").Replace("\n", "<br>\r\n")}</div>\r\n</body>\r\n</html>\r\n";

    /// <summary>`bodyPreview`: the first 255 characters of the text, whitespace collapsed.</summary>
    public static string Preview(MailMessage m)
    {
        var text = Whitespace().Replace(PlainText(m), " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    private static string HtmlToText(string html)
    {
        var withoutHead = Regex.Replace(html, @"<(head|style|script)[^>]*>.*?</\1>", "", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        var withBreaks = Regex.Replace(withoutHead, @"<(br|/p|/div|/tr|/h\d|/li)[^>]*>", "\n", RegexOptions.IgnoreCase);
        var text = WebUtility.HtmlDecode(Regex.Replace(withBreaks, "<[^>]+>", ""));
        return Regex.Replace(text, @"\n\s*\n\s*\n+", "\n\n").Trim() + "\r\n";
    }

    /// <summary>`GET …/messages/{id}/$value`: the message as MIME.</summary>
    public static string Mime(MailMessage m)
    {
        const string boundary = "_000_sandbox_alternative_";
        var mime = new StringBuilder();
        mime.Append(CultureInfo.InvariantCulture, $"From: {m.From}\r\nTo: {string.Join(", ", m.To)}\r\n");
        if (m.Cc.Count > 0) mime.Append(CultureInfo.InvariantCulture, $"Cc: {string.Join(", ", m.Cc)}\r\n");
        mime.Append(CultureInfo.InvariantCulture, $"Subject: {m.Subject}\r\nDate: {m.SentDateTime:r}\r\nMessage-ID: {m.InternetMessageId}\r\nMIME-Version: 1.0\r\n");
        mime.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n");
        mime.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{PlainText(m)}\r\n");
        mime.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{Html(m)}\r\n--{boundary}--\r\n");
        return mime.ToString();
    }

    public static JsonObject Folder(Mailbox mailbox, MailFolder folder) => new()
    {
        ["id"] = folder.Id,
        ["displayName"] = folder.DisplayName,
        ["parentFolderId"] = folder.ParentFolderId,
        ["childFolderCount"] = mailbox.ChildFolders(folder.Id).Count,
        ["unreadItemCount"] = mailbox.CountMessages(folder.Id, unreadOnly: true),
        ["totalItemCount"] = mailbox.CountMessages(folder.Id),
        ["sizeInBytes"] = mailbox.CountMessages(folder.Id) * 24_576,
        ["isHidden"] = folder.IsHidden,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
