using System.Net;
using System.Net.Sockets;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ApplyTrack.Tests.Hardening;

/// <summary>
/// The app on real Kestrel (SQLite, no sandbox) as an operator would run it: private networks off for IMAP, and
/// low rate limits so a test reaches them quickly. Clients may come from any loopback address (127.0.0.0/8).
/// </summary>
public sealed class HardenedApplication : ApplyTrackApplication
{
    public HardenedApplication() => UseKestrel(0);

    public CapturedLogs Logs { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["urls"] = "http://127.0.0.1:0",
        ["Imap:AllowPrivateNetworks"] = "false",
        ["RateLimits:WebhooksPerMinute"] = "20",
        ["RateLimits:AccountAttemptsPerAddress"] = "12",
        ["RateLimits:SignInFailuresPerAccount"] = "3",
        ["RateLimits:ImapConnectsPerUser"] = "3",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override Task PrepareDatabaseAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        return Task.CompletedTask;
    }

    public string Folder => DataDirectory;

    /// <summary>A client whose connections come from the given loopback address, with its own cookies.</summary>
    public HttpClient ClientFrom(string sourceAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        // A request with Expect: 100-continue waits for the server's answer before sending its body.
        Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { BaseAddress = BaseAddress };

    public override HttpClient CreateCookieClient() => ClientFrom("127.0.0.1");
}
