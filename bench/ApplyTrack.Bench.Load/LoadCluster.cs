using System.Diagnostics;
using System.Net;
using ApplyTrack.MailSim;
using Npgsql;
using static ApplyTrack.Bench.BenchKit;

namespace ApplyTrack.Bench.Load;

/// <summary>
/// One to n applytrack processes on a fresh PostgreSQL database and one shared sandbox: the settings of
/// tests/ApplyTrack.Tests/Multi/TwoInstances (Sandbox:External, a shared metadata key, push delivered to the last instance),
/// with sign-up rate limits raised for one client address that registers every user, and each instance's database
/// connections named (Application Name) so that pg_stat_activity tells them apart.
/// </summary>
public sealed class LoadCluster : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _database = $"applytrack_load_{Guid.NewGuid():N}";
    private readonly MailSandbox _sandbox;
    private readonly string _appDll;
    private readonly List<int> _ports;
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private LoadCluster(string server, MailSandbox sandbox, string appDll, int count)
    {
        _server = server;
        _sandbox = sandbox;
        _appDll = appDll;
        _ports = Enumerable.Range(0, count).Select(_ => FreePort()).ToList();
    }

    public List<LoadInstance> Instances { get; } = [];
    public string DatabaseName => _database;
    public string DatabaseConnectionString(string? applicationName = null) =>
        new NpgsqlConnectionStringBuilder(_server) { Database = _database, ApplicationName = applicationName }.ConnectionString;

    public static async Task<LoadCluster> CreateAsync(string server, MailSandbox sandbox, string appDll, int count)
    {
        var cluster = new LoadCluster(server, sandbox, appDll, count);
        await cluster.ExecuteOnServerAsync($"CREATE DATABASE {cluster._database}");
        return cluster;
    }

    public async Task StartInstancesAsync()
    {
        for (var k = 0; k < _ports.Count; k++)
        {
            var name = $"load-{(char)('A' + k)}";
            Instances.Add(await LoadInstance.StartAsync(_appDll, name, _ports[k], new Dictionary<string, string>
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = DatabaseConnectionString(name),
                ["ApplyTrack:EncryptionKey"] = _key,
                ["Sandbox:Enabled"] = "true",
                ["Sandbox:External"] = "true",
                ["Sandbox:HttpUrl"] = _sandbox.HttpBaseAddress.ToString(),
                ["Sandbox:HttpsUrl"] = _sandbox.HttpsBaseAddress.ToString(),
                ["Outlook:NotificationUrl"] = $"http://127.0.0.1:{_ports[^1]}",
                ["Sync:FreePollingInterval"] = "01:00:00",
                ["Sync:PremiumPollingInterval"] = "01:00:00",
                ["RateLimits:AccountAttemptsPerAddress"] = "1000000",
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        }
    }

    /// <summary>User i signs in on instance i mod n (round-robin, as a load balancer would spread them).</summary>
    public HttpClient ClientFor(int user, CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = Instances[user % Instances.Count].BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };

    /// <summary>Mailboxes with a successful sync, and mailboxes with none that have a run ended otherwise.</summary>
    public async Task<(int Done, int Failed)> InitialSyncsAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE ok), count(*) FILTER (WHERE NOT ok AND ended)
            FROM (SELECT "ConnectionId", bool_or("Outcome" LIKE 'succeeded%') AS ok, bool_or("Outcome" <> 'running') AS ended
                  FROM sync_runs GROUP BY "ConnectionId") runs
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    public sealed record Summary(int Succeeded, int Failed, long Messages, long JobEvents, long Applications, TimeSpan Span, TimeSpan RunP50, TimeSpan RunP95);

    /// <summary>Each mailbox's first successful run: from the first one's start to the last one's end.</summary>
    public async Task<Summary> SummaryAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH first AS (
                SELECT DISTINCT ON ("ConnectionId") "StartedAt", "EndedAt", "MessagesSeen", "JobEvents"
                FROM sync_runs WHERE "Outcome" LIKE 'succeeded%' ORDER BY "ConnectionId", "EndedAt")
            SELECT count(*), coalesce(sum("MessagesSeen"), 0), coalesce(sum("JobEvents"), 0),
                   extract(epoch FROM max("EndedAt") - min("StartedAt")),
                   extract(epoch FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY "EndedAt" - "StartedAt")),
                   extract(epoch FROM percentile_cont(0.95) WITHIN GROUP (ORDER BY "EndedAt" - "StartedAt")),
                   (SELECT count(*) FROM applications),
                   (SELECT count(DISTINCT "ConnectionId") FROM sync_runs WHERE "Outcome" NOT LIKE 'succeeded%' AND "Outcome" <> 'running')
            FROM first
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var seconds = (int i) => TimeSpan.FromSeconds(reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i)));
        return new Summary((int)reader.GetInt64(0), (int)reader.GetInt64(7), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(6),
            seconds(3), seconds(4), seconds(5));
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(DatabaseConnectionString("load-bench"));
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}

/// <summary>One <c>dotnet applytrack.dll</c> process on a loopback port (as tests/…/Multi/AppInstance starts it).</summary>
public sealed class LoadInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("applytrack-load-").FullName;
    private readonly StreamWriter _log;

    private LoadInstance(string appDll, string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dataDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { appDll, "--urls", $"http://127.0.0.1:{port}", "--environment", "Production", $"--ApplyTrack:DataDirectory={Path.Combine(_dataDirectory, "data")}" })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        _process = new Process { StartInfo = start };
        _log = new StreamWriter(Path.Combine(Path.GetTempPath(), $"applytrack-{name}.log")) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.WriteLine(e.Data); };
    }

    public string Name { get; }
    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;

    public static async Task<LoadInstance> StartAsync(string appDll, string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        var instance = new LoadInstance(appDll, name, port, settings);
        instance._process.Start();
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = instance.BaseAddress };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (instance._process.HasExited) throw new InvalidOperationException($"{name} exited; see {Path.GetTempPath()}applytrack-{name}.log");
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return instance;
            }
            catch (HttpRequestException)
            {
            }
            if (waited.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException($"{name} was not ready in 120 s.");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
