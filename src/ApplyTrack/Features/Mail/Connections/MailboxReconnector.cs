using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Outlook;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Connections;

/// <summary>Reconnect for any provider: where the person's browser goes to sign in to this mailbox again.</summary>
public sealed class MailboxReconnector(OutlookConnector outlook, GmailConnector gmail, IOptions<OutlookOptions> outlookOptions, IOptions<GoogleOptions> googleOptions)
{
    public Task<string> StartAsync(MailboxConnection connection, HttpRequest request, CancellationToken cancellationToken) => connection.Provider switch
    {
        MailProvider.Outlook => outlook.StartAsync(connection.UserId, connection.AccountEmail, ConnectionsApi.RedirectUri(request, outlookOptions.Value), cancellationToken),
        MailProvider.Gmail => gmail.StartAsync(connection.UserId, connection.AccountEmail, GmailConnectionsApi.RedirectUri(request, googleOptions.Value), cancellationToken),
        // IMAP has no consent page: the connect form, prefilled except for the password.
        _ => Task.FromResult($"/settings/integrations/imap?reconnect={connection.Id}"),
    };
}
