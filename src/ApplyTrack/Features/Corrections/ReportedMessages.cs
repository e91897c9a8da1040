using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Imap;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Providers;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Graph.Models.ODataErrors;

namespace ApplyTrack.Features.Corrections;

/// <summary>An email's text as the provider returns it again for a report: held in memory until it is encrypted.</summary>
public sealed record ReportedMessage(string? From, string? To, string? Subject, string? Body, DateTimeOffset? Date);

/// <summary>The provider no longer has the message, or the mailbox cannot be read right now.</summary>
public sealed class ReportUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Fetches one email again by its provider id, for a report the person opted in to — through the same clients a sync
/// uses (Graph SDK, Gmail API, MailKit by UID), read-only. Nothing of it is kept here.
/// </summary>
public sealed class ReportedMessages(GraphClients graph, GmailClients gmail, ImapSessions imap, MetadataCipher cipher)
{
    public async Task<ReportedMessage> FetchAsync(MailboxConnection connection, string providerMessageId, CancellationToken cancellationToken)
    {
        if (connection.Credentials is null)
        {
            throw new ReportUnavailableException("This mailbox is disconnected: reconnect it to report its emails.");
        }
        try
        {
            return connection.Provider switch
            {
                MailProvider.Outlook => await FromOutlookAsync(connection, providerMessageId, cancellationToken),
                MailProvider.Gmail => await FromGmailAsync(connection, providerMessageId, cancellationToken),
                MailProvider.Imap => await FromImapAsync(connection, providerMessageId, cancellationToken),
                _ => throw new ReportUnavailableException("This mailbox's provider cannot be read again."),
            } ?? throw new ReportUnavailableException("The email is no longer in the mailbox.");
        }
        catch (Exception ex) when (ex is ODataError or GmailApiException or ImapCommandException or ImapProtocolException or IOException or HttpRequestException
                                       or ReauthenticationRequiredException or MailKit.Security.AuthenticationException)
        {
            throw new ReportUnavailableException("The mailbox could not be read just now. Try again later.", ex);
        }
    }

    private async Task<ReportedMessage?> FromOutlookAsync(MailboxConnection connection, string id, CancellationToken cancellationToken)
    {
        try
        {
            var message = await graph.Create(connection).Me.Messages[id].GetAsync(rc =>
            {
                rc.QueryParameters.Select = ["subject", "from", "toRecipients", "receivedDateTime", "body"];
                rc.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
                rc.Headers.Add("Prefer", "IdType=\"ImmutableId\"");
            }, cancellationToken);
            return message is null ? null : new ReportedMessage(
                message.From?.EmailAddress is { } from ? Mailbox(from.Name, from.Address) : null,
                string.Join(", ", (message.ToRecipients ?? []).Select(r => r.EmailAddress?.Address).Where(a => a is not null)),
                message.Subject, message.Body?.Content, message.ReceivedDateTime);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private async Task<ReportedMessage?> FromGmailAsync(MailboxConnection connection, string id, CancellationToken cancellationToken)
    {
        using var client = gmail.Create(connection);
        var message = await client.GetMessageAsync(id, cancellationToken);
        if (message is null)
        {
            return null;
        }
        var mail = GmailMessageReader.ToIncoming(message, "");
        return new ReportedMessage(mail.Sender, mail.To, mail.Subject, mail.Body, mail.ReceivedAt);
    }

    /// <summary>IMAP ids are "folder:uidvalidity:uid"; a folder whose UIDVALIDITY changed no longer knows that UID.</summary>
    private async Task<ReportedMessage?> FromImapAsync(MailboxConnection connection, string id, CancellationToken cancellationToken)
    {
        var parts = id.Split(':');
        if (parts.Length < 3 || !uint.TryParse(parts[^2], out var uidValidity) || !uint.TryParse(parts[^1], out var uid))
        {
            return null;
        }
        var folderName = string.Join(':', parts[..^2]);
        var account = ImapAccount.Decrypt(cipher, connection.Credentials!);
        using var client = await imap.OpenAsync(account, cancellationToken);
        try
        {
            var folder = string.Equals(folderName, client.Inbox.FullName, StringComparison.OrdinalIgnoreCase)
                ? client.Inbox
                : await client.GetFolderAsync(folderName, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            if (folder.UidValidity != uidValidity)
            {
                return null;
            }
            var message = await folder.GetMessageAsync(new UniqueId(uid), cancellationToken);
            var from = message.From.Mailboxes.FirstOrDefault();
            return new ReportedMessage(
                from is null ? null : Mailbox(from.Name, from.Address),
                string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
                message.Subject, message.TextBody ?? message.HtmlBody, message.Date);
        }
        catch (FolderNotFoundException)
        {
            return null;
        }
        catch (MessageNotFoundException)
        {
            return null;
        }
        finally
        {
            await ImapSessions.CloseAsync(client);
        }
    }

    private static string Mailbox(string? name, string? address) => string.IsNullOrWhiteSpace(name) ? address ?? "" : $"{name} <{address}>";
}
