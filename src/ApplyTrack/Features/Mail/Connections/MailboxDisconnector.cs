using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Connections;

/// <summary>
/// Disconnect stops syncing, removes what can be removed at the provider, and deletes the tokens. Applications
/// and their email history stay; the folder cursors stay too, so a reconnect resumes without duplicates.
/// </summary>
public sealed class MailboxDisconnector(ApplyTrackDbContext db, MailProviders providers, PipelineEvents events, Audit.AuditLog audit, ILogger<MailboxDisconnector> logger)
{
    public async Task<bool> DisconnectAsync(string userId, Guid connectionId, CancellationToken cancellationToken)
    {
        var connection = await db.MailboxConnections.Include(c => c.Cursors).SingleOrDefaultAsync(c => c.Id == connectionId && c.UserId == userId, cancellationToken);
        if (connection is null)
        {
            return false;
        }

        if (connection.Credentials is not null)
        {
            try
            {
                await providers.For(connection).DisconnectAsync(connection, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogInformation("Provider clean-up on disconnect of {ConnectionId} did not complete ({Error})", connection.Id, ex.GetType().Name);
            }
        }

        foreach (var cursor in connection.Cursors)
        {
            cursor.ClearPush();
        }
        connection.Credentials = null;
        connection.Status = ConnectionStatus.Disconnected;
        connection.StatusDetail = "Disconnected by you. Your applications and their email history are kept.";
        connection.NextSyncAt = null;
        audit.Stage(userId, Audit.AuditKind.MailboxDisconnected, $"{connection.Provider} · {connection.AccountEmail}");
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(userId, new PipelineEvent("connection", connection.Id));
        return true;
    }
}
