using System.Globalization;
using System.Diagnostics;
using System.Text.Json;

namespace ApplyTrack.MailSim.Control;

/// <summary>
/// Writes an injected error the way a surface's real service would (Graph's error object, the identity platform's
/// AADSTS body, Google's error envelope). Each feature registers its writer at start-up.
/// </summary>
public sealed class FaultResponses
{
    public delegate Task Writer(HttpContext context, int status, int? retryAfterSeconds);

    private readonly Dictionary<SandboxSurface, Writer> _writers = [];

    public void Register(SandboxSurface surface, Writer writer) => _writers[surface] = writer;

    public Task WriteAsync(SandboxSurface surface, HttpContext context, int status, int? retryAfterSeconds)
    {
        if (retryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return _writers.TryGetValue(surface, out var writer)
            ? writer(context, status, retryAfterSeconds)
            : Results.Json(new { error = new { code = status, message = "Injected fault" } }, statusCode: status).ExecuteAsync(context);
    }
}

/// <summary>Classifies each request, applies latency and injected failures, and records it in the <see cref="RequestLog"/>.</summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, SandboxFaults faults, FaultResponses responses, RequestLog log,
    TimeProvider time, ILogger<FaultInjectionMiddleware> logger, MailSandboxOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var surface = SurfaceOf(context.Request.Path);
        var started = Stopwatch.GetTimestamp();
        string? fault = null;
        try
        {
            if (surface is SandboxSurface.Control or SandboxSurface.All)
            {
                await next(context);
                return;
            }
            var transport = faults.Transport;
            var targeted = transport.Target == SandboxSurface.All || transport.Target == surface;
            // Graph applies its latency inside the per-mailbox concurrency gate, so slow requests count as in flight.
            if (targeted && transport.LatencyMs > 0)
            {
                if (surface == SandboxSurface.Graph) context.Items[LatencyKey] = transport.LatencyMs;
                else await Task.Delay(transport.LatencyMs, context.RequestAborted);
            }

            if (faults.TakeQueuedFailure(surface) is { } queued)
            {
                fault = $"queued {queued.Status}";
                await responses.WriteAsync(surface, context, queued.Status, queued.RetryAfterSeconds ?? (queued.Status is 429 or 503 ? transport.RetryAfterSeconds : null));
                return;
            }
            if (targeted && Random.Shared.NextDouble() < transport.ThrottleProbability)
            {
                fault = "random 429";
                await responses.WriteAsync(surface, context, 429, transport.RetryAfterSeconds);
                return;
            }
            if (targeted && Random.Shared.NextDouble() < transport.ServerErrorProbability)
            {
                var status = Random.Shared.Next(2) == 0 ? 503 : 504;
                fault = $"random {status}";
                await responses.WriteAsync(surface, context, status, status == 503 ? transport.RetryAfterSeconds : null);
                return;
            }
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var request = context.Request;
            log.Add(n => new LoggedRequest(n, time.GetUtcNow(), request.Method, context.Items["graph.original-path"] as string ?? (request.PathBase + request.Path).ToString(), RequestLog.MaskQuery(request.QueryString),
                context.Response.StatusCode, Math.Round(elapsed, 1), surface, request.Headers["client-request-id"].FirstOrDefault(), fault));
            if (options.LogRequests)
                logger.LogInformation("{Method} {Path} → {Status} in {Elapsed:0} ms{Fault}", request.Method, request.Path, context.Response.StatusCode, elapsed,
                    fault is null ? "" : $" ({fault})");
        }
    }

    public const string LatencyKey = "fault.latency-ms";

    public static SandboxSurface SurfaceOf(PathString path)
    {
        var value = path.Value ?? "";
        if (value.StartsWith("/_emu", StringComparison.OrdinalIgnoreCase) || value is "" or "/" || value.StartsWith("/favicon", StringComparison.OrdinalIgnoreCase))
            return SandboxSurface.Control;
        if (value.StartsWith("/v1.0", StringComparison.OrdinalIgnoreCase) || value.StartsWith("/oidc/", StringComparison.OrdinalIgnoreCase))
            return SandboxSurface.Graph;
        if (value.Contains("/oauth2/v2.0/", StringComparison.OrdinalIgnoreCase) || value.Contains("/v2.0/", StringComparison.OrdinalIgnoreCase)
            || value.Contains("/discovery/", StringComparison.OrdinalIgnoreCase))
            return SandboxSurface.Identity;
        return SandboxSurface.Google;
    }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
