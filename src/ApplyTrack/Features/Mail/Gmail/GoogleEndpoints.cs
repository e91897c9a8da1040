using System.Security.Cryptography;
using ApplyTrack.Features.Mail.Demo;
using ApplyTrack.MailSim.Google;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Where Google OAuth and the Gmail API are, and how to reach them: the real services from <see cref="GoogleOptions"/>,
/// or the in-process sandbox in demo mode. Only base URLs and the HTTP handler differ; the code is the same.
/// </summary>
public sealed class GoogleEndpoints(IOptions<GoogleOptions> options, DemoSandbox demo, IServer server)
{
    public const string DemoClientId = "applytrack-demo.apps.googleusercontent.com";
    private const string DemoClientSecret = "applytrack-demo-secret";
    public const string DemoTopic = "projects/applytrack-demo/topics/gmail-push";

    /// <summary>The service account the demo's Pub/Sub push subscription signs as.</summary>
    public const string DemoPushServiceAccount = "gmail-push@applytrack-demo.iam.gserviceaccount.com";

    // Demo mode has nobody to configure a push secret: make one up for this process.
    private readonly string _demoPushToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private GoogleOptions Options => options.Value;

    public bool IsDemo => !Options.IsConfigured && demo.IsEnabled;

    // Gmail's demo registers its client and push subscription in the sandbox in-process: not with an external sandbox.
    public bool IsAvailable => Options.IsConfigured || demo.IsHosted;

    public string ClientId => IsDemo ? DemoClientId : Options.ClientId!;

    public string ClientSecret => IsDemo ? DemoClientSecret : Options.ClientSecret ?? "";

    /// <summary>
    /// Where the browser signs in. Demo mode uses the sandbox's plain-HTTP listener, like demo Outlook: its HTTPS port has a
    /// self-signed certificate a browser would warn about. Server-to-server calls (token, Gmail) stay on HTTPS.
    /// </summary>
    public Uri AuthorizationEndpoint => IsDemo ? new(demo.Require().HttpBaseAddress, "o/oauth2/v2/auth") : new(Options.AuthorizationEndpoint);

    public Uri TokenEndpoint => IsDemo ? Sandbox("token") : new(Options.TokenEndpoint);

    public Uri RevokeEndpoint => IsDemo ? Sandbox("revoke") : new(Options.RevokeEndpoint);

    /// <summary>Root of the Gmail REST API, ending in a slash (<c>gmail/v1/users/me/…</c> is relative to it).</summary>
    public Uri GmailBaseUrl => IsDemo ? demo.Require().HttpsBaseAddress : new(EnsureSlash(Options.GmailBaseUrl));

    public string? PushToken => IsDemo ? Options.PushToken ?? _demoPushToken : Options.PushToken;

    public GmailPushAuthentication PushAuthentication => Options.PushAuthentication;

    /// <summary>The <c>email</c> a push token must carry; demo mode's sandbox signs as <see cref="DemoPushServiceAccount"/>.</summary>
    public string? PushServiceAccount => IsDemo ? Options.PushServiceAccount ?? DemoPushServiceAccount : Options.PushServiceAccount;

    /// <summary>The <c>aud</c> a push token must carry; in demo mode the push endpoint URL (Pub/Sub's default audience).</summary>
    public string? PushAudience => IsDemo ? Options.PushAudience ?? DemoPushEndpoint()?.ToString() : Options.PushAudience;

    /// <summary>Google's signing keys, or the sandbox's in demo mode.</summary>
    public Uri PushJwksUrl => IsDemo ? Sandbox("oauth2/v3/certs") : new(Options.PushJwksUrl);

    /// <summary>The Pub/Sub topic to watch, or null when push is not available (polling only).</summary>
    public string? PushTopic
    {
        get
        {
            if (!Options.PushEnabled)
            {
                return null;
            }
            if (IsDemo)
            {
                return Options.PubSubTopic ?? DemoTopic;
            }
            // A real deployment needs both: the topic Gmail publishes to, and a way to tell its pushes from a stranger's.
            var authenticated = Options.PushAuthentication == GmailPushAuthentication.UrlToken
                ? Options.PushToken is { Length: > 0 }
                : Options.PushServiceAccount is { Length: > 0 } && Options.PushAudience is { Length: > 0 };
            return Options.PubSubTopic is { Length: > 0 } topic && authenticated ? topic : null;
        }
    }

    /// <summary>
    /// Demo mode: points the sandbox's Pub/Sub push subscription for the topic at this app's own loopback address.
    /// A real deployment configures its push subscription in Google Cloud instead.
    /// </summary>
    public void EnsureDemoPushSubscription(string topic)
    {
        if (!IsDemo || DemoPushEndpoint() is not { } endpoint)
        {
            return;
        }
        var sandbox = demo.Require().Services.GetRequiredService<GoogleSandbox>();
        if (PushAuthentication == GmailPushAuthentication.UrlToken)
        {
            sandbox.SubscribePush(topic, new Uri($"{endpoint}?token={Uri.EscapeDataString(PushToken!)}"));
        }
        else
        {
            sandbox.SubscribePush(topic, endpoint, new GmailPushAuth(PushServiceAccount!, PushAudience!));
        }
    }

    private Uri? DemoPushEndpoint() => AppBaseUrl() is { } baseUrl ? new Uri($"{baseUrl}{GmailWebhooks.Path}") : null;

    /// <summary>
    /// Demo mode: registers the demo client in the sandbox with this redirect URI, as an operator registers it in the Google
    /// Cloud console, so the sandbox checks redirect URIs exactly as Google does (port, path and trailing slash included).
    /// </summary>
    public void EnsureDemoClient(string redirectUri)
    {
        if (!IsDemo)
        {
            return;
        }
        var settings = demo.Require().Services.GetRequiredService<GoogleSandbox>();
        lock (settings)
        {
            var known = settings.FindClient(DemoClientId)?.RedirectUris ?? [];
            if (!known.Contains(redirectUri, StringComparer.Ordinal))
            {
                settings.RegisterClient(new GoogleClient(DemoClientId, DemoClientSecret, [.. known, redirectUri], "ApplyTrack (demo)"));
            }
        }
    }

    /// <summary>The innermost HTTP handler: trusts the sandbox's generated certificate in demo mode, the OS store otherwise.</summary>
    public HttpMessageHandler CreateHandler() => IsDemo
        ? demo.Require().CreateTrustingHandler()
        : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };

    private Uri Sandbox(string path) => new(demo.Require().HttpsBaseAddress, path);

    private string? AppBaseUrl()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault();
        return address?.Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").Replace("://localhost", "://127.0.0.1").TrimEnd('/');
    }

    private static string EnsureSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
