using Microsoft.Extensions.Options;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Gmail push: one <c>users.watch</c> per mailbox covering its monitored labels, renewed daily (Google's advice; a watch lapses
/// after about 7 days), stopped on disconnect. Its expiry is kept on each monitored label's cursor. Push only hints "sync now";
/// the scheduler's polling stays the safety net because Google may delay or drop notifications.
/// </summary>
public sealed class GmailWatches(GoogleEndpoints endpoints, TimeProvider time, ILogger<GmailWatches> logger)
{
    private static readonly TimeSpan WatchLifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromDays(1);

    public async Task EnsureAsync(GmailClient gmail, MailboxConnection connection, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        if (endpoints.PushTopic is not { } topic || labels.Count == 0)
        {
            return;
        }
        // Demo mode: the app's address and push secret change with each start, so point the sandbox at them every time.
        endpoints.EnsureDemoPushSubscription(topic);
        var cursors = connection.Cursors.Where(c => labels.Contains(c.Folder)).ToList();
        var dropped = connection.Cursors.Where(c => !labels.Contains(c.Folder) && c.Push is not null).ToList();
        var now = time.GetUtcNow();
        if (dropped.Count == 0 && cursors.Count == labels.Count
            && cursors.All(c => c.Push == PushKind.GmailWatch && c.SubscriptionExpiresAt > now + WatchLifetime - RenewEvery))
        {
            return;
        }

        try
        {
            var watch = await gmail.WatchAsync(topic, labels, cancellationToken);
            var expires = watch.Expiration is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : now + WatchLifetime;
            foreach (var cursor in cursors)
            {
                // A watch has no id of its own (Gmail's answer is a historyId and an expiry).
                cursor.ClearPush();
                cursor.Push = PushKind.GmailWatch;
                cursor.SubscriptionExpiresAt = expires;
            }
            // A new watch replaces the old one, so labels no longer monitored are no longer watched.
            foreach (var cursor in dropped)
            {
                cursor.ClearPush();
            }
        }
        catch (GmailApiException ex)
        {
            // Push is an accelerator; polling still covers the mailbox.
            logger.LogWarning("Could not set up Gmail push for connection {ConnectionId}: {Error}", connection.Id, ex.Message);
        }
    }

    public async Task StopAsync(GmailClient gmail, MailboxConnection connection, CancellationToken cancellationToken)
    {
        if (!connection.Cursors.Any(c => c.Push is not null))
        {
            return;
        }
        try
        {
            await gmail.StopAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is GmailApiException or HttpRequestException or ReauthenticationRequiredException)
        {
            logger.LogInformation("Gmail watch of connection {ConnectionId} could not be stopped ({Error}); it lapses by itself", connection.Id, ex.GetType().Name);
        }
        foreach (var cursor in connection.Cursors)
        {
            cursor.ClearPush();
        }
    }
}
