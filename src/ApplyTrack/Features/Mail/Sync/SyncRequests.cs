using ApplyTrack.Features.Cluster;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>Sync requests for one instance's queue, over the bus (ids and the trigger only).</summary>
public sealed record SyncMessage(string To, IReadOnlyList<Guid> Connections, string Trigger);

/// <summary>
/// Routes sync requests between instances. A request for a mailbox another instance is syncing goes to that instance
/// (its queue holds a mailbox at most once, so a burst of webhooks delivered anywhere becomes exactly one more sync
/// there); the scheduler's due mailboxes are spread over the live instances, each mailbox always to the same one.
/// With one instance (SQLite) everything stays in the local queue.
/// </summary>
public sealed class SyncRequests
{
    public const string Topic = "sync";

    // A NOTIFY payload holds a few thousand bytes: about a hundred ids.
    private const int IdsPerMessage = 100;

    private readonly IEventBus _bus;
    private readonly SyncQueue _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    public SyncRequests(IEventBus bus, SyncQueue queue, IServiceScopeFactory scopes, TimeProvider time)
    {
        (_bus, _queue, _scopes, _time) = (bus, queue, scopes, time);
        bus.Subscribe<SyncMessage>(Topic, message =>
        {
            if (message.To == ClusterLeases.Me)
            {
                foreach (var id in message.Connections)
                {
                    _queue.Enqueue(id, SyncRunValues.ParseTrigger(message.Trigger));
                }
            }
        });
    }

    /// <summary>
    /// Sends a request whose mailbox another live instance is syncing to that instance.
    /// False when no other instance holds it (the caller retries here).
    /// </summary>
    public async Task<bool> HandOverAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        if (!_bus.IsShared)
        {
            return false;
        }
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var now = _time.GetUtcNow();
        var owner = await db.MailboxConnections.AsNoTracking()
            .Where(c => c.Id == request.ConnectionId && c.Status == ConnectionStatus.Syncing && c.LeaseUntil >= now)
            .Select(c => c.LeaseOwner)
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null || owner == ClusterLeases.Me)
        {
            return false;
        }
        // An owner whose heartbeat stopped is dead: keep the request here and claim the mailbox when its lease runs out.
        var instance = ClusterLeases.Instance(owner);
        if (!await db.ClusterLeases.AnyAsync(l => l.Name == instance && l.Until >= now, cancellationToken))
        {
            return false;
        }
        _bus.Publish(Topic, new SyncMessage(owner, [request.ConnectionId], request.Trigger.Name()));
        return true;
    }

    /// <summary>Queues due mailboxes on the live instances: each mailbox goes to the instance its id hashes to.</summary>
    public async Task DistributeAsync(IReadOnlyList<Guid> connections, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        List<string> instances = [ClusterLeases.Me];
        if (_bus.IsShared)
        {
            await using var scope = _scopes.CreateAsyncScope();
            instances = await scope.ServiceProvider.GetRequiredService<ClusterLeases>().LiveInstancesAsync(cancellationToken);
            if (!instances.Contains(ClusterLeases.Me))
            {
                // This instance's heartbeat has not landed yet (start-up): it still takes its share.
                instances.Add(ClusterLeases.Me);
                instances.Sort(StringComparer.Ordinal);
            }
        }
        foreach (var group in connections.GroupBy(id => instances[Bucket(id, instances.Count)]))
        {
            if (group.Key == ClusterLeases.Me)
            {
                foreach (var id in group)
                {
                    _queue.Enqueue(id, trigger);
                }
                continue;
            }
            foreach (var chunk in group.Chunk(IdsPerMessage))
            {
                _bus.Publish(Topic, new SyncMessage(group.Key, chunk, trigger.Name()));
            }
        }
    }

    /// <summary>A stable spread of ids over <paramref name="count"/> instances (the same on every instance and every run).</summary>
    public static int Bucket(Guid id, int count)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (int)(BitConverter.ToUInt32(bytes[12..]) % (uint)count);
    }
}
