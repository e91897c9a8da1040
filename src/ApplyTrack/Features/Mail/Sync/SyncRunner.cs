using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Operations;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// One sync of one connection: take the row lease (<see cref="ConnectionLease"/>), let the connection's
/// <see cref="IMailProvider"/> sync it and keep its push as the plan allows, record the run, release the lease.
/// Only provider-neutral errors (<see cref="MailProviderException"/>) are told apart here.
/// </summary>
public sealed class SyncRunner(
    ApplyTrackDbContext db,
    ConnectionLease lease,
    MailboxOwnerLock ownerLock,
    LeaseHeartbeat heartbeat,
    MailProcessor processor,
    Plans plans,
    MailProviders providers,
    PipelineEvents events,
    TimeProvider time,
    ILogger<SyncRunner> logger)
{
    /// <returns>False when another sync of this connection holds the lease (the caller should ask again shortly).</returns>
    public async Task<bool> RunAsync(Guid connectionId, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        if (!await lease.TryClaimAsync(connectionId, cancellationToken))
        {
            return !await lease.IsHeldAsync(connectionId, cancellationToken);
        }
        var userId = await db.MailboxConnections.AsNoTracking().Where(c => c.Id == connectionId).Select(c => c.UserId).SingleAsync(cancellationToken);
        await using var owner = await ownerLock.TryEnterAsync(userId, cancellationToken);
        if (owner is null)
        {
            // Another of the user's mailboxes is syncing: give the lease back and ask again shortly, like a busy mailbox.
            await lease.ReleaseAsync(connectionId, CancellationToken.None);
            return false;
        }
        return await RunClaimedAsync(connectionId, trigger, cancellationToken);
    }

    private async Task<bool> RunClaimedAsync(Guid connectionId, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        // Runs left open by an instance that died mid-sync: their lease ran out, and they end here.
        var now = time.GetUtcNow();
        ApplyTrackTelemetry.LeaseTakenOver(await db.SyncRuns.Where(r => r.ConnectionId == connectionId && r.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EndedAt, now).SetProperty(r => r.Outcome, SyncOutcome.Abandoned), cancellationToken));

        var connection = await db.MailboxConnections.Include(c => c.Cursors).SingleAsync(c => c.Id == connectionId, cancellationToken);
        var provider = providers.For(connection);
        var run = new SyncRun { Id = Guid.CreateVersion7(time.GetUtcNow()), ConnectionId = connection.Id, StartedAt = time.GetUtcNow(), Trigger = trigger };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        events.Publish(connection.UserId, new PipelineEvent("connection", connection.Id));
        ApplyTrackTelemetry.SyncStarted(connection.Provider.ToString(), trigger.Name());

        var plan = await Plans.OfUserAsync(db, connection.UserId, cancellationToken);
        var context = new SyncContext(connection, run, trigger) { Plan = plan };
        var interval = plans.PollingInterval(plan);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var beats = heartbeat.BeatUntilCancelledAsync(connection.Id, beating.Token);
        try
        {
            await provider.SyncAsync(context, cancellationToken);
            await processor.ApplyPendingAsync(context, cancellationToken);
            // Push is a Premium feature; Free plans are polled. After the board has its mail: a slow subscribe delays nothing.
            if (Plans.HasPush(plan))
            {
                await provider.EnsurePushAsync(context, cancellationToken);
            }
            else
            {
                await provider.StopPushAsync(connection, cancellationToken);
            }
            connection.Status = ConnectionStatus.Active;
            connection.StatusDetail = null;
            connection.SyncFailingSince = null;
            connection.LastSuccessfulSyncAt = time.GetUtcNow();
            connection.NextSyncAt = time.GetUtcNow() + interval;
            run.Outcome = run.Errors == 0 ? SyncOutcome.Succeeded : SyncOutcome.SucceededWithSkippedMessages;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the checkpoint of the last finished page is saved; the next start resumes from it.
            run.Outcome = SyncOutcome.Interrupted;
            connection.Status = ConnectionStatus.Active;
            connection.NextSyncAt = null;
        }
        catch (Exception ex) when (providers.Translate(connection, ex) is ReauthenticationRequiredException reauthentication)
        {
            if (connection.Status != ConnectionStatus.AuthenticationRequired)
            {
                // Once per loss of access (a refresh token refused, a password changed): saved with the run below.
                db.Set<Audit.AuditEvent>().Add(Audit.AuditEvent.Create(connection.UserId, Audit.AuditKind.MailboxAccessLost, time.GetUtcNow(),
                    detail: $"{connection.Provider} · {connection.AccountEmail}: {reauthentication.Message}"));
            }
            connection.Status = ConnectionStatus.AuthenticationRequired;
            connection.StatusDetail = reauthentication.Message;
            run.Outcome = SyncOutcome.AuthenticationRequired;
            run.Detail = reauthentication.Message;
            logger.LogWarning("Connection {ConnectionId} needs the user to sign in again", connection.Id);
        }
        catch (Exception ex)
        {
            var error = providers.Translate(connection, ex);
            run.Outcome = SyncOutcome.Failed;
            run.Detail = Describe(error, ex);
            connection.Status = ConnectionStatus.Active;
            connection.SyncFailingSince ??= time.GetUtcNow();
            // A throttled provider said when to come back; anything else is retried every minute.
            var retryIn = error is ProviderThrottledException { RetryAfter: { } after } && after > RetryInterval ? after : RetryInterval;
            connection.StatusDetail = $"Sync failing: {run.Detail}. It is retried every minute.";
            connection.NextSyncAt = time.GetUtcNow() + retryIn;
            logger.LogWarning("Sync of connection {ConnectionId} failed: {Error}; it resumes from its checkpoint", connection.Id, run.Detail);
        }
        finally
        {
            await beating.CancelAsync();
            await beats;
            run.EndedAt = time.GetUtcNow();
            await KeepDisconnectAsync(connection);
            connection.LeaseOwner = null;
            connection.LeaseUntil = null;
            // Shutdown must not lose the run's record: save without the (cancelled) stopping token.
            await db.SaveChangesAsync(CancellationToken.None);
            ApplyTrackTelemetry.SyncEnded(connection.Provider.ToString(), trigger.Name(), run.Outcome.Name(), run.MessagesSeen, run.JobEvents);
            events.Publish(connection.UserId, new PipelineEvent("connection", connection.Id));
        }
        return true;
    }

    /// <summary>A disconnect that happened while this sync ran wins: no status flip back, no tokens written back.</summary>
    private async Task KeepDisconnectAsync(MailboxConnection connection)
    {
        var current = await db.MailboxConnections.AsNoTracking().Where(c => c.Id == connection.Id).Select(c => c.Status).SingleAsync(CancellationToken.None);
        if (current != ConnectionStatus.Disconnected)
        {
            return;
        }
        connection.Status = ConnectionStatus.Disconnected;
        connection.NextSyncAt = null;
        var entry = db.Entry(connection);
        entry.Property(c => c.Credentials).IsModified = false;
        entry.Property(c => c.StatusDetail).IsModified = false;
        entry.Property(c => c.SyncFailingSince).IsModified = false;
        foreach (var cursor in connection.Cursors)
        {
            db.Entry(cursor).Property(c => c.Push).IsModified = false;
            db.Entry(cursor).Property(c => c.SubscriptionId).IsModified = false;
            db.Entry(cursor).Property(c => c.ClientState).IsModified = false;
            db.Entry(cursor).Property(c => c.SubscriptionExpiresAt).IsModified = false;
        }
    }

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMinutes(1);

    /// <summary>The provider's own words (status and reason, never mail content), or the exception's type for anything else.</summary>
    private static string Describe(MailProviderException? error, Exception ex)
    {
        var message = error?.Message ?? ex.GetType().Name;
        return message.Length > 1000 ? message[..1000] : message;
    }
}
