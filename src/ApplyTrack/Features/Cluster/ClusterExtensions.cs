using ApplyTrack.Features.Data;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// Several instances on one PostgreSQL database: the bus between them, leases with one heartbeat per instance, and the
/// health endpoints a load balancer asks. With SQLite (one instance) the same code runs over an in-process bus.
/// </summary>
public static class ClusterExtensions
{
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section)
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(2), "Cluster:LeaseDuration must be at least 2 seconds.")
            .ValidateOnStart();
        // The provider follows configuration at run time (like the DbContext), so the bus is chosen when first asked for.
        builder.Services.AddSingleton<IEventBus>(services =>
            services.GetRequiredService<IOptions<DatabaseOptions>>().Value is { Provider: DatabaseProvider.Postgres, ConnectionString: { } connectionString }
                ? new PostgresEventBus(connectionString, services.GetRequiredService<ILogger<PostgresEventBus>>())
                : new InProcessEventBus(services.GetRequiredService<ILogger<InProcessEventBus>>()));
        builder.Services.AddHostedService<EventBusService>();
        builder.Services.AddScoped<ClusterLeases>();
        builder.Services.AddHostedService<ClusterMembership>();
        builder.Services.AddSingleton<ClassifierWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ClassifierWarmUp>());
        builder.Services.AddHealthChecks()
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthEndpoints.Ready])
            .AddCheck<EventBusHealthCheck>("event-bus", tags: [HealthEndpoints.Ready])
            .AddCheck<ClassifierHealthCheck>("classifier", tags: [HealthEndpoints.Ready]);
        return builder;
    }
}
