using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace ApplyTrack.MailSim.Google;

/// <summary>A failure the sandbox can inject into Gmail API calls, each in the exact shape Google sends it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GmailFault>))]
public enum GmailFault
{
    UserRateLimit403,
    RateLimit403,
    RateLimit429,
    BackendError500,
    Unavailable503,
}

/// <summary>
/// A Google OAuth client the sandbox checks strictly (secret; redirect URIs matched exactly, as Google does). Unknown clients
/// are accepted as-is. <paramref name="Name"/> is the app name the consent screen shows.
/// </summary>
public sealed record GoogleClient(string ClientId, string? ClientSecret = null, IReadOnlyList<string>? RedirectUris = null, string? Name = null);

/// <summary>
/// The OIDC token a Pub/Sub push subscription attaches (Pub/Sub "authenticated push"): a Google-signed JWT in
/// `Authorization: Bearer …` whose `email` is the subscription's service account and whose `aud` is the configured audience.
/// </summary>
public sealed record GmailPushAuth(string ServiceAccountEmail, string Audience);

/// <summary>
/// Switches and limits of the Google side of the sandbox. One singleton, changed by code (tests) or through
/// `/_emu/google/…`; every setting defaults to what the real services do.
/// </summary>
public sealed class GoogleSandbox
{
    private readonly ConcurrentQueue<GmailFault> _nextFaults = new();
    private readonly ConcurrentDictionary<string, GoogleClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pushEndpointsByTopic = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GmailPushAuth> _pushAuthByTopic = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _historyFloors = new(StringComparer.Ordinal);

    // OAuth

    /// <summary>Approve `/o/oauth2/v2/auth` without showing the consent page (scripts, tests).</summary>
    public bool AutoConsent { get; set; } = true;

    /// <summary>The user clicks "Cancel": `/auth` redirects back with `error=access_denied`.</summary>
    public bool DenyConsent { get; set; }

    /// <summary>Granular consent: the user unticks the Gmail scopes, so only sign-in scopes are granted.</summary>
    public bool PartialGrant { get; set; }

    /// <summary>An app in "Testing" publishing status: refresh tokens die 7 days after they were issued.</summary>
    public bool TestingAppMode { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>`iss` of id tokens and the discovery document; Google libraries accept only Google's own.</summary>
    public string Issuer { get; set; } = "https://accounts.google.com";

    /// <summary>The account `/auth` signs in when the request has no `login_hint`; null picks the store's first user.</summary>
    public string? DefaultUserEmail { get; set; }

    public IReadOnlyCollection<GoogleClient> Clients => [.. _clients.Values];

    public void RegisterClient(GoogleClient client) => _clients[client.ClientId] = client;

    public GoogleClient? FindClient(string clientId) => _clients.GetValueOrDefault(clientId);

    // Gmail API

    /// <summary>How long history records are kept; an older `startHistoryId` gets 404 (Google keeps about a week, sometimes hours).</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Forgets a mailbox's history up to now: every earlier `startHistoryId` gets 404 and the client must full-sync.</summary>
    public void ExpireHistory(Mailboxes.Mailbox mailbox) => _historyFloors[mailbox.Id] = mailbox.CurrentSequence;

    internal long HistoryFloor(string mailboxId) => _historyFloors.GetValueOrDefault(mailboxId);

    /// <summary>Per-user quota units per minute (Google: 15,000).</summary>
    public int UserUnitsPerMinute { get; set; } = 15_000;

    /// <summary>Per-project (client id) quota units per minute (Google: 1,200,000).</summary>
    public int ProjectUnitsPerMinute { get; set; } = 1_200_000;

    /// <summary>Requests one user may have in flight at once; the next one gets 429 "Too many concurrent requests for user".</summary>
    public int MaxConcurrentRequestsPerUser { get; set; } = 50;

    /// <summary>Google answers an exhausted rate quota with 403 or 429; true sends 429 `rateLimitExceeded`.</summary>
    public bool QuotaErrorsAs429 { get; set; }

    /// <summary>Added to every Gmail API call.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Chance (0–1) that a Gmail API call fails with <see cref="RandomFault"/>.</summary>
    public double FaultProbability { get; set; }

    public GmailFault RandomFault { get; set; } = GmailFault.Unavailable503;

    /// <summary>The next <paramref name="count"/> Gmail API calls fail with <paramref name="fault"/>, before anything else is checked.</summary>
    public void FailNext(int count, GmailFault fault)
    {
        for (var i = 0; i < count; i++) _nextFaults.Enqueue(fault);
    }

    public int PendingFaults => _nextFaults.Count;

    public void ClearFaults() => _nextFaults.Clear();

    internal GmailFault? TakeFault()
    {
        if (_nextFaults.TryDequeue(out var fault)) return fault;
        return FaultProbability > 0 && Random.Shared.NextDouble() < FaultProbability ? RandomFault : null;
    }

    // Push (users.watch + Cloud Pub/Sub)

    /// <summary>Whether `gmail-api-push@system.gserviceaccount.com` may publish to the topic; false makes `watch` fail with 403.</summary>
    public bool PublisherGranted { get; set; } = true;

    /// <summary>Where pushes for topics without their own subscription go; null drops them.</summary>
    public Uri? DefaultPushEndpoint { get; set; }

    /// <summary>Pushes are built and counted but never sent (Google may drop notifications).</summary>
    public bool DropPushNotifications { get; set; }

    /// <summary>Extra delay before each push (Google may be late by seconds or minutes).</summary>
    public TimeSpan PushDelay { get; set; }

    /// <summary>Minimum gap between two pushes for one user (Google: about one per second).</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First redelivery delay after a non-2xx answer; doubles up to a minute.</summary>
    public TimeSpan PushRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Give up redelivering a push after this many attempts.</summary>
    public int PushMaxAttempts { get; set; } = 8;

    /// <summary>
    /// Creates a push subscription on <paramref name="topicName"/> delivering to <paramref name="endpoint"/>; with
    /// <paramref name="auth"/>, every push carries a signed OIDC token as Pub/Sub's authenticated push does.
    /// </summary>
    public void SubscribePush(string topicName, Uri endpoint, GmailPushAuth? auth = null)
    {
        _pushEndpointsByTopic[topicName] = endpoint.ToString();
        if (auth is null) _pushAuthByTopic.TryRemove(topicName, out _);
        else _pushAuthByTopic[topicName] = auth;
    }

    internal GmailPushAuth? PushAuthFor(string topicName) => _pushAuthByTopic.GetValueOrDefault(topicName);

    internal IReadOnlyDictionary<string, string> PushSubscriptions => new Dictionary<string, string>(_pushEndpointsByTopic);

    internal IReadOnlyDictionary<string, long> HistoryFloors => new Dictionary<string, long>(_historyFloors);

    internal void RestoreHistoryFloor(string mailboxId, long sequence) => _historyFloors[mailboxId] = sequence;

    internal Uri? PushEndpointFor(string topicName) =>
        _pushEndpointsByTopic.TryGetValue(topicName, out var endpoint) ? new Uri(endpoint) : DefaultPushEndpoint;
}
