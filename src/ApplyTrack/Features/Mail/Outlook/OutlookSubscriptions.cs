using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ApplyTrack.Features.Mail.Providers;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Graph change notifications per monitored folder: created when push is available (a public notification
/// URL, or the sandbox in demo mode, which reaches this app directly), renewed before they expire,
/// re-created when Graph removed them, deleted on disconnect.
/// </summary>
public sealed class OutlookSubscriptions(
    IOptions<OutlookOptions> options,
    IOptions<SyncOptions> syncOptions,
    OutlookEndpoints endpoints,
    IServer server,
    TimeProvider time,
    ILogger<OutlookSubscriptions> logger)
{
    public const string NotificationPath = "/webhooks/graph";
    public const string LifecyclePath = "/webhooks/graph/lifecycle";

    /// <summary>The public base URL Graph posts to, or null when push is not available.</summary>
    public string? NotificationBaseUrl
    {
        get
        {
            if (!options.Value.PushEnabled)
            {
                return null;
            }
            if (options.Value.NotificationUrl is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }
            if (!endpoints.IsDemo)
            {
                return null;
            }
            // Demo mode: the in-process sandbox calls us on our own loopback address.
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault();
            return address?.Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").Replace("://localhost", "://127.0.0.1").TrimEnd('/');
        }
    }

    public async Task EnsureAsync(GraphServiceClient graph, MailboxConnection connection, FolderCursor cursor, CancellationToken cancellationToken)
    {
        if (NotificationBaseUrl is not { } baseUrl)
        {
            return;
        }

        var now = time.GetUtcNow();
        try
        {
            if (cursor.SubscriptionId is { } id && cursor.SubscriptionExpiresAt > now + syncOptions.Value.SubscriptionRenewalWindow)
            {
                return;
            }

            var expiration = now + syncOptions.Value.SubscriptionLifetime;
            if (cursor.SubscriptionId is { } existing)
            {
                try
                {
                    var renewed = await graph.Subscriptions[existing].PatchAsync(new Subscription { ExpirationDateTime = expiration }, cancellationToken: cancellationToken);
                    cursor.SubscriptionExpiresAt = renewed?.ExpirationDateTime ?? expiration;
                    return;
                }
                catch (ODataError error) when (error.ResponseStatusCode == 404)
                {
                    cursor.ClearPush();
                }
            }

            var clientState = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
            // Immutable ids, as the delta queries use: a notification then names the message by the id we store.
            var created = await graph.Subscriptions.PostAsync(new Subscription
            {
                ChangeType = "created,updated,deleted",
                NotificationUrl = baseUrl + NotificationPath,
                LifecycleNotificationUrl = baseUrl + LifecyclePath,
                Resource = $"me/mailFolders('{cursor.Folder}')/messages",
                ExpirationDateTime = expiration,
                ClientState = clientState,
            }, rc => rc.Headers.Add("Prefer", "IdType=\"ImmutableId\""), cancellationToken);
            cursor.Push = created?.Id is null ? null : PushKind.GraphSubscription;
            cursor.SubscriptionId = created?.Id;
            cursor.ClientState = clientState;
            cursor.SubscriptionExpiresAt = created?.ExpirationDateTime ?? expiration;
        }
        catch (ODataError error)
        {
            // Push is an accelerator; polling still covers the folder.
            logger.LogWarning("Could not set up push for a folder of connection {ConnectionId}: Graph answered {Status} {Code}",
                connection.Id, error.ResponseStatusCode, error.Error?.Code);
        }
    }

    public async Task DeleteAllAsync(GraphServiceClient graph, MailboxConnection connection, CancellationToken cancellationToken)
    {
        foreach (var cursor in connection.Cursors.Where(c => c.SubscriptionId is not null))
        {
            await DeleteAsync(graph, connection, cursor, cancellationToken);
        }
    }

    public async Task DeleteAsync(GraphServiceClient graph, MailboxConnection connection, FolderCursor cursor, CancellationToken cancellationToken)
    {
        if (cursor.SubscriptionId is not null)
        {
            try
            {
                await graph.Subscriptions[cursor.SubscriptionId].DeleteAsync(cancellationToken: cancellationToken);
            }
            catch (Exception ex) when (ex is ODataError or HttpRequestException or ReauthenticationRequiredException)
            {
                logger.LogInformation("Subscription of connection {ConnectionId} could not be deleted at Graph ({Error}); it expires by itself", connection.Id, ex.GetType().Name);
            }
            cursor.ClearPush();
        }
    }
}
