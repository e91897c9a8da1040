using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Corrections;

/// <summary>An email's text as the provider returns it again for a report: held in memory until it is encrypted.</summary>
public sealed record ReportedMessage(string? From, string? To, string? Subject, string? Body, DateTimeOffset? Date);

/// <summary>The provider no longer has the message, or the mailbox cannot be read right now.</summary>
public sealed class ReportUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Fetches one email again by its provider id, for a report the person opted in to — through the connection's provider
/// (<see cref="IMailProvider.ReadMessageAsync"/>), read-only. Nothing of it is kept here.
/// </summary>
public sealed class ReportedMessages(MailProviders providers)
{
    public async Task<ReportedMessage> FetchAsync(MailboxConnection connection, string providerMessageId, CancellationToken cancellationToken)
    {
        if (connection.Credentials is null)
        {
            throw new ReportUnavailableException("This mailbox is disconnected: reconnect it to report its emails.");
        }
        IncomingMail? mail;
        try
        {
            mail = await providers.For(connection).ReadMessageAsync(connection, providerMessageId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && providers.Translate(connection, ex) is { } error)
        {
            throw new ReportUnavailableException("The mailbox could not be read just now. Try again later.", error);
        }
        return mail is null
            ? throw new ReportUnavailableException("The email is no longer in the mailbox.")
            : new ReportedMessage(mail.Sender, mail.To, mail.Subject, mail.Body, mail.ReceivedAt);
    }
}
