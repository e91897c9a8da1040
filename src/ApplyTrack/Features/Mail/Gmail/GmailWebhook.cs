using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Cloud Pub/Sub push endpoint for Gmail watches (PROTOCOLS §4.8). The envelope's <c>message.data</c> is base64 of
/// <c>{"emailAddress","historyId"}</c> and carries no mail; we queue a sync of that mailbox (which reads history from its own
/// stored id) and answer at once, because Pub/Sub redelivers anything that is not a prompt 2xx. The push subscription's
/// URL carries a per-deployment secret (<c>?token=</c>), compared in constant time, so strangers cannot trigger syncs.
/// </summary>
public static class GmailWebhook
{
    public const string Path = "/webhooks/gmail";

    public static IEndpointRouteBuilder MapGmailWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, GoogleEndpoints endpoints, ApplyTrackDbContext db, SyncQueue queue, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger("ApplyTrack.GmailWebhook");
        if (endpoints.PushToken is not { Length: > 0 } expected || !FixedTimeEquals(expected, http.Request.Query["token"].ToString()))
        {
            logger.LogWarning("Ignored a Gmail push without the right token");
            Operations.ApplyTrackTelemetry.WebhookRefused("gmail");
            return TypedResults.Problem("Unknown push sender.", statusCode: StatusCodes.Status401Unauthorized);
        }

        string? emailAddress;
        try
        {
            using var envelope = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
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

        var email = emailAddress.Trim().ToLowerInvariant();
        var connections = await db.MailboxConnections.AsNoTracking()
            .Where(c => c.Provider == MailProvider.Gmail && c.Status != ConnectionStatus.Disconnected && c.AccountEmail.ToLower() == email)
            .Select(c => c.Id)
            .ToListAsync(http.RequestAborted);
        Operations.ApplyTrackTelemetry.WebhookAccepted("gmail");
        foreach (var id in connections)
        {
            queue.Enqueue(id, "push");
        }
        // Unknown mailboxes are acknowledged too: a non-2xx answer only makes Pub/Sub redeliver it.
        return TypedResults.NoContent();
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
