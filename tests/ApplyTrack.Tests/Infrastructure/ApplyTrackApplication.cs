using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace ApplyTrack.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP against a real database. Each instance gets its own database
/// (a temporary SQLite file, or a fresh PostgreSQL database) and its own data directory.
/// </summary>
public abstract class ApplyTrackApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected readonly string DataDirectory = Directory.CreateTempSubdirectory("applytrack-test-").FullName;

    protected abstract IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    /// <summary>A client with its own cookie jar that does not follow redirects.</summary>
    public virtual HttpClient CreateCookieClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ApplyTrack:DataDirectory", DataDirectory);
        // The mail sandbox (demo mode) only where a test asks for it (OutlookApplication).
        builder.UseSetting("Sandbox:Enabled", "false");
        // Every test of a fixture signs up from the same address; the limits have their own tests (HardeningTests).
        builder.UseSetting("RateLimits:AccountAttemptsPerAddress", "100000");
        builder.UseSetting("RateLimits:ImapConnectsPerUser", "1000");
        // Dovecot and the sandbox live on loopback.
        builder.UseSetting("Imap:AllowPrivateNetworks", "true");
        foreach (var (key, value) in DatabaseSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    Task IAsyncLifetime.InitializeAsync() => PrepareDatabaseAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment on slow machines; a temp folder left behind is harmless.
        }
    }

    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    /// <summary>A client with its own cookie jar, signed in as a freshly registered user.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string? email = null)
    {
        var client = CreateCookieClient();
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        var response = await client.PostAsJsonAsync("/api/account/register", new { email, password = "correct horse battery" });
        response.EnsureSuccessStatusCode();
        return client;
    }
}

public sealed class SqliteApplication : ApplyTrackApplication
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
    };
}

/// <summary>
/// PostgreSQL from <c>APPLYTRACK_TEST_POSTGRES</c> (a server connection string; test.sh starts a throwaway
/// server and sets it). Each fixture creates and finally drops its own database.
/// </summary>
public sealed class PostgresApplication : ApplyTrackApplication
{
    private readonly string _databaseName = $"applytrack_test_{Guid.NewGuid():N}";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("APPLYTRACK_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "APPLYTRACK_TEST_POSTGRES is not set. Run the suite through ./test.sh, which starts a PostgreSQL server, " +
            "or set it to a connection string such as 'Host=127.0.0.1;Port=5432;Username=postgres'.");

    private string DatabaseConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName }.ConnectionString;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = DatabaseConnectionString,
        // PostgreSQL deployments must be given the metadata key (no key file beside one instance).
        ["ApplyTrack:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
    };

    protected override async Task PrepareDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_databaseName}", connection);
        await create.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
