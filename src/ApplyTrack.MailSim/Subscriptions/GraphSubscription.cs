using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ApplyTrack.MailSim.Subscriptions;

/// <summary>A Graph change-notification subscription on a mailbox's messages (PROTOCOLS §3).</summary>
public sealed record GraphSubscription
{
    public required string Id { get; init; }
    public required string MailboxId { get; init; }
    public required string TenantId { get; init; }
    public required string ClientId { get; init; }
    public required string Resource { get; init; }

    /// <summary>Null when the subscription covers every message of the mailbox (`me/messages`).</summary>
    public string? FolderId { get; init; }

    public required IReadOnlyList<string> ChangeTypes { get; init; }
    public required string NotificationUrl { get; init; }
    public string? LifecycleNotificationUrl { get; init; }
    public string? ClientState { get; init; }
    public required DateTimeOffset ExpirationDateTime { get; init; }
    public bool ImmutableIds { get; init; }
    public string? LatestSupportedTlsVersion { get; init; }

    /// <summary>Set once a reauthorizationRequired lifecycle event went out for the current expiry.</summary>
    public bool ReauthorizationAnnounced { get; init; }

    public JsonObject ToJson(string baseUrl) => new()
    {
        ["@odata.context"] = $"{baseUrl}$metadata#subscriptions/$entity",
        ["id"] = Id,
        ["resource"] = Resource,
        ["applicationId"] = ClientId,
        ["changeType"] = string.Join(',', ChangeTypes),
        ["clientState"] = ClientState,
        ["notificationUrl"] = NotificationUrl,
        ["notificationQueryOptions"] = null,
        ["lifecycleNotificationUrl"] = LifecycleNotificationUrl,
        ["expirationDateTime"] = ExpirationDateTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        ["creatorId"] = MailboxId,
        ["includeResourceData"] = null,
        ["latestSupportedTlsVersion"] = LatestSupportedTlsVersion ?? "v1_2",
        ["encryptionCertificate"] = null,
        ["encryptionCertificateId"] = null,
        ["notificationUrlAppId"] = null,
    };
}

/// <summary>The message resources Outlook subscriptions accept: `me/messages`, `users/{id}/messages`, and per-folder forms.</summary>
public static partial class SubscriptionResource
{
    public static bool TryParse(string resource, out string owner, out string? folder)
    {
        var match = Pattern().Match(resource.Trim());
        owner = match.Groups["owner"].Value;
        folder = match.Groups["key"].Success ? match.Groups["key"].Value : match.Groups["segment"].Success ? match.Groups["segment"].Value : null;
        return match.Success;
    }

    [GeneratedRegex(@"^/?(?<owner>me|users/[^/]+|users\('[^']+'\))/(?:mailfolders(?:\('(?<key>[^']+)'\)|/(?<segment>[^/?]+))/)?messages(?:\?.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
