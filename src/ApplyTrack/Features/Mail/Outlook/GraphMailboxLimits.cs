using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Graph allows an app at most four concurrent requests per mailbox, whoever in the app makes them (PROTOCOLS §2.7). One
/// gate per Microsoft account in this process, shared by every Graph client built for it: sync, folder listing and
/// subscription work queue on the same four slots instead of each client having four of its own.
/// </summary>
public sealed class GraphMailboxLimits(Microsoft.Extensions.Options.IOptions<SyncOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>The gate for one mailbox, keyed by the Microsoft home account (two ApplyTrack users may connect the same mailbox).</summary>
    public SemaphoreSlim For(string accountId) =>
        _gates.GetOrAdd(accountId, _ => new SemaphoreSlim(Math.Max(1, options.Value.MaxConcurrentRequestsPerMailbox)));
}

/// <summary>
/// Counts Graph's 429s by cause, as metrics (<c>applytrack.graph.throttled</c>, tag <c>limit</c>) and in the log: Exchange's
/// per-mailbox concurrency limit (<c>ApplicationThrottled</c>, "…over its MailboxConcurrency limit.") means our own gate is
/// not holding, which is a bug; plain throttling is the service being busy.
/// </summary>
public sealed class GraphThrottling : IDisposable
{
    public const string MeterName = "ApplyTrack.Mail.Graph";
    public const string MailboxConcurrency = "MailboxConcurrency";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _throttled;
    private long _mailboxConcurrency;
    private long _other;

    public GraphThrottling() => _throttled = _meter.CreateCounter<long>("applytrack.graph.throttled", description: "Graph 429 answers by the limit they name.");

    public long MailboxConcurrencyCount => Interlocked.Read(ref _mailboxConcurrency);

    public long OtherCount => Interlocked.Read(ref _other);

    public void Record(string limit)
    {
        if (limit == MailboxConcurrency)
        {
            Interlocked.Increment(ref _mailboxConcurrency);
        }
        else
        {
            Interlocked.Increment(ref _other);
        }
        _throttled.Add(1, new KeyValuePair<string, object?>("limit", limit));
    }

    /// <summary>The limit a 429 body names: the word before "limit" in an ApplicationThrottled message, else the error code.</summary>
    public static string LimitOf(string? body)
    {
        try
        {
            using var json = JsonDocument.Parse(body ?? "");
            var error = json.RootElement.GetProperty("error");
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            if (code == "ApplicationThrottled" && message.Split(' ') is var words && Array.IndexOf(words, "limit.") is > 0 and var at)
            {
                return words[at - 1];
            }
            return code ?? "unknown";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "unknown";
        }
    }

    public void Dispose() => _meter.Dispose();

    /// <summary>Sits inside the SDK's retry handler, so every 429 it retries is seen once.</summary>
    internal sealed class Observer(GraphThrottling throttling, ILogger logger, Guid connectionId) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // Buffered, so the retry handler and the SDK can still read the body.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                var limit = LimitOf(await response.Content.ReadAsStringAsync(cancellationToken));
                throttling.Record(limit);
                logger.LogWarning("Graph throttled a request of connection {ConnectionId}: 429 {Limit}", connectionId, limit);
            }
            return response;
        }
    }
}
