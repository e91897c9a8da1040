using System.Security.Cryptography;
using ApplyTrack.Features.Operations;
using Microsoft.Data.Sqlite;

namespace ApplyTrack.Tests.Operations;

/// <summary>`applytrack doctor` end to end: the app's own configuration binding, a real database, the exit code.</summary>
public sealed class DoctorCommandTests
{
    private static string[] RealConfiguration(string dataDirectory, string key) =>
    [
        "--public-url", "https://tracker.example.com",
        $"--ApplyTrack:DataDirectory={dataDirectory}",
        $"--ApplyTrack:EncryptionKey={key}",
        "--Outlook:ClientId=11111111-2222-3333-4444-555555555555",
        "--Outlook:ClientSecret=not-a-real-secret",
        "--Outlook:RedirectUri=https://tracker.example.com/connections/outlook/callback",
        "--Outlook:NotificationUrl=https://tracker.example.com",
        "--Google:ClientId=123.apps.googleusercontent.com",
        "--Google:ClientSecret=not-a-real-secret",
        "--Google:RedirectUri=https://tracker.example.com/connections/gmail/callback",
        "--min-free-mb", "1",
    ];

    [Fact]
    public async Task A_correct_configuration_passes_with_exit_code_0()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var app = await StartedAppAsync(key);

        var run = await OperatorCommands.RunAsync(DoctorCommand.Create(), RealConfiguration(app.DataFolder, key));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[ok  ] database", run.Output);
        Assert.Contains("Real mode: Outlook and Gmail", run.Output);
        Assert.DoesNotContain("FAIL", run.Output);
    }

    [Fact]
    public async Task A_misconfiguration_fails_with_exit_code_1()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var app = await StartedAppAsync(key);

        var run = await OperatorCommands.RunAsync(DoctorCommand.Create(), [.. RealConfiguration(app.DataFolder, key), "--Outlook:NotificationUrl=http://tracker.example.com"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[FAIL] push", run.Output);
        Assert.Contains("1 problem(s) found.", run.Output);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_fails()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var app = await StartedAppAsync(key);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "applytrack.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """INSERT INTO "__EFMigrationsHistory" VALUES ('29990101000000_FromTheFuture', '99.0.0')""";
            await insert.ExecuteNonQueryAsync();
        }

        var run = await OperatorCommands.RunAsync(DoctorCommand.Create(), RealConfiguration(app.DataFolder, key));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[FAIL] database", run.Output);
        Assert.Contains("29990101000000_FromTheFuture", run.Output);
    }

    [Fact]
    public async Task An_unreachable_database_fails()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("doctor-").FullName;

        var run = await OperatorCommands.RunAsync(DoctorCommand.Create(),
            [$"--ApplyTrack:DataDirectory={dataDirectory}", "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
             // PostgreSQL needs a configured key (instances share it), else the settings themselves fail first.
             $"--ApplyTrack:EncryptionKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[FAIL] database", run.Output);
    }

    [Fact]
    public async Task Settings_that_do_not_validate_fail()
    {
        var run = await OperatorCommands.RunAsync(DoctorCommand.Create(), ["--Database:Provider=Postgres"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[FAIL] configuration", run.Output);
        Assert.Contains("Database:ConnectionString is required", run.Output);
    }

    private static async Task<KeyedApplication> StartedAppAsync(string key)
    {
        var app = new KeyedApplication(key);
        await ((IAsyncLifetime)app).InitializeAsync();
        app.CreateClient().Dispose();   // starts the host: migrations applied
        return app;
    }
}
