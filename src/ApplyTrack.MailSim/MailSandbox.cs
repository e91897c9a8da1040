using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Demo;
using ApplyTrack.MailSim.Graph;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Identity;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Subscriptions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ApplyTrack.MailSim;

/// <summary>
/// The mail sandbox running in this process: Kestrel on loopback (HTTP and HTTPS) serving Microsoft identity
/// (`{HttpsBaseAddress}common/v2.0`), Graph mail (`{HttpsBaseAddress}v1.0`), Google OAuth + Gmail and the `/_emu/` control API.
/// </summary>
public sealed class MailSandbox : IAsyncDisposable
{
    private static readonly Lazy<SandboxKeys> EphemeralKeys = new(SandboxKeys.Create);
    private static readonly Lazy<X509Certificate2> EphemeralCertificate = new(() => SandboxCertificate.Create(DateTimeOffset.UtcNow));
    private readonly WebApplication? _app;

    private MailSandbox(WebApplication? app, Uri http, Uri https, X509Certificate2 certificate, string demoUserEmail)
    {
        _app = app;
        HttpBaseAddress = http;
        HttpsBaseAddress = https;
        Certificate = certificate;
        DemoUserEmail = demoUserEmail;
    }

    /// <summary>Base of the plain-HTTP listener, ending in `/` (the HTTPS one when no HTTP listener was asked for).</summary>
    public Uri HttpBaseAddress { get; }

    /// <summary>Base of the HTTPS listener, ending in `/` (the HTTP one when no HTTPS listener was asked for).</summary>
    public Uri HttpsBaseAddress { get; }

    /// <summary>The generated self-signed certificate the HTTPS listener presents.</summary>
    public X509Certificate2 Certificate { get; }

    public MailboxStore Mailboxes => Services.GetRequiredService<MailboxStore>();

    public string DemoUserEmail { get; }

    /// <summary>Runtime switches (the same ones `/_emu/faults` changes).</summary>
    public SandboxFaults Faults => Services.GetRequiredService<SandboxFaults>();

    /// <summary>The sandbox clock; <see cref="SandboxClock.Advance"/> moves it forward like `POST /_emu/clock`.</summary>
    public SandboxClock Clock => Services.GetRequiredService<SandboxClock>();

    public IServiceProvider Services => _app?.Services
        ?? throw new InvalidOperationException("This sandbox runs in another process: reach it over HTTP (its /_emu/ control API).");

    /// <summary>Whether this process runs the sandbox (false: <see cref="ConnectAsync"/> to one another process runs).</summary>
    public bool IsHosted => _app is not null;

    /// <summary>
    /// A sandbox another process runs (<c>applytrack sandbox</c>, or a test), so several app instances in demo mode share
    /// its mailboxes: reached at its two listeners, its self-signed certificate read from <c>GET /_emu/certificate</c>.
    /// </summary>
    public static async Task<MailSandbox> ConnectAsync(Uri http, Uri https, string demoUserEmail, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient();
        var pem = await client.GetStringAsync(new Uri(http, "_emu/certificate"), cancellationToken);
        return new MailSandbox(null, http, https, X509Certificate2.CreateFromPem(pem), demoUserEmail);
    }

    /// <summary>MSAL authority for a tenant, e.g. `https://127.0.0.1:5443/common/`.</summary>
    public Uri Authority(string tenant = "common") => new(HttpsBaseAddress, $"{tenant}/");

    /// <summary>Graph base URL for `GraphServiceClient`, e.g. `https://127.0.0.1:5443/v1.0`.</summary>
    public string GraphBaseUrl => new Uri(HttpsBaseAddress, "v1.0").ToString();

    /// <summary>
    /// A handler that trusts exactly <see cref="Certificate"/> (and anything the OS trusts), with automatic redirects off so
    /// callers see the authorize redirect. Use it for MSAL's `IMsalHttpClientFactory`, `GraphClientFactory.Create(finalHandler: …)`, etc.
    /// </summary>
    public HttpMessageHandler CreateTrustingHandler() => SandboxCertificate.CreateTrustingHandler(Certificate);

    public static async Task<MailSandbox> StartAsync(MailSandboxOptions options, CancellationToken cancellationToken = default)
    {
        var saved = SandboxStateFile.Read(options.StateFile);
        var clock = new SandboxClock(options.TimeProvider);
        if (saved?["clockOffset"]?.GetValue<string>() is { } offset) clock.Advance(TimeSpan.Parse(offset, CultureInfo.InvariantCulture));
        // Key generation dominates start-up, so sandboxes without a state file (tests, throwaway demos) share one set per process.
        var keys = saved?["keys"] is System.Text.Json.Nodes.JsonObject savedKeys ? SandboxKeys.Import(savedKeys)
            : options.StateFile is null ? EphemeralKeys.Value : SandboxKeys.Create();
        var certificate = saved?["certificate"]?.GetValue<string>() is { } savedCertificate ? SandboxCertificate.Load(savedCertificate)
            : options.StateFile is null ? EphemeralCertificate.Value : SandboxCertificate.Create(DateTimeOffset.UtcNow);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MailSandbox).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        if (options.LogRequests) builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.HttpUrl is { } http) kestrel.Listen(EndpointFor(http), _ => { });
            if (options.HttpsUrl is { } https) kestrel.Listen(EndpointFor(https), listen => listen.UseHttps(certificate));
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(keys);
        services.AddSingleton(new SandboxCertificateHolder(certificate));
        services.AddSingleton(new MailboxStore(clock));
        services.AddSingleton<ISandboxStateSection, MailboxStateSection>();
        services.AddHostedService<StateFileWriter>();
        builder.AddSandboxControl();
        builder.AddMicrosoftIdentity();
        builder.AddGraphMail();
        builder.AddGraphSubscriptions();
        var features = SandboxFeatures.Discover();
        foreach (var feature in features) feature.AddServices(builder);

        var app = builder.Build();
        if (saved is not null)
            foreach (var section in app.Services.GetServices<ISandboxStateSection>())
                if (saved[section.Name] is { } node) section.Import(node);
        var store = app.Services.GetRequiredService<MailboxStore>();
        if (options.SeedDemoMailbox && store.Find(options.DemoUserEmail) is null)
            DemoMailbox.Seed(store, options.DemoUserEmail, options.DemoUserDisplayName);

        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseGraphPathNormalization();
        app.UseRouting();
        app.MapSandboxControl();
        app.MapMicrosoftIdentity();
        app.MapGraphMail();
        app.MapGraphSubscriptions();
        foreach (var feature in features) feature.Map(app);

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "[::1]") + "/")).ToList();
        var httpBase = addresses.FirstOrDefault(a => a.Scheme == "http");
        var httpsBase = addresses.FirstOrDefault(a => a.Scheme == "https");
        return new MailSandbox(app, httpBase ?? httpsBase!, httpsBase ?? httpBase!, certificate, options.DemoUserEmail);
    }

    private static IPEndPoint EndpointFor(string url)
    {
        var uri = new Uri(url.Replace("://*:", "://0.0.0.0:").Replace("://+:", "://0.0.0.0:"));
        var address = uri.Host switch
        {
            "localhost" => IPAddress.Loopback,
            "*" or "+" or "0.0.0.0" => IPAddress.Any,
            var host => IPAddress.Parse(host.Trim('[', ']')),
        };
        return new IPEndPoint(address, uri.Port);
    }

    /// <summary>Blocks until the host shuts down (Ctrl+C when run from the command line).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app?.WaitForShutdownAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_app is null)
        {
            return;
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
