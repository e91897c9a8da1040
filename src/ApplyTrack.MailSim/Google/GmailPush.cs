using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>An active `users.watch`: which topic to notify, for which labels, until when.</summary>
public sealed record GmailWatch(string MailboxId, string Email, string TopicName, IReadOnlyList<string> LabelIds, bool IncludeLabels, DateTimeOffset Expiration);

/// <summary>One Pub/Sub push the sandbox made (or dropped), for tests and `/_emu/google/pushes`.</summary>
public sealed record GmailPushAttempt(DateTimeOffset At, string Email, ulong HistoryId, string? Endpoint, int? Status, int Attempt, string Outcome);

/// <summary>
/// Active watches (one per mailbox, as at Google: a new `watch` replaces the old one) and the queue of changes to push.
/// The store's <see cref="MailboxStore.Changed"/> handler only filters and writes to a bounded channel; delivery is
/// <see cref="GmailPushDelivery"/>'s job.
/// </summary>
public sealed class GmailWatches
{
    private readonly ConcurrentDictionary<string, GmailWatch> _watches = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<GmailPushAttempt> _log = new();
    private readonly MailboxStore _store;

    public GmailWatches(MailboxStore store)
    {
        _store = store;
        store.Changed += OnChanged;
    }

    // Pushes are only hints (the client reads history from its own stored id), so under pressure the oldest are dropped.
    internal Channel<(GmailWatch Watch, ulong HistoryId)> Pending { get; } =
        Channel.CreateBounded<(GmailWatch, ulong)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public IReadOnlyCollection<GmailWatch> Active => [.. _watches.Values];

    /// <summary>The most recent push attempts, oldest first (at most 500 kept).</summary>
    public IReadOnlyList<GmailPushAttempt> Log => [.. _log];

    internal void Start(GmailWatch watch) => _watches[watch.MailboxId] = watch;

    internal void Stop(string mailboxId) => _watches.TryRemove(mailboxId, out _);

    internal void Record(GmailPushAttempt attempt)
    {
        _log.Enqueue(attempt);
        while (_log.Count > 500) _log.TryDequeue(out _);
    }

    private void OnChanged(MailboxChange change)
    {
        if (!_watches.TryGetValue(change.MailboxId, out var watch)) return;
        if (watch.Expiration <= _store.Time.GetUtcNow())
        {
            _watches.TryRemove(new KeyValuePair<string, GmailWatch>(change.MailboxId, watch));
            return;
        }
        if (watch.LabelIds.Count > 0 && _store.Find(change.MailboxId) is { } mailbox)
        {
            var labels = new GmailLabels(mailbox.Folders);
            var touched = (change.Before is null ? [] : labels.For(change.Before)).Concat(change.After is null ? [] : labels.For(change.After)).ToHashSet();
            var matches = watch.LabelIds.Any(touched.Contains);
            if (matches != watch.IncludeLabels) return;
        }
        Pending.Writer.TryWrite((watch, GmailIds.HistoryId(change.Sequence)));
    }
}

/// <summary>
/// Delivers Gmail push notifications as Cloud Pub/Sub push requests (PROTOCOLS §4.8): at most one per user per
/// <see cref="GoogleSandbox.PushInterval"/> (later changes fold into the next push, carrying the newest history id), redelivered
/// with doubling backoff on non-2xx answers, optionally delayed or dropped.
/// </summary>
public sealed class GmailPushDelivery(GmailWatches watches, GoogleSandbox settings, MailboxStore store, IHttpClientFactory httpClients,
    SandboxKeys keys, IServiceProvider services, ILogger<GmailPushDelivery> logger) : BackgroundService
{
    public const string HttpClientName = "GmailPubSubPush";

    private readonly ConcurrentDictionary<string, (GmailWatch Watch, ulong HistoryId)> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);
    private long _messageId = 2070443601311540;

    private TimeProvider Time => store.Time;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (watch, historyId) in watches.Pending.Reader.ReadAllAsync(stoppingToken))
        {
            var alreadyScheduled = false;
            _waiting.AddOrUpdate(watch.MailboxId, (watch, historyId), (_, existing) =>
            {
                alreadyScheduled = true;
                return (watch, Math.Max(existing.HistoryId, historyId));
            });
            if (!alreadyScheduled) _ = DeliverSoonAsync(watch.MailboxId, stoppingToken);
        }
    }

    private async Task DeliverSoonAsync(string mailboxId, CancellationToken stoppingToken)
    {
        try
        {
            var earliest = _lastSent.GetValueOrDefault(mailboxId, DateTimeOffset.MinValue) + settings.PushInterval;
            var wait = earliest - Time.GetUtcNow() + settings.PushDelay;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, Time, stoppingToken);
            if (!_waiting.TryRemove(mailboxId, out var due)) return;
            _lastSent[mailboxId] = Time.GetUtcNow();
            await DeliverAsync(due.Watch, due.HistoryId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Gmail push delivery for a watch failed unexpectedly");
        }
    }

    private async Task DeliverAsync(GmailWatch watch, ulong historyId, CancellationToken stoppingToken)
    {
        var endpoint = settings.PushEndpointFor(watch.TopicName);
        if (endpoint is null || settings.DropPushNotifications)
        {
            watches.Record(new(Time.GetUtcNow(), watch.Email, historyId, endpoint?.ToString(), null, 0, endpoint is null ? "no push endpoint" : "dropped"));
            return;
        }
        var envelope = Envelope(watch, historyId);
        var delay = settings.PushRetryDelay;
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; attempt <= settings.PushMaxAttempts; attempt++)
        {
            int? status = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
                {
                    Content = new StringContent(envelope, Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation("User-Agent", "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)");
                if (settings.PushAuthFor(watch.TopicName) is { } auth)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OidcToken(auth));
                }
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                using var response = await client.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    watches.Record(new(Time.GetUtcNow(), watch.Email, historyId, endpoint.ToString(), status, attempt, "delivered"));
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                // Unreachable or too slow: Pub/Sub treats it like a non-2xx answer and tries again later.
            }
            watches.Record(new(Time.GetUtcNow(), watch.Email, historyId, endpoint.ToString(), status, attempt, "failed"));
            if (attempt == settings.PushMaxAttempts) break;
            await Task.Delay(delay, Time, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
        }
        logger.LogInformation("Gave up pushing a Gmail notification after {Attempts} attempts", settings.PushMaxAttempts);
    }

    /// <summary>
    /// The token Pub/Sub signs for an authenticated push subscription: Google's issuer, the subscription's audience and
    /// service account, an hour's lifetime, signed with the key the sandbox publishes at `/oauth2/v3/certs`. It is stamped
    /// with the host's wall clock, not the sandbox clock: the receiver checks it against its own clock.
    /// </summary>
    private string OidcToken(GmailPushAuth auth)
    {
        var wallClock = services.GetService<MailSandboxOptions>()?.TimeProvider ?? TimeProvider.System;
        var now = wallClock.GetUtcNow().ToUnixTimeSeconds();
        var subject = GoogleTokens.NumericId(auth.ServiceAccountEmail);
        return keys.CreateJwt(new JsonObject
        {
            ["aud"] = auth.Audience,
            ["azp"] = subject,
            ["email"] = auth.ServiceAccountEmail,
            ["email_verified"] = true,
            ["exp"] = now + 3600,
            ["iat"] = now,
            ["iss"] = settings.Issuer,
            ["sub"] = subject,
        });
    }

    private string Envelope(GmailWatch watch, ulong historyId)
    {
        // Gmail's payload carries only the address and the new history id, never message content; the id is a JSON number.
        var data = new JsonObject { ["emailAddress"] = watch.Email, ["historyId"] = historyId }.ToJsonString();
        var messageId = Interlocked.Increment(ref _messageId).ToString(CultureInfo.InvariantCulture);
        var published = Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var project = watch.TopicName.Split('/')[1];
        var topic = watch.TopicName.Split('/')[3];
        return new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(data)),
                ["messageId"] = messageId,
                ["message_id"] = messageId,
                ["publishTime"] = published,
                ["publish_time"] = published,
                ["attributes"] = new JsonObject(),
            },
            ["subscription"] = $"projects/{project}/subscriptions/{topic}-push",
        }.ToJsonString();
    }
}
