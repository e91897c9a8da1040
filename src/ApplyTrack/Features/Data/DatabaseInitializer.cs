using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Data;

/// <summary>
/// Applies the provider's checked-in migrations before any other hosted service starts
/// (StartingAsync runs ahead of every StartAsync, the web server's included).
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
            await db.Database.MigrateAsync(cancellationToken);
        }
        // Rules written by a version that kept them in plain text are sealed once (a data step: SQL cannot encrypt).
        if (await Rules.RuleSealing.SealPlainRulesAsync(db, cancellationToken) is > 0 and var sealedRules)
        {
            logger.LogInformation("Encrypted {Count} rule(s) stored in plain text by an earlier version", sealedRules);
        }
        if (!OperatingSystem.IsWindows() && db.Database.IsSqlite()
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file && File.Exists(file))
        {
            // SQLite creates its files with the process umask (often world-readable): the metadata is only encrypted, not hidden.
            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
