using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>One MIME part of a message: headers, a decoded body or child parts.</summary>
internal sealed record MimePart(string MimeType, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, IReadOnlyList<MimePart> Parts);

/// <summary>
/// Renders a stored message as a Gmail `Message` resource (PROTOCOLS §4.5): `minimal`, `metadata`, `full` (parsed MIME tree,
/// base64url bodies, multipart/alternative when there is both text and HTML) and `raw` (the RFC 5322 message, base64url).
/// </summary>
internal static partial class GmailMessageFormat
{
    private const int SnippetLength = 200;

    public static JsonObject Reference(MailMessage message) => new()
    {
        ["id"] = GmailIds.MessageId(message),
        ["threadId"] = GmailIds.ThreadId(message),
    };

    public static JsonObject Render(MailMessage message, IReadOnlyList<string> labels, string format, IReadOnlyCollection<string> metadataHeaders, string ownerEmail)
    {
        var mime = Build(message, ownerEmail);
        var raw = Serialize(mime);
        var json = Reference(message);
        json["labelIds"] = new JsonArray([.. labels.Select(l => JsonValue.Create(l))]);
        json["snippet"] = Snippet(message);
        switch (format)
        {
            case "metadata":
                var headers = metadataHeaders.Count == 0 ? mime.Headers : mime.Headers.Where(h => metadataHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase));
                json["payload"] = new JsonObject
                {
                    ["partId"] = "",
                    ["mimeType"] = mime.MimeType,
                    ["filename"] = "",
                    ["headers"] = HeadersJson(headers),
                    ["body"] = new JsonObject { ["size"] = 0 },
                };
                break;
            case "full":
                json["payload"] = PartJson(mime, "");
                break;
            case "raw":
                json["raw"] = Base64Url(Encoding.UTF8.GetBytes(raw));
                break;
        }
        json["sizeEstimate"] = Encoding.UTF8.GetByteCount(raw);
        json["historyId"] = GmailIds.HistoryId(message.Version).ToString(CultureInfo.InvariantCulture);
        json["internalDate"] = message.ReceivedDateTime.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return json;
    }

    /// <summary>Body text of the part a caller asks for by attachment id (`{partId}` of a body part).</summary>
    public static byte[]? PartBody(MailMessage message, string ownerEmail, string partId)
    {
        var mime = Build(message, ownerEmail);
        if (partId.Length == 0) return mime.Body;
        return int.TryParse(partId, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < mime.Parts.Count ? mime.Parts[index].Body : null;
    }

    /// <summary>Gmail's snippet: the start of the text, whitespace collapsed, HTML-escaped.</summary>
    public static string Snippet(MailMessage message)
    {
        var text = message.TextBody ?? StripHtml(message.HtmlBody ?? "");
        text = Whitespace().Replace(text, " ").Trim();
        if (text.Length > SnippetLength) text = text[..SnippetLength];
        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
    }

    private static MimePart Build(MailMessage message, string ownerEmail)
    {
        List<KeyValuePair<string, string>> headers =
        [
            new("Delivered-To", ownerEmail),
            new("MIME-Version", "1.0"),
            new("Date", message.SentDateTime.UtcDateTime.ToString("ddd, d MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)),
            new("Message-ID", message.InternetMessageId),
            new("Subject", message.Subject),
            new("From", Address(message.From)),
            new("To", string.Join(", ", message.To.Select(Address))),
        ];
        if (message.Cc.Count > 0) headers.Add(new("Cc", string.Join(", ", message.Cc.Select(Address))));

        var text = message.TextBody is null ? null : TextPart("text/plain", message.TextBody);
        var html = message.HtmlBody is null ? null : TextPart("text/html", message.HtmlBody);
        if (text is not null && html is not null)
        {
            var boundary = "00000000000000" + message.Number.ToString("x12", CultureInfo.InvariantCulture);
            headers.Add(new("Content-Type", $"multipart/alternative; boundary=\"{boundary}\""));
            return new MimePart("multipart/alternative", headers, null, [text, html]);
        }
        var single = text ?? html ?? TextPart("text/plain", "");
        headers.AddRange(single.Headers);
        return single with { Headers = headers };
    }

    private static MimePart TextPart(string mimeType, string content) => new(mimeType,
        [new("Content-Type", $"{mimeType}; charset=\"UTF-8\""), new("Content-Transfer-Encoding", "base64")], Encoding.UTF8.GetBytes(content), []);

    private static JsonObject PartJson(MimePart part, string partId)
    {
        var json = new JsonObject
        {
            ["partId"] = partId,
            ["mimeType"] = part.MimeType,
            ["filename"] = "",
            ["headers"] = HeadersJson(part.Headers),
            ["body"] = part.Body is null
                ? new JsonObject { ["size"] = 0 }
                : new JsonObject { ["size"] = part.Body.Length, ["data"] = Base64Url(part.Body) },
        };
        if (part.Parts.Count > 0)
            json["parts"] = new JsonArray([.. part.Parts.Select((p, i) => (JsonNode)PartJson(p, partId.Length == 0 ? $"{i}" : $"{partId}.{i}"))]);
        return json;
    }

    private static JsonArray HeadersJson(IEnumerable<KeyValuePair<string, string>> headers) =>
        new([.. headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Key, ["value"] = h.Value })]);

    /// <summary>The message as it would travel: RFC 2047-encoded headers, base64 bodies, CRLF line ends.</summary>
    private static string Serialize(MimePart mime)
    {
        var raw = new StringBuilder();
        foreach (var (name, value) in mime.Headers) raw.Append(name).Append(": ").Append(EncodeHeader(value)).Append("\r\n");
        raw.Append("\r\n");
        if (mime.Body is not null) return AppendBase64(raw, mime.Body).ToString();
        var boundary = mime.Headers.First(h => h.Key == "Content-Type").Value.Split("boundary=\"")[1].TrimEnd('"');
        foreach (var part in mime.Parts)
        {
            raw.Append("--").Append(boundary).Append("\r\n");
            foreach (var (name, value) in part.Headers) raw.Append(name).Append(": ").Append(value).Append("\r\n");
            AppendBase64(raw.Append("\r\n"), part.Body ?? []);
        }
        return raw.Append("--").Append(boundary).Append("--\r\n").ToString();
    }

    private static StringBuilder AppendBase64(StringBuilder raw, byte[] body)
    {
        var encoded = Convert.ToBase64String(body);
        for (var i = 0; i < encoded.Length; i += 76) raw.Append(encoded, i, Math.Min(76, encoded.Length - i)).Append("\r\n");
        return raw;
    }

    private static string EncodeHeader(string value) =>
        value.All(char.IsAscii) ? value : Regex.Replace(value, @"[^<>,]*[^\x00-\x7F][^<>,]*", m =>
            $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(m.Value.Trim().Trim('"')))}?= ").TrimEnd();

    private static string Address(MailAddress address)
    {
        if (string.IsNullOrEmpty(address.Name)) return address.Address;
        var needsQuotes = address.Name.IndexOfAny(['(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '.', '"']) >= 0;
        return needsQuotes ? $"\"{address.Name.Replace("\"", "\\\"")}\" <{address.Address}>" : $"{address.Name} <{address.Address}>";
    }

    private static string StripHtml(string html)
    {
        var withoutBlocks = HiddenBlocks().Replace(html, " ");
        return WebUtility.HtmlDecode(Tags().Replace(withoutBlocks, " "));
    }

    /// <summary>URL-safe base64 with padding, as Gmail writes `data` and `raw`.</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<(script|style|head)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenBlocks();
}
