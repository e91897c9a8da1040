using System.Net.Http.Json;
using ApplyTrack.MailSim;
using ApplyTrack.Tests.Infrastructure;
using Npgsql;

namespace ApplyTrack.Tests.Multi;

/// <summary>
/// What two instances share: a fresh PostgreSQL database, the metadata key, and one mail sandbox (run here, in the test
/// process, as <c>applytrack sandbox</c> would run beside a cluster; both instances use it with <c>Sandbox:External</c>).
/// Graph delivers every webhook to instance B (its <c>Outlook:NotificationUrl</c>), as a load balancer might.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly string _databaseName = $"applytrack_multi_{Guid.NewGuid():N}";
    private readonly List<AppInstance> _instances = [];

    private TwoInstances(MailSandbox sandbox)
    {
        Sandbox = sandbox;
        PortB = OutlookApplication.FreePort();
    }

    public MailSandbox Sandbox { get; }
    public int PortB { get; }
    public string EncryptionKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public string DatabaseConnectionString =>
        new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = _databaseName }.ConnectionString;

    public static async Task<TwoInstances> CreateAsync()
    {
        var sandbox = await MailSandbox.StartAsync(new MailSandboxOptions
        {
            HttpUrl = "http://127.0.0.1:0",
            HttpsUrl = "https://127.0.0.1:0",
            AutoConsent = true,
            SeedDemoMailbox = false,
            LogRequests = false,
        });
        var cluster = new TwoInstances(sandbox);
        await using var connection = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {cluster._databaseName}", connection);
        await create.ExecuteNonQueryAsync();
        return cluster;
    }

    private Dictionary<string, string> Settings => new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = DatabaseConnectionString,
        ["ApplyTrack:EncryptionKey"] = EncryptionKey,
        ["Sandbox:Enabled"] = "true",
        ["Sandbox:External"] = "true",
        ["Sandbox:HttpUrl"] = Sandbox.HttpBaseAddress.ToString(),
        ["Sandbox:HttpsUrl"] = Sandbox.HttpsBaseAddress.ToString(),
        ["Outlook:NotificationUrl"] = $"http://127.0.0.1:{PortB}",
        // Polling stays out of the way: what arrives, arrives by push, and a takeover is the leases' doing.
        ["Sync:FreePollingInterval"] = "01:00:00",
        ["Sync:PremiumPollingInterval"] = "01:00:00",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:ApplyTrack"] = "Information",
        ["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ",
    };

    public async Task<AppInstance> StartAAsync() => Track(await AppInstance.StartAsync(Settings));

    public async Task<AppInstance> StartBAsync() => Track(await AppInstance.StartAsync(Settings, PortB));

    private AppInstance Track(AppInstance instance)
    {
        _instances.Add(instance);
        return instance;
    }

    /// <summary>The leases rows as the database has them: name → (owner, engaged, unexpired).</summary>
    public async Task<Dictionary<string, (string Owner, bool Engaged, bool Current)>> LeasesAsync(string prefix)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Name", "Owner", "Engaged", "Until" >= now() FROM cluster_leases WHERE "Name" LIKE @prefix""", connection);
        command.Parameters.AddWithValue("prefix", prefix + "%");
        var leases = new Dictionary<string, (string, bool, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            leases[reader.GetString(0)] = (reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3));
        }
        return leases;
    }

    public static async Task RegisterAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/account/register", new { email, password = "correct horse battery" });
        Assert.True(response.IsSuccessStatusCode, $"register answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
        await Sandbox.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
