using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Cloud Pub/Sub push endpoint for Gmail watches (PROTOCOLS §4.8). The envelope's <c>message.data</c> is base64 of
/// <c>{"emailAddress","historyId"}</c> and carries no mail; we queue a sync of that mailbox (which reads history from its own
/// stored id) and answer at once, because Pub/Sub redelivers anything that is not a prompt 2xx. Strangers cannot trigger
/// syncs: <see cref="GmailPushAuthenticator"/> verifies the push's Google-signed OIDC token (or the operator's URL secret).
/// </summary>
public static class GmailWebhooks
{
    public const string Path = "/webhooks/gmail";

    public static IEndpointRouteBuilder MapGmailWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().RequireRateLimiting(Hosting.RateLimits.Webhooks);
        return app;
    }

    /// <summary>A Pub/Sub envelope of a Gmail notification is a few hundred bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static async Task<IResult> ReceiveAsync(HttpContext http, GmailPushAuthenticator authenticator, ApplyTrackDbContext db, SyncQueue queue, WebhookReplays replays, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger("ApplyTrack.GmailWebhooks");
        if (!await authenticator.IsFromPubSubAsync(http.Request, http.RequestAborted))
        {
            logger.LogWarning("Ignored a Gmail push that did not prove it came from Pub/Sub");
            Operations.ApplyTrackTelemetry.WebhookRefused("gmail");
            return TypedResults.Problem("Unknown push sender.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (await WebhookBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted) is not { } body)
        {
            return TypedResults.Problem("A push envelope is at most 64 KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        string? emailAddress;
        string? messageId;
        try
        {
            using var envelope = JsonDocument.Parse(body);
            messageId = envelope.RootElement.GetProperty("message").TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            var data = envelope.RootElement.GetProperty("message").GetProperty("data").GetString()
                       ?? throw new FormatException("message.data is null.");
            using var notification = JsonDocument.Parse(Convert.FromBase64String(data));
            emailAddress = notification.RootElement.GetProperty("emailAddress").GetString();
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return TypedResults.Problem("Not a Pub/Sub push envelope carrying a Gmail notification.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (string.IsNullOrWhiteSpace(emailAddress))
        {
            return TypedResults.Problem("The Gmail notification names no mailbox.", statusCode: StatusCodes.Status400BadRequest);
        }

        // Pub/Sub redelivers with the same messageId; a replayed envelope queues nothing more.
        if (messageId is not null && !replays.FirstTime($"gmail|{messageId}"))
        {
            return TypedResults.NoContent();
        }

        var email = emailAddress.Trim().ToLowerInvariant();
        // ToLower() becomes SQL lower(); the address was lower-cased invariantly above.
#pragma warning disable CA1304, CA1311
        var connections = await db.MailboxConnections.AsNoTracking()
            .Where(c => c.Provider == MailProvider.Gmail && c.Status != ConnectionStatus.Disconnected && c.AccountEmail.ToLower() == email)
            .Select(c => c.Id)
            .ToListAsync(http.RequestAborted);
#pragma warning restore CA1304, CA1311
        Operations.ApplyTrackTelemetry.WebhookAccepted("gmail");
        foreach (var id in connections)
        {
            queue.Enqueue(id, SyncTrigger.Push);
        }
        // Unknown mailboxes are acknowledged too: a non-2xx answer only makes Pub/Sub redeliver it.
        return TypedResults.NoContent();
    }
}
