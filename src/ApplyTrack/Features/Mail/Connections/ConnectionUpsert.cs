using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Connections;

/// <summary>
/// The one way a connect or reconnect lands, for every provider: the user's connection to this account (found by the provider's
/// stable account id, so a reconnect keeps its folder cursors and resumes where the last sync stopped) is created or refreshed
/// with the new credentials and address, activated, and its first sync queued.
/// </summary>
public sealed class ConnectionUpsert(ApplyTrackDbContext db, SyncQueue queue, Plans plans, Audit.AuditLog audit, TimeProvider time)
{
    public sealed record Result(MailboxConnection Connection, bool Created);

    /// <param name="credentials">The encrypted credentials to store, given the connection as it was (null for a new one).</param>
    public async Task<Result> SaveAsync(
        string userId, MailProvider provider, string accountId, string accountEmail, Func<MailboxConnection?, byte[]> credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountEmail);
        var connection = await db.MailboxConnections.SingleOrDefaultAsync(
            c => c.UserId == userId && c.Provider == provider && c.AccountId == accountId, cancellationToken);
        var encrypted = credentials(connection);
        var created = connection is null;
        if (connection is null)
        {
            var plan = await Plans.OfUserAsync(db, userId, cancellationToken);
            connection = MailboxConnection.Create(userId, provider, accountId, accountEmail, plans.HistoryDays(plan), time.GetUtcNow());
            db.MailboxConnections.Add(connection);
        }

        // The account's address can change (a renamed mailbox): show the current one.
        connection.AccountEmail = accountEmail;
        connection.Activate(encrypted, time.GetUtcNow());
        audit.Stage(userId, created ? Audit.AuditKind.MailboxConnected : Audit.AuditKind.MailboxReconnected, $"{provider} · {accountEmail}");
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(connection.Id, SyncTrigger.Connected);
        return new Result(connection, created);
    }
}
