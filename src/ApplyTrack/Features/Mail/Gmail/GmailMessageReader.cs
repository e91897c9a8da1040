using System.Globalization;
using System.Net.Mail;
using System.Text;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Turns a <c>format=full</c> Gmail message into an <see cref="IncomingMail"/>: headers From/To/Subject/Message-ID, the
/// SMTP acceptance time (<c>internalDate</c>, more reliable than <c>Date</c>), and the body text (plain preferred, else HTML)
/// decoded from base64url in the part's charset. Held in memory only.
/// </summary>
public static class GmailMessageReader
{
    public static IncomingMail ToIncoming(GmailMessage message, string label)
    {
        var headers = message.Payload?.Headers ?? [];
        string? Header(string name) => headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

        var (fromName, fromAddress) = ParseAddress(Header("From"));
        return new IncomingMail(
            ProviderMessageId: message.Id,
            InternetMessageId: Header("Message-ID") ?? Header("Message-Id"),
            ThreadId: message.ThreadId,
            Folder: label,
            FromName: fromName,
            FromAddress: fromAddress,
            To: Header("To"),
            Subject: Header("Subject"),
            Body: message.Payload is { } payload ? FindBody(payload, "text/plain") ?? FindBody(payload, "text/html") : null,
            ReceivedAt: ReceivedAt(message, Header("Date")));
    }

    private static DateTimeOffset ReceivedAt(GmailMessage message, string? date)
    {
        if (long.TryParse(message.InternalDate, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochMs))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
        }
        return DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : DateTimeOffset.UnixEpoch;
    }

    private static (string? Name, string? Address) ParseAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }
        try
        {
            var address = new MailAddress(value);
            return (string.IsNullOrWhiteSpace(address.DisplayName) ? null : address.DisplayName, address.Address);
        }
        catch (FormatException)
        {
            // Odd From lines still classify: keep the raw text as the address.
            return (null, value.Trim());
        }
    }

    /// <summary>The first part of <paramref name="mimeType"/> with inline data, depth first (attachments carry an attachmentId instead).</summary>
    private static string? FindBody(GmailMessagePart part, string mimeType)
    {
        if (string.Equals(part.MimeType, mimeType, StringComparison.OrdinalIgnoreCase) && part.Body?.Data is { Length: > 0 } data)
        {
            return Decode(data, Charset(part));
        }
        foreach (var child in part.Parts ?? [])
        {
            if (FindBody(child, mimeType) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static string Decode(string base64Url, string? charset)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return "";
        }
        var encoding = Encoding.UTF8;
        if (charset is { Length: > 0 })
        {
            try
            {
                encoding = Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // Unknown charset: UTF-8 is the sensible default; a few odd characters do not change a classification.
            }
        }
        return encoding.GetString(bytes);
    }

    private static string? Charset(GmailMessagePart part)
    {
        var contentType = part.Headers?.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?.Value;
        if (contentType is null || !System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }
        return media.CharSet?.Trim('"');
    }
}
