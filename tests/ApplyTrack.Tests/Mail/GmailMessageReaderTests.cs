using System.Text;
using ApplyTrack.Features.Mail.Gmail;

namespace ApplyTrack.Tests.Mail;

/// <summary>From a Gmail <c>format=full</c> message to what the classifier reads: headers, body, time.</summary>
public sealed class GmailMessageReaderTests
{
    [Fact]
    public void Plain_text_is_preferred_and_internal_date_is_the_received_time()
    {
        var message = Message(
            [new("From", "Sam Rivera <sam@contoso.example>"), new("Subject", "Interview"), new("Message-ID", "<a@b>"), new("Date", "Thu, 2 May 2024 10:11:12 +0000")],
            Part("multipart/alternative", null, null, Part("text/plain", "text/plain; charset=\"UTF-8\"", "Hello – plain"), Part("text/html", "text/html", "<p>Hello html</p>")));

        var mail = GmailMessageReader.ToIncoming(message, "INBOX");

        Assert.Equal("Hello – plain", mail.Body);
        Assert.Equal("Sam Rivera", mail.FromName);
        Assert.Equal("sam@contoso.example", mail.FromAddress);
        Assert.Equal("<a@b>", mail.InternetMessageId);
        Assert.Equal("thread-1", mail.ThreadId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1714644672000), mail.ReceivedAt);
    }

    [Fact]
    public void Html_only_mail_and_legacy_charsets_are_read()
    {
        var latin1 = Encoding.Latin1.GetBytes("<p>Candidature reçue</p>");
        var message = Message([new("From", "rh@example.fr")], new GmailMessagePart("text/html",
            [new("Content-Type", "text/html; charset=ISO-8859-1")], new GmailPartBody(latin1.Length, Base64Url(latin1), null), null));

        var mail = GmailMessageReader.ToIncoming(message, "INBOX");

        Assert.Equal("<p>Candidature reçue</p>", mail.Body);
        Assert.Null(mail.FromName);
        Assert.Equal("rh@example.fr", mail.FromAddress);
    }

    [Fact]
    public void Missing_headers_and_a_garbled_sender_give_sensible_defaults()
    {
        var message = Message([new("From", "<<not an address")], Part("text/plain", null, "body")) with { InternalDate = null };

        var mail = GmailMessageReader.ToIncoming(message, "INBOX");

        Assert.Equal("<<not an address", mail.FromAddress);
        Assert.Null(mail.Subject);
        Assert.Null(mail.InternetMessageId);
        Assert.Equal(DateTimeOffset.UnixEpoch, mail.ReceivedAt);
    }

    private static GmailMessage Message(List<GmailHeader> headers, GmailMessagePart payload) =>
        new("18f2a1b2c3d4e5f6", "thread-1", ["INBOX"], "1714644672000", payload with { Headers = [.. headers, .. payload.Headers ?? []] });

    private static GmailMessagePart Part(string mimeType, string? contentType, string? text, params GmailMessagePart[] parts) => new(
        mimeType,
        contentType is null ? [] : [new("Content-Type", contentType)],
        text is null ? new GmailPartBody(0, null, null) : new GmailPartBody(text.Length, Base64Url(Encoding.UTF8.GetBytes(text)), null),
        [.. parts]);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
}
