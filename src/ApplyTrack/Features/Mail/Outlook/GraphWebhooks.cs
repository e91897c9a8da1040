using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Graph's change and lifecycle notifications. The validation handshake echoes the token; a notification is
/// checked against the subscription's clientState, queued, and answered 202 at once — the sync runs in the background.
/// </summary>
public static class GraphWebhooks
{
    public static IEndpointRouteBuilder MapGraphWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        hooks.MapPost(OutlookSubscriptions.NotificationPath, (HttpContext http, ApplyTrackDbContext db, SyncQueue queue, ILoggerFactory logs) =>
            ReceiveAsync(http, db, queue, logs.CreateLogger("ApplyTrack.GraphWebhooks"), lifecycle: false));
        hooks.MapPost(OutlookSubscriptions.LifecyclePath, (HttpContext http, ApplyTrackDbContext db, SyncQueue queue, ILoggerFactory logs) =>
            ReceiveAsync(http, db, queue, logs.CreateLogger("ApplyTrack.GraphWebhooks"), lifecycle: true));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, ApplyTrackDbContext db, SyncQueue queue, ILogger logger, bool lifecycle)
    {
        if (http.Request.Query.TryGetValue("validationToken", out var token))
        {
            return Results.Text(token.ToString(), "text/plain", Encoding.UTF8);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The notification body is not JSON.", statusCode: StatusCodes.Status400BadRequest);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("value", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return TypedResults.Problem("A notification body carries a 'value' array.", statusCode: StatusCodes.Status400BadRequest);
            }

            foreach (var item in items.EnumerateArray())
            {
                var subscriptionId = Text(item, "subscriptionId");
                var clientState = Text(item, "clientState");
                var cursor = subscriptionId is null ? null : await db.FolderCursors.AsNoTracking().SingleOrDefaultAsync(c => c.SubscriptionId == subscriptionId, http.RequestAborted);
                if (cursor?.ClientState is null || clientState is null || !FixedTimeEquals(cursor.ClientState, clientState))
                {
                    logger.LogWarning("Ignored a Graph notification with an unknown subscription or a wrong clientState");
                    Operations.ApplyTrackTelemetry.WebhookRefused("outlook");
                    continue;
                }

                var lifecycleEvent = Text(item, "lifecycleEvent");
                if (lifecycle && lifecycleEvent == "subscriptionRemoved")
                {
                    await db.FolderCursors.Where(c => c.Id == cursor.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.SubscriptionId, (string?)null)
                        .SetProperty(c => c.SubscriptionExpiresAt, (DateTimeOffset?)null), http.RequestAborted);
                }
                else if (lifecycle && lifecycleEvent == "reauthorizationRequired")
                {
                    // Renewing early re-authorizes it: bring its expiry inside the renewal window.
                    await db.FolderCursors.Where(c => c.Id == cursor.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.SubscriptionExpiresAt, DateTimeOffset.UnixEpoch), http.RequestAborted);
                }
                // Every notification (and "missed") means: run the delta query soon.
                Operations.ApplyTrackTelemetry.WebhookAccepted("outlook");
                queue.Enqueue(cursor.ConnectionId, lifecycle ? $"lifecycle:{lifecycleEvent}" : "push");
            }
        }
        return Results.Accepted();
    }

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
