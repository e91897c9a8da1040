using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Subscriptions;

/// <summary>One POST waiting to go out: a batch of notifications for one URL, and when its first attempt was.</summary>
public sealed record NotificationDelivery(string Url, IReadOnlyList<JsonObject> Notifications, DateTimeOffset FirstAttempt, int Attempt = 0);

/// <summary>
/// Turns mailbox changes into Graph change notifications (PROTOCOLS §3.4) and delivers them from a bounded channel:
/// batched per URL, 3 s timeout, retried with exponential backoff until the retry horizon, then dropped (and a `missed`
/// lifecycle event sent, as Graph does when it gives up). Also expires subscriptions and announces
/// `reauthorizationRequired` shortly before expiry.
/// </summary>
public sealed class NotificationDispatcher(
    MailboxStore store,
    SubscriptionStore subscriptions,
    IHttpClientFactory httpClients,
    TimeProvider time,
    MailSandboxOptions options,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "graph-notifications";
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ReauthorizationNotice = TimeSpan.FromMinutes(10);
    private readonly Channel<NotificationDelivery> _queue = Channel.CreateBounded<NotificationDelivery>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        store.Changed += OnMailboxChanged;
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        store.Changed -= OnMailboxChanged;
        return base.StopAsync(cancellationToken);
    }

    /// <summary>Queues a lifecycle event (`reauthorizationRequired`, `subscriptionRemoved`, `missed`) for a subscription.</summary>
    public bool SendLifecycleEvent(GraphSubscription subscription, string lifecycleEvent)
    {
        if (subscription.LifecycleNotificationUrl is not { } url) return false;
        var notification = new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = subscription.ExpirationDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", CultureInfo.InvariantCulture),
            ["tenantId"] = subscription.TenantId,
            ["clientState"] = subscription.ClientState,
            ["lifecycleEvent"] = lifecycleEvent,
        };
        return _queue.Writer.TryWrite(new NotificationDelivery(url, [notification], time.GetUtcNow()));
    }

    /// <summary>Runs on the mutating thread: only builds payloads and writes to the channel.</summary>
    private void OnMailboxChanged(MailboxChange change)
    {
        var mailbox = store.Find(change.MailboxId);
        if (mailbox is null) return;
        var batches = new Dictionary<string, List<JsonObject>>();
        foreach (var subscription in subscriptions.Active.Where(s => s.MailboxId == change.MailboxId))
        {
            var changeType = ChangeTypeFor(change, subscription.FolderId);
            if (changeType is null || !subscription.ChangeTypes.Contains(changeType)) continue;
            var message = changeType == "deleted" ? change.Before ?? change.Message : change.Message;
            var id = subscription.ImmutableIds ? message.ImmutableId : message.Id;
            var resource = $"Users/{mailbox.Id}/Messages/{id}";
            if (!batches.TryGetValue(subscription.NotificationUrl, out var batch)) batches[subscription.NotificationUrl] = batch = [];
            batch.Add(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N")[..16],
                ["subscriptionId"] = subscription.Id,
                ["subscriptionExpirationDateTime"] = subscription.ExpirationDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", CultureInfo.InvariantCulture),
                ["clientState"] = subscription.ClientState,
                ["changeType"] = changeType,
                ["resource"] = resource,
                ["tenantId"] = subscription.TenantId,
                ["resourceData"] = new JsonObject
                {
                    ["@odata.type"] = "#Microsoft.Graph.Message",
                    ["@odata.id"] = resource,
                    ["@odata.etag"] = $"W/\"{Graph.MessageJson.ChangeKey(message)}\"",
                    ["id"] = id,
                },
            });
        }
        foreach (var (url, notifications) in batches)
            if (!_queue.Writer.TryWrite(new NotificationDelivery(url, notifications, time.GetUtcNow())))
                logger.LogWarning("Notification queue full; dropped {Count} notifications", notifications.Count);
    }

    /// <summary>Without `$filter`, Graph reports moves into a folder as created, out of it as deleted, and flag changes as updated.</summary>
    private static string? ChangeTypeFor(MailboxChange change, string? folderId)
    {
        if (folderId is not null && !change.Touches(folderId)) return null;
        return change.Kind switch
        {
            MailboxChangeKind.Added => "created",
            MailboxChangeKind.Deleted => "deleted",
            MailboxChangeKind.Updated => "updated",
            MailboxChangeKind.Moved when folderId is null => "updated",
            MailboxChangeKind.Moved => change.After?.FolderId == folderId ? "created" : "deleted",
            _ => null,
        };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweeper = SweepAsync(stoppingToken);
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                // Batch whatever else is already waiting for the same URL, as Graph does.
                var merged = delivery;
                var others = new List<NotificationDelivery>();
                while (merged.Notifications.Count < 100 && _queue.Reader.TryRead(out var next))
                {
                    if (next.Url == merged.Url && next.Attempt == 0 && merged.Attempt == 0) merged = merged with { Notifications = [.. merged.Notifications, .. next.Notifications] };
                    else others.Add(next);
                }
                foreach (var other in others) _queue.Writer.TryWrite(other);
                await DeliverAsync(merged, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await sweeper;
    }

    private async Task DeliverAsync(NotificationDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(DeliveryTimeout);
            using var response = await httpClients.CreateClient(HttpClientName)
                .PostAsJsonAsync(delivery.Url, new JsonObject { ["value"] = new JsonArray([.. delivery.Notifications.Select(n => n.DeepClone())]) }, timeout.Token);
            if (response.IsSuccessStatusCode) return;
            logger.LogInformation("Notification endpoint answered {Status}; will retry", (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Notification delivery failed ({Reason}); will retry", e.GetType().Name);
        }
        ScheduleRetry(delivery, stoppingToken);
    }

    private void ScheduleRetry(NotificationDelivery delivery, CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, delivery.Attempt)));
        if (time.GetUtcNow() + backoff - delivery.FirstAttempt > options.NotificationRetryHorizon)
        {
            logger.LogWarning("Dropping {Count} notifications after {Attempts} attempts", delivery.Notifications.Count, delivery.Attempt + 1);
            foreach (var id in delivery.Notifications.Select(n => (string?)n["subscriptionId"]).OfType<string>().Distinct())
                if (subscriptions.Find(id) is { } subscription && delivery.Notifications[0]["lifecycleEvent"] is null)
                    SendLifecycleEvent(subscription, "missed");
            return;
        }
        _ = Task.Run(async () =>
        {
            await Task.Delay(backoff, stoppingToken);
            _queue.Writer.TryWrite(delivery with { Attempt = delivery.Attempt + 1 });
        }, stoppingToken);
    }

    /// <summary>Expires subscriptions on the sandbox clock; polled on wall-clock time so a moved clock takes effect quickly.</summary>
    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var expired in subscriptions.RemoveExpired())
                    logger.LogInformation("Subscription {Id} expired", expired.Id);
                var now = time.GetUtcNow();
                foreach (var subscription in subscriptions.Active.Where(s => !s.ReauthorizationAnnounced && s.ExpirationDateTime - now <= ReauthorizationNotice))
                {
                    subscriptions.Save(subscription with { ReauthorizationAnnounced = true });
                    SendLifecycleEvent(subscription, "reauthorizationRequired");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
