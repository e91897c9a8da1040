using System.CommandLine;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Outlook;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Operations;

/// <summary>`applytrack doctor`: checks the configuration and the machine, says how to fix each problem; exit 1 when any check failed.</summary>
public static class DoctorCommand
{
    public static Command Create()
    {
        var publicUrl = new Option<Uri?>("--public-url")
        {
            Description = "The URL people open ApplyTrack at (https://tracker.example.com); redirect URIs must sit on it.",
            CustomParser = argument => Uri.TryCreate(argument.Tokens.Single().Value, UriKind.Absolute, out var uri)
                ? uri
                : ErrorAndNull(argument, $"--public-url {argument.Tokens.Single().Value} is not an absolute URL."),
        };
        var minimumFree = new Option<long>("--min-free-mb") { Description = "Free disk space below this fails the check.", DefaultValueFactory = _ => 500 };
        var command = new Command("doctor", "Check the configuration, database, keys and disk, and say how to fix each problem (exit 1 if any check fails).") { publicUrl, minimumFree };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, cancellationToken) =>
        {
            var checks = await RunAsync([.. result.UnmatchedTokens], result.GetValue(publicUrl), result.GetValue(minimumFree) * 1024 * 1024, cancellationToken);
            var output = result.InvocationConfiguration.Output;
            foreach (var check in checks)
            {
                var mark = check.Status switch { CheckStatus.Ok => "ok  ", CheckStatus.Warning => "warn", _ => "FAIL" };
                await output.WriteLineAsync($"[{mark}] {check.Name,-24} {check.Finding}");
                if (check.Fix is not null)
                {
                    await output.WriteLineAsync($"       {"",-24} fix: {check.Fix}");
                }
            }
            var failed = checks.Count(c => c.Status == CheckStatus.Failed);
            await output.WriteLineAsync(failed == 0
                ? $"\nNo problems found ({checks.Count(c => c.Status == CheckStatus.Warning)} warning(s))."
                : $"\n{failed} problem(s) found.");
            return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static Uri? ErrorAndNull(System.CommandLine.Parsing.ArgumentResult argument, string message)
    {
        argument.AddError(message);
        return null;
    }

    public static async Task<IReadOnlyList<DoctorCheck>> RunAsync(string[] configuration, Uri? publicUrl, long minimumFreeBytes, CancellationToken cancellationToken)
    {
        // The app's own registrations, so the doctor sees exactly the options (and validation) the server would.
        var builder = WebApplication.CreateBuilder(configuration);
        builder.Logging.ClearProviders();
        builder.AddHosting();
        builder.AddData();
        builder.AddAccounts();
        builder.AddMail();
        await using var app = builder.Build();
        var services = app.Services;

        var checks = new List<DoctorCheck>();
        OutlookOptions outlook;
        GoogleOptions google;
        SyncOptions sync;
        SandboxOptions sandbox;
        ApplyTrackOptions options;
        DatabaseOptions database;
        try
        {
            outlook = services.GetRequiredService<IOptions<OutlookOptions>>().Value;
            google = services.GetRequiredService<IOptions<GoogleOptions>>().Value;
            sync = services.GetRequiredService<IOptions<SyncOptions>>().Value;
            sandbox = services.GetRequiredService<IOptions<SandboxOptions>>().Value;
            options = services.GetRequiredService<IOptions<ApplyTrackOptions>>().Value;
            database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or FormatException)
        {
            return [DoctorCheck.Fail("configuration", $"The settings do not load: {e.Message}", "Correct the setting named above (appsettings.json, environment ApplyTrack__…, or a --Section:Key switch).")];
        }

        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        var sqlitePath = database.Provider == DatabaseProvider.Sqlite ? SqlitePath(database, dataDirectory) : null;
        var demoMode = sandbox.Enabled ?? !outlook.IsConfigured;
        publicUrl ??= outlook.NotificationUrl is { Length: > 0 } n && Uri.TryCreate(n, UriKind.Absolute, out var notification) ? notification : null;

        checks.Add(DoctorChecks.Mode(demoMode, outlook, google));
        checks.Add(DoctorChecks.ClientPair("Outlook", OutlookOptions.Section, outlook.ClientId, outlook.ClientSecret));
        checks.Add(DoctorChecks.ClientPair("Google", GoogleOptions.Section, google.ClientId, google.ClientSecret));
        checks.Add(DoctorChecks.RedirectUri("Outlook", OutlookOptions.Section, outlook.RedirectUri, OutlookConnector.CallbackPath, publicUrl));
        checks.Add(DoctorChecks.RedirectUri("Google", GoogleOptions.Section, google.RedirectUri, GmailConnector.CallbackPath, publicUrl));
        checks.Add(DoctorChecks.NotificationUrl(outlook, google, demoMode));
        checks.Add(DoctorChecks.RateLimits(sync, outlook, google));
        checks.Add(await DatabaseAsync(services, database, sqlitePath, cancellationToken));
        checks.Add(DoctorChecks.EncryptionKey(options, sqlitePath));
        checks.Add(DoctorChecks.DataDirectory(dataDirectory));
        checks.Add(DoctorChecks.DataProtection(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value, Environment.GetEnvironmentVariable("HOME")));
        checks.Add(DoctorChecks.DiskSpace(dataDirectory, AvailableBytes(dataDirectory), minimumFreeBytes));
        return checks;
    }

    private static async Task<DoctorCheck> DatabaseAsync(IServiceProvider services, DatabaseOptions database, string? sqlitePath, CancellationToken cancellationToken)
    {
        const string name = "database";
        if (sqlitePath is not null && !File.Exists(sqlitePath))
        {
            return DoctorCheck.Warn(name, $"There is no database at {sqlitePath} yet.", "Start ApplyTrack once: it creates the database and applies the migrations.");
        }
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return DoctorCheck.Fail(name, $"Cannot connect to the {database.Provider} database.", "Check Database__ConnectionString, that the server runs and that this user may log in.");
            }
            var known = db.Database.GetMigrations().ToList();
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var unknown = applied.Except(known).ToList();
            if (unknown.Count > 0)
            {
                return DoctorCheck.Fail(name, $"The database has migrations this build does not know ({string.Join(", ", unknown)}): it was used by a newer ApplyTrack.",
                    "Run the newer ApplyTrack, or restore a backup made by this version.");
            }
            var pending = known.Except(applied).ToList();
            return pending.Count > 0
                ? DoctorCheck.Warn(name, $"{pending.Count} migration(s) are not applied yet ({string.Join(", ", pending)}).", "Start ApplyTrack: it applies them on start (back up first).")
                : DoctorCheck.Ok(name, $"The {database.Provider} database is reachable and at {applied.LastOrDefault()}.");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return DoctorCheck.Fail(name, $"The {database.Provider} database is not reachable: {e.Message}", "Check Database__ConnectionString, that the server runs and that this user may log in.");
        }
    }

    private static string SqlitePath(DatabaseOptions database, string dataDirectory) =>
        Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "applytrack.db")}").DataSource);

    private static long AvailableBytes(string directory)
    {
        var existing = directory;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }
        return new DriveInfo(existing).AvailableFreeSpace;
    }
}
