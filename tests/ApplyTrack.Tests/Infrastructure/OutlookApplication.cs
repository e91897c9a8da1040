using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using ApplyTrack.Features.Mail.Demo;
using ApplyTrack.MailSim;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;

namespace ApplyTrack.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel in demo mode: its in-process mail sandbox is a real HTTP server that MSAL and the Graph
/// SDK talk to, and that delivers change notifications back to the app over HTTP. Fast scheduler, no seeded
/// mailbox, auto-consent; each test uses its own sandbox user.
/// </summary>
public class OutlookApplication : ApplyTrackApplication
{
    public OutlookApplication() => UseKestrel(0);

    public CapturedLogs Logs { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>On Kestrel the factory's clients ignore the redirect option, so build a real one.</summary>
    public override HttpClient CreateCookieClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };

    public MailSandbox Sandbox => Services.GetRequiredService<DemoSandbox>().Require();

    /// <summary>Shares the data folder (database, keys, sandbox state) with a previous instance, to test restarts.</summary>
    public string? SharedDataDirectory { get; init; }

    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["urls"] = "http://127.0.0.1:0",
                ["Sandbox:Enabled"] = "true",
                ["Sandbox:AutoConsent"] = "true",
                ["Sandbox:SeedDemoMailbox"] = "false",
                ["Sandbox:StateFile"] = "",
                ["Sandbox:HttpUrl"] = "http://127.0.0.1:0",
                ["Sandbox:HttpsUrl"] = "https://127.0.0.1:0",
                ["Sync:SchedulerTick"] = "00:00:01",
                ["Sync:FreePollingInterval"] = "01:00:00",
                ["Sync:PremiumPollingInterval"] = "01:00:00",
                ["Outlook:PageSize"] = "10",
            };
            if (SharedDataDirectory is not null)
            {
                settings["ApplyTrack:DataDirectory"] = SharedDataDirectory;
            }
            foreach (var (key, value) in ExtraSettings)
            {
                settings[key] = value;
            }
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
    }

    protected override Task PrepareDatabaseAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        return Task.CompletedTask;
    }

    public string DataFolder => SharedDataDirectory ?? DataDirectory;

    /// <summary>The SQLite file and its write-ahead log, as text: whatever a thief of the disk would see.</summary>
    public string ReadDatabaseFilesAsText()
    {
        var path = Path.Combine(DataFolder, "applytrack.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(FULL);";
            checkpoint.ExecuteNonQuery();
        }
        var builder = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(DataFolder, "applytrack.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            builder.Append(reader.ReadToEnd());
        }
        return builder.ToString();
    }

    /// <summary>Register → Connect Outlook → follow the sandbox's authorize redirect → the app's callback. Returns the connection id.</summary>
    public async Task<Guid> ConnectOutlookAsync(HttpClient client, string mailboxEmail)
    {
        var start = await client.PostAsJsonAsync("/api/connections/outlook", new { loginHint = mailboxEmail });
        start.EnsureSuccessStatusCode();
        var authorizeUrl = (await start.ReadJsonAsync()).GetProperty("authorizeUrl").GetString()!;
        return await FollowAuthorizationAsync(client, authorizeUrl);
    }

    public async Task<Guid> FollowAuthorizationAsync(HttpClient client, string authorizeUrl)
    {
        using var sandboxClient = new HttpClient(Sandbox.CreateTrustingHandler());
        var consent = await sandboxClient.GetAsync(authorizeUrl);
        Assert.True(consent.StatusCode == HttpStatusCode.Found, $"The sandbox answered {consent.StatusCode}: {await consent.Content.ReadAsStringAsync()}");
        var callback = consent.Headers.Location!;
        var landing = await client.GetAsync(callback.PathAndQuery);
        Assert.True(landing.StatusCode == HttpStatusCode.Redirect, $"The callback {callback} answered {landing.StatusCode}: {await landing.Content.ReadAsStringAsync()}");
        var target = landing.Headers.Location!.ToString();
        Assert.StartsWith("/settings/integrations?connected=", target);
        return Guid.Parse(target["/settings/integrations?connected=".Length..]);
    }

    public Mailbox Mailbox(string email) => Sandbox.Mailboxes.GetOrCreate(email);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Demo mode with push off and a 2-second polling interval.</summary>
public sealed class PollingOutlookApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Outlook:PushEnabled"] = "false",
        ["Sync:FreePollingInterval"] = "00:00:02",
        ["Sync:PremiumPollingInterval"] = "00:00:02",
    };
}

/// <summary>Demo mode with the sandbox's real consent page (no auto-consent), for the browser.</summary>
public sealed class ConsentPageOutlookApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Sandbox:AutoConsent"] = "false",
    };
}

internal static class OutlookApplicationQueries
{
    public static async Task<bool> CursorHasNextLinkAsync(this OutlookApplication app, Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Data.ApplyTrackDbContext>();
        var provider = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.MailboxConnections.Where(c => c.Id == connectionId).Select(c => c.Provider));
        var checkpoints = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.FolderCursors.Where(c => c.ConnectionId == connectionId).Select(c => c.Checkpoint));
        // Mid-round: Graph's nextLink, or Gmail's page token, in the provider's own checkpoint.
        return checkpoints.Any(c => provider == ApplyTrack.Features.Mail.MailProvider.Gmail
            ? ApplyTrack.Features.Mail.Gmail.GmailCheckpoint.Parse(c).PageToken is not null
            : ApplyTrack.Features.Mail.Outlook.OutlookCheckpoint.Parse(c).NextLink is not null);
    }

    public static async Task<Guid> ConnectionIdOfAsync(this OutlookApplication app, HttpClient client) =>
        (await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray().First().GetProperty("id").GetGuid();

    public static async Task<bool> HasCredentialsAsync(this OutlookApplication app, Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Data.ApplyTrackDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.MailboxConnections, c => c.Id == connectionId && c.Credentials != null);
    }
}
