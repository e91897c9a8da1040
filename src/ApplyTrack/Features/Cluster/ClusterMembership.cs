using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// This instance's heartbeat: keeps its <c>instance:</c> row and every lease it holds alive (one UPDATE per beat), and
/// gives them all back on a graceful shutdown so the others take over at once instead of after expiry.
/// </summary>
public sealed class ClusterMembership(IServiceScopeFactory scopes, IOptions<ClusterOptions> options, TimeProvider time, ILogger<ClusterMembership> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LeaseDuration / 4, time);
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var leases = scope.ServiceProvider.GetRequiredService<ClusterLeases>();
                    await leases.TryClaimAsync(ClusterLeases.Instance(ClusterLeases.Me), stoppingToken);
                    await leases.RenewAllAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Could not renew this instance's leases ({Error})", ex.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ClusterLeases>().ReleaseAllAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogInformation("Could not give back this instance's leases on shutdown ({Error}); they expire", ex.GetType().Name);
        }
    }
}
