using System.Collections.Concurrent;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Cluster;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>
/// Push for IMAP: one session per active IMAP mailbox whose server offers IDLE, idling on INBOX; new mail queues a
/// "push" sync (the sync itself runs through the ordinary queue, lease and checkpoint). A dropped session reconnects
/// with exponential backoff; the list of connections is re-read periodically, so connect, reconnect and disconnect
/// start and stop sessions. Premium plans only; polling stays the safety net.
/// With several instances each mailbox idles on exactly one: the one holding its <c>imap-idle:</c> lease
/// (<see cref="ClusterLeases"/>), renewed by the instance's heartbeat; when that instance dies the lease runs out and
/// another instance's next refresh takes the session over (and syncs what arrived in between).
/// </summary>
public sealed class ImapIdleService(
    IServiceScopeFactory scopes,
    ImapSessions sessions,
    MetadataCipher cipher,
    SyncQueue queue,
    IOptions<ImapOptions> options,
    TimeProvider time,
    ILogger<ImapIdleService> logger) : BackgroundService
{
    private sealed record Watch(byte[] Credentials, CancellationTokenSource Stop, Task Task);

    private readonly Dictionary<Guid, Watch> _watches = [];
    private readonly ConcurrentDictionary<Guid, byte> _idling = new();

    /// <summary>Whether new mail of this connection arrives by push right now through this instance.</summary>
    public bool IsIdling(Guid connectionId) => _idling.ContainsKey(connectionId);

    /// <summary>Which of these connections idle right now on any instance (for the integrations page and API).</summary>
    public static async Task<IReadOnlySet<Guid>> IdlingAsync(ApplyTrackDbContext db, TimeProvider time, IReadOnlyCollection<Guid> connectionIds, CancellationToken cancellationToken)
    {
        var names = connectionIds.ToDictionary(ClusterLeases.ImapIdle);
        var engaged = await db.ClusterLeases.AsNoTracking()
            .Where(l => names.Keys.Contains(l.Name) && l.Engaged)
            .Select(l => new { l.Name, l.Until })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return engaged.Where(l => l.Until >= now).Select(l => names[l.Name]).ToHashSet();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IdleEnabled)
        {
            return;
        }
        // The list is re-read every IdleRefreshInterval; in between, a session another instance left behind (its lease ran
        // out: the instance died) is taken over at the next takeover check.
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Min(options.Value.IdleRefreshInterval.Ticks, options.Value.IdleTakeoverInterval.Ticks)), time);
        var lastRefresh = long.MinValue;
        try
        {
            do
            {
                try
                {
                    if (lastRefresh == long.MinValue || time.GetElapsedTime(lastRefresh) >= options.Value.IdleRefreshInterval || await HasOrphanedSessionsAsync(stoppingToken))
                    {
                        lastRefresh = time.GetTimestamp();
                        await RefreshAsync(stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Could not refresh the IMAP IDLE sessions ({Error})", ex.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var watch in _watches.Values)
            {
                await watch.Stop.CancelAsync();
            }
            await Task.WhenAll(_watches.Values.Select(w => w.Task));
            foreach (var watch in _watches.Values)
            {
                watch.Stop.Dispose();
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var active = await db.MailboxConnections.AsNoTracking()
            .Where(c => c.Provider == MailProvider.Imap && (c.Status == ConnectionStatus.Active || c.Status == ConnectionStatus.Syncing) && c.Credentials != null)
            // Push is a Premium feature; Free plans are polled.
            .Where(c => db.Users.Any(u => u.Id == c.UserId && Plans.WithPush.Contains(u.Plan)))
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Credentials })
            .ToDictionaryAsync(c => c.Id, c => c.Credentials!, stoppingToken);
        var leases = scope.ServiceProvider.GetRequiredService<ClusterLeases>();
        var held = await leases.HeldAsync(ClusterLeases.ImapIdlePrefix, stoppingToken);

        // Disconnected, needing a new password, reconnected with other credentials, or taken over by another instance
        // (this one missed its heartbeats): end the session.
        foreach (var (id, watch) in _watches.ToList())
        {
            if (!active.TryGetValue(id, out var credentials) || !credentials.AsSpan().SequenceEqual(watch.Credentials) || !held.Contains(ClusterLeases.ImapIdle(id)))
            {
                await watch.Stop.CancelAsync();
                await watch.Task;
                watch.Stop.Dispose();
                _watches.Remove(id);
                await leases.ReleaseAsync(ClusterLeases.ImapIdle(id), stoppingToken);
            }
        }

        // Each mailbox idles on the one instance that holds its lease.
        foreach (var (id, credentials) in active.Where(a => !_watches.ContainsKey(a.Key)))
        {
            if (_watches.Count >= options.Value.MaxIdleSessions)
            {
                break;
            }
            if (!await leases.TryClaimAsync(ClusterLeases.ImapIdle(id), stoppingToken))
            {
                continue;
            }
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            _watches[id] = new Watch(credentials, stop, WatchAsync(id, credentials, stop.Token));
        }
    }

    /// <summary>Whether some instance's IDLE lease ran out (it died, or lost the database): its mailboxes need a new owner.</summary>
    private async Task<bool> HasOrphanedSessionsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var now = time.GetUtcNow();
        return await db.ClusterLeases.AnyAsync(l => l.Name.StartsWith(ClusterLeases.ImapIdlePrefix) && l.Until < now, cancellationToken);
    }

    /// <summary>Records whether the session idles, for "push on" on every instance; a failure only delays what the page shows.</summary>
    private async Task SetEngagedAsync(Guid connectionId, bool engaged)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ClusterLeases>().SetEngagedAsync(ClusterLeases.ImapIdle(connectionId), engaged, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogInformation("Could not record the IDLE state of connection {ConnectionId} ({Error})", connectionId, ex.GetType().Name);
        }
    }

    /// <summary>Keeps one connection's IDLE session alive until it is stopped; ends for good when the server has no IDLE or refuses the login.</summary>
    private async Task WatchAsync(Guid connectionId, byte[] credentials, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var backoff = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var account = ImapAccount.Decrypt(cipher, credentials);
                using var client = await sessions.OpenAsync(account, cancellationToken);
                if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
                {
                    logger.LogInformation("The IMAP server of connection {ConnectionId} offers no IDLE; it is polled", connectionId);
                    await ImapSessions.CloseAsync(client);
                    return;
                }
                await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
                backoff = TimeSpan.FromSeconds(1);

                // The session counts as open from here, before anything is said about it: whoever reads the log line
                // below finds the gauge already raised.
                Operations.ApplyTrackTelemetry.IdleSessionOpened();
                try
                {
                    logger.LogInformation("Watching the inbox of connection {ConnectionId} with IMAP IDLE", connectionId);

                    // Mail that arrived while no session was idling (start-up, a reconnect) is not announced by IDLE.
                    if (await HasUnsyncedMailAsync(connectionId, client.Inbox, cancellationToken))
                    {
                        queue.Enqueue(connectionId, SyncTrigger.Push);
                    }
                    _idling[connectionId] = 0;
                    await SetEngagedAsync(connectionId, true);
                    await IdleAsync(client, connectionId, cancellationToken);
                }
                finally
                {
                    Operations.ApplyTrackTelemetry.IdleSessionClosed();
                    _idling.TryRemove(connectionId, out _);
                    await SetEngagedAsync(connectionId, false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (AuthenticationException)
            {
                // The next sync marks the connection Authentication Required; a reconnect starts a new session.
                logger.LogInformation("The IMAP server refused the login of connection {ConnectionId}; IDLE stops", connectionId);
                return;
            }
            catch (Exception ex)
            {
                logger.LogInformation("IMAP IDLE session of connection {ConnectionId} dropped ({Error}); reconnecting in {Delay} s",
                    connectionId, ex.GetType().Name, backoff.TotalSeconds);
            }

            try
            {
                await Task.Delay(backoff, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.IdleMaxBackoff.Ticks));
        }
    }

    private async Task IdleAsync(ImapClient client, Guid connectionId, CancellationToken cancellationToken)
    {
        var inbox = client.Inbox;
        var count = inbox.Count;
        while (true)
        {
            // IDLE ends when mail arrives (to queue the sync) or before the server's 30-minute limit (to re-issue it).
            using var done = new CancellationTokenSource(options.Value.IdleRestartInterval, time);
            var arrived = false;
            void OnCountChanged(object? sender, EventArgs e)
            {
                if (inbox.Count > count)
                {
                    arrived = true;
                    done.Cancel();
                }
                count = inbox.Count;
            }

            inbox.CountChanged += OnCountChanged;
            try
            {
                await client.IdleAsync(done.Token, cancellationToken);
            }
            finally
            {
                inbox.CountChanged -= OnCountChanged;
            }

            if (arrived)
            {
                queue.Enqueue(connectionId, SyncTrigger.Push);
            }
        }
    }

    private async Task<bool> HasUnsyncedMailAsync(Guid connectionId, IMailFolder inbox, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var checkpoint = await db.FolderCursors.AsNoTracking()
            .Where(c => c.ConnectionId == connectionId && c.Folder == ImapSync.InboxFolder)
            .Select(c => c.Checkpoint)
            .SingleOrDefaultAsync(cancellationToken);
        // No checkpoint yet: the first sync is queued by the connect itself.
        return ImapCheckpoint.Parse(checkpoint) is { } known && !known.IsCurrent(inbox);
    }
}
