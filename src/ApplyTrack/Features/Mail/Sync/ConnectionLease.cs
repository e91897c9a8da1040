using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// Keeps this instance's lease on a connection alive while its sync runs: a short lease renewed by heartbeats,
/// so a killed instance's mailbox is picked up by another within one lease (seconds), however long syncs take.
/// Each beat is one UPDATE through its own scope (the sync's DbContext is busy and not thread-safe).
/// </summary>
public sealed class LeaseHeartbeat(IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider time, ILogger<LeaseHeartbeat> logger)
{
    public async Task BeatUntilCancelledAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        // Several beats per lease: a busy machine may delay a few without the lease lapsing.
        var period = options.Value.LeaseDuration / 6;
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (!await scope.ServiceProvider.GetRequiredService<ConnectionLease>().RenewAsync(connectionId, cancellationToken))
                    {
                        logger.LogWarning("Lost the lease of connection {ConnectionId} while syncing it", connectionId);
                        return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Could not renew the lease of connection {ConnectionId} ({Error})", connectionId, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>
/// Row leases on mailbox connections. Claiming is one conditional UPDATE — atomic on SQLite and PostgreSQL
/// alike — so two instances never sync one mailbox at once, and a crashed instance's lease simply runs out.
/// </summary>
public sealed class ConnectionLease(ApplyTrackDbContext db, IOptions<SyncOptions> options, TimeProvider time)
{
    /// <summary>This process's name in row leases.</summary>
    public static readonly string InstanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}" is var id && id.Length > 200 ? id[..200] : id;

    public async Task<bool> TryClaimAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.LeaseDuration;
        var claimed = await db.MailboxConnections
            .Where(c => c.Id == connectionId
                        && (c.Status == ConnectionStatus.Active || c.Status == ConnectionStatus.Syncing)
                        && (c.LeaseUntil == null || c.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LeaseOwner, InstanceId)
                .SetProperty(c => c.LeaseUntil, until)
                .SetProperty(c => c.Status, ConnectionStatus.Syncing), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Gives back a lease this instance claimed but will not use (a disconnect in the meantime wins).</summary>
    public Task<int> ReleaseAsync(Guid connectionId, CancellationToken cancellationToken) =>
        db.MailboxConnections
            .Where(c => c.Id == connectionId && c.LeaseOwner == InstanceId && c.Status == ConnectionStatus.Syncing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LeaseOwner, (string?)null)
                .SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(c => c.Status, ConnectionStatus.Active), cancellationToken);

    /// <summary>Whether a sync (here or on another instance) holds the connection right now.</summary>
    public Task<bool> IsHeldAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.MailboxConnections.AnyAsync(c => c.Id == connectionId && c.Status == ConnectionStatus.Syncing && c.LeaseUntil >= now, cancellationToken);
    }

    /// <summary>Extends this instance's lease while a long sync runs; false when the lease was lost.</summary>
    public async Task<bool> RenewAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + options.Value.LeaseDuration;
        return await db.MailboxConnections
            .Where(c => c.Id == connectionId && c.LeaseOwner == InstanceId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseUntil, until), cancellationToken) == 1;
    }
}
