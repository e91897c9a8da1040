using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// What a load balancer asks: <c>/health/live</c> (the process answers: restart it if not) and <c>/health/ready</c>
/// (the database answers, its migrations are applied, the bus listens: send it traffic). Anonymous and rate-limited;
/// the answer is one word (Healthy, Degraded, Unhealthy), never which check failed or why.
/// </summary>
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static WebApplication MapClusterHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous().RequireRateLimiting(RateLimits.Health);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) })
            .AllowAnonymous().RequireRateLimiting(RateLimits.Health);
        return app;
    }
}

/// <summary>Every checked-in migration is applied (an instance started against an older schema is not ready).</summary>
internal sealed class MigrationsHealthCheck(ApplyTrackDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
                ? HealthCheckResult.Unhealthy("Migrations are pending.")
                : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}

/// <summary>On PostgreSQL, the instance hears the others (live board updates, sync requests).</summary>
internal sealed class EventBusHealthCheck(IEventBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus is PostgresEventBus { IsListening: false }
            ? HealthCheckResult.Unhealthy("Not listening to the other instances.")
            : HealthCheckResult.Healthy());
}
