using ApplyTrack.Features.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Data;

public static class DataExtensions
{
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres.")
            // Several instances share a PostgreSQL database: a key file each would make each other's data unreadable,
            // and a key created beside one instance's data is easily lost. The operator provides it.
            .Validate<IOptions<ApplyTrackOptions>>((o, app) => o.Provider != DatabaseProvider.Postgres || app.Value.HasConfiguredKey,
                "With PostgreSQL, configure the metadata encryption key: ApplyTrack__EncryptionKey (base64 of 32 random bytes) or " +
                "ApplyTrack__EncryptionKeyFile (a mounted secret). See README, 'Encryption key'.")
            .ValidateOnStart();

        // Both provider contexts are registered; the configured one is resolved per scope, so the choice
        // follows configuration at run time (tests switch providers without touching the process environment).
        // Rules are sealed at rest with the metadata key (RuleSealing).
        // SQLite rebuilds a table to alter it, between the "PRAGMA foreign_keys = 0" EF writes into those migrations and
        // cannot run in a transaction; EF warns about that on every first start, a note for whoever writes a migration,
        // not for the person starting the app: it goes to the debug log.
        builder.Services.AddDbContext<SqliteApplyTrackDbContext>((services, options) =>
            options.UseSqlite(Database(services).ConnectionString ?? DefaultSqliteConnectionString(services))
                .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)))
                .AddInterceptors(Rules.RuleSealing.Instance));
        builder.Services.AddDbContext<PostgresApplyTrackDbContext>((services, options) =>
            options.UseNpgsql(Database(services).ConnectionString)
                .AddInterceptors(Rules.RuleSealing.Instance));
        builder.Services.AddScoped<ApplyTrackDbContext>(services => Database(services).Provider == DatabaseProvider.Postgres
            ? services.GetRequiredService<PostgresApplyTrackDbContext>()
            : services.GetRequiredService<SqliteApplyTrackDbContext>());

        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.AddDataProtectionKeys();
        return builder;
    }

    private static DatabaseOptions Database(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    private static string DefaultSqliteConnectionString(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<ApplyTrackOptions>>().Value.ResolveDataDirectory();
        return $"Data Source={Path.Combine(directory, "applytrack.db")}";
    }
}
