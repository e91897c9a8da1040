using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Audit;

/// <summary>
/// Deletes audit events older than <see cref="AuditOptions.RetentionDays"/> shortly after start and then once a day.
/// Every instance runs it: the delete is one idempotent statement over an index, so two instances doing it the same day
/// cost a second query, not a second deletion.
/// </summary>
public sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditRetention> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Deletes what is older than the retention period; returns how many events went.</summary>
    public static Task<int> PruneAsync(ApplyTrackDbContext db, int retentionDays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - TimeSpan.FromDays(retentionDays);
        return db.Set<AuditEvent>().Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var deleted = await PruneAsync(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>(), options.Value.RetentionDays, time.GetUtcNow(), stoppingToken);
                    if (deleted > 0)
                    {
                        logger.LogInformation("Deleted {Count} audit events older than {Days} days", deleted, options.Value.RetentionDays);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Audit retention did not run ({Error}); it is tried again tomorrow", ex.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
