using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Graph's change and lifecycle notifications. The validation handshake echoes the token; a notification is
/// checked against the subscription's clientState, queued, and answered 202 at once — the sync runs in the background.
/// </summary>
public static class OutlookWebhooks
{
    /// <summary>Graph batches at most a few hundred notifications; anything far larger is not Graph.</summary>
    public const int MaxNotifications = 1000;

    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapOutlookWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("").AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimits.Webhooks);
        hooks.MapPost(OutlookSubscriptions.NotificationPath, (HttpContext http, ApplyTrackDbContext db, SyncQueue queue, WebhookReplays replays, ILoggerFactory logs) =>
            ReceiveAsync(http, db, queue, replays, logs.CreateLogger("ApplyTrack.OutlookWebhooks"), lifecycle: false));
        hooks.MapPost(OutlookSubscriptions.LifecyclePath, (HttpContext http, ApplyTrackDbContext db, SyncQueue queue, WebhookReplays replays, ILoggerFactory logs) =>
            ReceiveAsync(http, db, queue, replays, logs.CreateLogger("ApplyTrack.OutlookWebhooks"), lifecycle: true));
        return app;
    }

    private sealed record Notification(string SubscriptionId, string ClientState, string? LifecycleEvent, string ReplayKey);

    private static async Task<IResult> ReceiveAsync(HttpContext http, ApplyTrackDbContext db, SyncQueue queue, WebhookReplays replays, ILogger logger, bool lifecycle)
    {
        if (http.Request.Query.TryGetValue("validationToken", out var token))
        {
            return Results.Text(token.ToString(), "text/plain", Encoding.UTF8);
        }

        if (await WebhookBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted) is not { } body)
        {
            return TypedResults.Problem($"A notification body is at most {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // The whole shape is checked before any database work: a stranger's garbage costs one parse.
        List<Notification> notifications;
        try
        {
            using var document = JsonDocument.Parse(body);
            notifications = Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The notification body is not JSON.", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var subscriptionIds = notifications.Select(n => n.SubscriptionId).Distinct().ToList();
        var cursors = await db.FolderCursors.AsNoTracking()
            .Where(c => c.Push == Providers.PushKind.GraphSubscription && subscriptionIds.Contains(c.SubscriptionId!))
            .Select(c => new { c.Id, c.ConnectionId, c.SubscriptionId, c.ClientState })
            .ToListAsync(http.RequestAborted);
        var bySubscription = cursors.ToDictionary(c => c.SubscriptionId!, StringComparer.Ordinal);

        var ignored = 0;
        var replayed = 0;
        foreach (var notification in notifications)
        {
            if (!bySubscription.TryGetValue(notification.SubscriptionId, out var cursor) || cursor.ClientState is null
                || !FixedTimeEquals(cursor.ClientState, notification.ClientState))
            {
                ignored++;
                Operations.ApplyTrackTelemetry.WebhookRefused("outlook");
                continue;
            }
            if (!replays.FirstTime(notification.ReplayKey))
            {
                replayed++;
                continue;
            }

            if (lifecycle && notification.LifecycleEvent == "subscriptionRemoved")
            {
                await db.FolderCursors.Where(c => c.Id == cursor.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Push, (Providers.PushKind?)null)
                    .SetProperty(c => c.SubscriptionId, (string?)null)
                    .SetProperty(c => c.SubscriptionExpiresAt, (DateTimeOffset?)null), http.RequestAborted);
            }
            else if (lifecycle && notification.LifecycleEvent == "reauthorizationRequired")
            {
                // Renewing early re-authorizes it: bring its expiry inside the renewal window.
                await db.FolderCursors.Where(c => c.Id == cursor.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.SubscriptionExpiresAt, DateTimeOffset.UnixEpoch), http.RequestAborted);
            }
            // Every notification (and "missed") means: run the delta query soon.
            Operations.ApplyTrackTelemetry.WebhookAccepted("outlook");
            queue.Enqueue(cursor.ConnectionId, lifecycle ? SyncRunValues.ForLifecycleEvent(notification.LifecycleEvent) : SyncTrigger.Push);
        }
        if (ignored > 0 || replayed > 0)
        {
            // One line per request, whatever the batch holds.
            logger.LogWarning("Ignored {Ignored} Graph notifications with an unknown subscription or a wrong clientState and {Replayed} replays, of {Count}",
                ignored, replayed, notifications.Count);
        }
        return Results.Accepted();
    }

    /// <summary>Graph's envelope: an object whose <c>value</c> is an array of objects, each naming its subscription and clientState.</summary>
    private static List<Notification> Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A notification body is an object carrying a 'value' array.");
        }
        if (items.GetArrayLength() > MaxNotifications)
        {
            throw new FormatException($"A notification body carries at most {MaxNotifications} notifications.");
        }

        var notifications = new List<Notification>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            if (Text(item, "subscriptionId") is not { Length: > 0 and <= 200 } subscriptionId || Text(item, "clientState") is not { Length: <= 256 } clientState)
            {
                throw new FormatException("Each notification is an object with a 'subscriptionId' and a 'clientState'.");
            }
            var lifecycleEvent = Text(item, "lifecycleEvent");
            // Graph redelivers the same notification (same id, or same resource and change) when it retries: one sync is enough.
            var replayKey = string.Join('|', subscriptionId, Text(item, "id"), Text(item, "changeType"), Text(item, "resource"), lifecycleEvent, Text(item, "subscriptionExpirationDateTime"));
            notifications.Add(new Notification(subscriptionId, clientState, lifecycleEvent, replayKey));
        }
        return notifications;
    }

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
