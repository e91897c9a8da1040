using System.Collections.Concurrent;
using ApplyTrack.Features.Accounts;
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

    /// <summary>Whether new mail of this connection arrives by push right now (for the integrations page).</summary>
    public bool IsIdling(Guid connectionId) => _idling.ContainsKey(connectionId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IdleEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.IdleRefreshInterval, time);
        try
        {
            do
            {
                try
                {
                    await RefreshAsync(stoppingToken);
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
            .Take(Math.Max(0, options.Value.MaxIdleSessions))
            .ToDictionaryAsync(c => c.Id, c => c.Credentials!, stoppingToken);

        // Disconnected, needing a new password, or reconnected with other credentials: end the session.
        foreach (var (id, watch) in _watches.ToList())
        {
            if (!active.TryGetValue(id, out var credentials) || !credentials.AsSpan().SequenceEqual(watch.Credentials))
            {
                await watch.Stop.CancelAsync();
                await watch.Task;
                watch.Stop.Dispose();
                _watches.Remove(id);
            }
        }

        foreach (var (id, credentials) in active.Where(a => !_watches.ContainsKey(a.Key)))
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            _watches[id] = new Watch(credentials, stop, WatchAsync(id, credentials, stop.Token));
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
                logger.LogInformation("Watching the inbox of connection {ConnectionId} with IMAP IDLE", connectionId);

                // Mail that arrived while no session was idling (start-up, a reconnect) is not announced by IDLE.
                if (await HasUnsyncedMailAsync(connectionId, client.Inbox, cancellationToken))
                {
                    queue.Enqueue(connectionId, SyncTrigger.Push);
                }
                _idling[connectionId] = 0;
                Operations.ApplyTrackTelemetry.IdleSessionOpened();
                try
                {
                    await IdleAsync(client, connectionId, cancellationToken);
                }
                finally
                {
                    Operations.ApplyTrackTelemetry.IdleSessionClosed();
                    _idling.TryRemove(connectionId, out _);
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
