using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Collections.Concurrent;
using System.Threading.Channels;
using ApplyTrack.Features.Operations;

namespace ApplyTrack.Features.Mail.Sync;

public sealed record SyncRequest(Guid ConnectionId, SyncTrigger Trigger)
{
    /// <summary>The trace of what queued it (a webhook request), continued by the sync; and when (Stopwatch timestamp).</summary>
    public System.Diagnostics.ActivityContext Origin { get; init; }
    public long QueuedAt { get; init; }

    /// <summary>Which request of this connection is the live one (a request that was moved to the urgent lane leaves a stale copy behind).</summary>
    internal long Ticket { get; init; }
}

/// <summary>
/// Bounded queue of connections to sync. A connection waits in it at most once: a burst of webhook
/// notifications becomes one sync, and a notification that arrives while a sync runs queues exactly one more.
/// Two lanes: what a person is waiting for (a push, Sync Now, a folder change) goes before the bulk (polls and
/// first syncs), so a push is not stuck behind a thousand mailboxes connecting at once; a connection already waiting
/// in the bulk lane is moved up when such a request arrives.
/// </summary>
public sealed class SyncQueue
{
    private readonly Channel<SyncRequest> _urgent = Lane();
    private readonly Channel<SyncRequest> _bulk = Lane();
    private readonly ConcurrentDictionary<Guid, Waiting> _waiting = new();
    private long _tickets;

    private sealed record Waiting(long Ticket, bool Urgent, SyncTrigger Trigger, long QueuedAt);

    public static bool IsUrgent(SyncTrigger trigger) => trigger is not (SyncTrigger.Poll or SyncTrigger.Connected);

    public bool Enqueue(Guid connectionId, SyncTrigger trigger, long? queuedAt = null)
    {
        var urgent = IsUrgent(trigger);
        var waiting = new Waiting(Interlocked.Increment(ref _tickets), urgent, trigger, queuedAt ?? System.Diagnostics.Stopwatch.GetTimestamp());
        if (!_waiting.TryAdd(connectionId, waiting))
        {
            // Waiting already: a request a person waits for moves a bulk one up, as it was (its trigger and age; the
            // sync it asks for reads everything new either way), and the bulk copy goes stale.
            if (!urgent || !_waiting.TryGetValue(connectionId, out var bulk) || bulk.Urgent)
            {
                return false;
            }
            waiting = bulk with { Ticket = waiting.Ticket, Urgent = true };
            if (!_waiting.TryUpdate(connectionId, waiting, bulk))
            {
                return false;
            }
        }
        var request = new SyncRequest(connectionId, waiting.Trigger)
        {
            Origin = ApplyTrackTelemetry.Queued(connectionId, waiting.Trigger.Name()),
            QueuedAt = waiting.QueuedAt,
            Ticket = waiting.Ticket,
        };
        if ((waiting.Urgent ? _urgent : _bulk).Writer.TryWrite(request))
        {
            return true;
        }
        ApplyTrackTelemetry.Dequeued();
        _waiting.TryRemove(new KeyValuePair<Guid, Waiting>(connectionId, waiting));
        return false;
    }

    public async ValueTask<SyncRequest> DequeueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_urgent.Reader.TryRead(out var request) || _bulk.Reader.TryRead(out request))
            {
                ApplyTrackTelemetry.Dequeued();
                var live = _waiting.TryGetValue(request.ConnectionId, out var waiting) && waiting.Ticket == request.Ticket &&
                           _waiting.TryRemove(new KeyValuePair<Guid, Waiting>(request.ConnectionId, waiting));
                if (live)
                {
                    return request;
                }
                continue; // a bulk copy of a request that was moved to the urgent lane
            }
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var urgent = _urgent.Reader.WaitToReadAsync(either.Token).AsTask();
            var bulk = _bulk.Reader.WaitToReadAsync(either.Token).AsTask();
            await Task.WhenAny(urgent, bulk);
            await either.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static Channel<SyncRequest> Lane() => Channel.CreateBounded<SyncRequest>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });
}

/// <summary>Runs queued syncs, a few at a time.</summary>
public sealed class SyncWorker(SyncQueue queue, SyncRequests requests, IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider time, ILogger<SyncWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => RunWorkerAsync(stoppingToken)));

    private async Task RequeueLaterAsync(SyncRequest request, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, stoppingToken);
            queue.Enqueue(request.ConnectionId, request.Trigger, request.QueuedAt);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunWorkerAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            SyncRequest request;
            try
            {
                request = await queue.DequeueAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                using var span = ApplyTrackTelemetry.StartSync(request.ConnectionId, request.Trigger.Name(), request.Origin, request.QueuedAt);
                if (!await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(request.ConnectionId, request.Trigger, stoppingToken)
                    && !await requests.HandOverAsync(request, stoppingToken))
                {
                    // A sync of this mailbox is running here (on another instance it was handed over) and may already be
                    // past the change that queued this request (a webhook, Sync Now): ask again shortly (a query every
                    // 250 ms while it runs).
                    _ = RequeueLaterAsync(request, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sync of connection {ConnectionId} failed unexpectedly", request.ConnectionId);
            }
        }
    }
}

/// <summary>
/// The poller: queues every active connection whose next sync is due (the plan's interval), and picks up
/// connections whose lease ran out (an instance died mid-sync). With push on, this is the safety net.
/// One instance ticks for the cluster (the <c>scheduler</c> lease) and spreads the due mailboxes over the live ones.
/// </summary>
public sealed class SyncScheduler(SyncRequests requests, IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider time, ILogger<SyncScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerTick, time);
        do
        {
            try
            {
                await QueueDueConnectionsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not look for connections due a sync");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task QueueDueConnectionsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<Cluster.ClusterLeases>().TryClaimAsync(Cluster.ClusterLeases.Scheduler, cancellationToken))
        {
            return; // another instance ticks
        }
        var db = scope.ServiceProvider.GetRequiredService<Data.ApplyTrackDbContext>();
        var now = time.GetUtcNow();
        var due = await db.MailboxConnections.AsNoTracking()
            .Where(c => (c.Status == ConnectionStatus.Active && (c.NextSyncAt == null || c.NextSyncAt <= now))
                        || (c.Status == ConnectionStatus.Syncing && c.LeaseUntil < now))
            .OrderBy(c => c.NextSyncAt)
            .Select(c => c.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        await requests.DistributeAsync(due, SyncTrigger.Poll, cancellationToken);
    }
}
