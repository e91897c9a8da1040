using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ApplyTrack.Features.Hosting;

/// <summary>Settings of the <c>RateLimits</c> section: how many attempts each partition gets per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Webhook deliveries per client address per minute (Graph and Pub/Sub batch their deliveries).</summary>
    public int WebhooksPerMinute { get; set; } = 600;

    /// <summary>Sign-in and sign-up attempts per client address per 15 minutes, over all accounts.</summary>
    public int AccountAttemptsPerAddress { get; set; } = 30;

    /// <summary>Failed sign-ins per account per client address per 15 minutes: a guesser elsewhere cannot lock the owner out.</summary>
    public int SignInFailuresPerAccount { get; set; } = 10;

    /// <summary>IMAP connect attempts per user per 10 minutes.</summary>
    public int ImapConnectsPerUser { get; set; } = 10;

    /// <summary>Health probes (<c>/health/live</c>, <c>/health/ready</c>) per client address per minute: a load balancer asks every few seconds.</summary>
    public int HealthChecksPerMinute { get; set; } = 240;
}

/// <summary>The ASP.NET Core rate limiter's policies; every refusal is a 429 with Retry-After.</summary>
public static class RateLimits
{
    public const string Webhooks = "webhooks";
    public const string Accounts = "accounts";
    public const string Health = "health";

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                // Sliding windows do not say when a permit frees up: one segment is the honest answer then.
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await TypedResults.Problem("Too many requests. Try again in a little while.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
                    .ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(Webhooks, http => RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(http).WebhooksPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(Health, http => RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(http).HealthChecksPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // Only attempts count: showing the sign-in page is free.
            options.AddPolicy(Accounts, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(http),
                _ => new SlidingWindowRateLimiterOptions { PermitLimit = Limits(http).AccountAttemptsPerAddress, Window = TimeSpan.FromMinutes(15), SegmentsPerWindow = 15 }));
        });
        return builder;
    }

    private static RateLimitOptions Limits(HttpContext http) => http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>
/// Failed sign-ins per (account, client address), through the rate limiter's partitioned limiter. Replaces
/// Identity's lockout, which anyone who knows an email could trigger forever.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(Microsoft.Extensions.Options.IOptions<RateLimitOptions> options) =>
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key,
            _ => new SlidingWindowRateLimiterOptions { PermitLimit = options.Value.SignInFailuresPerAccount, Window = TimeSpan.FromMinutes(15), SegmentsPerWindow = 15 }));

    private static string Key(string email, HttpContext http) => $"{email.Trim().ToLowerInvariant()}|{RateLimits.ClientAddress(http)}";

    /// <summary>Whether this address may still try this account (does not count as an attempt).</summary>
    public bool MayTry(string email, HttpContext http) => _failures.GetStatistics(Key(email, http))?.CurrentAvailablePermits is not 0;

    public void RecordFailure(string email, HttpContext http)
    {
        using var _ = _failures.AttemptAcquire(Key(email, http));
    }

    public void Dispose() => _failures.Dispose();
}
