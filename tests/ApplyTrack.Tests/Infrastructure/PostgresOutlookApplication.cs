using Npgsql;

namespace ApplyTrack.Tests.Infrastructure;

/// <summary>Demo mode (real Kestrel, the sandbox) on a fresh PostgreSQL database.</summary>
public sealed class PostgresOutlookApplication : OutlookApplication
{
    private readonly string _databaseName = $"applytrack_test_{Guid.NewGuid():N}";

    public string DatabaseConnectionString =>
        new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = _databaseName }.ConnectionString;

    /// <summary>PostgreSQL never generates its own metadata key: instances (and the operator's commands) share this one.</summary>
    public string EncryptionKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = DatabaseConnectionString,
        ["ApplyTrack:EncryptionKey"] = EncryptionKey,
    };

    protected override async Task PrepareDatabaseAsync()
    {
        await using (var connection = new NpgsqlConnection(PostgresApplication.ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }
        await base.PrepareDatabaseAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
