using ApplyTrack.Features.Mail.Demo;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Where Microsoft identity and Graph are, and how to reach them: the real services from <see cref="OutlookOptions"/>,
/// or the in-process sandbox in demo mode. Only base URLs and the HTTP handler differ; the code is the same.
/// </summary>
public sealed class OutlookEndpoints(IOptions<OutlookOptions> options, DemoSandbox demo)
{
    public const string DemoClientId = "applytrack-demo";
    private const string DemoClientSecret = "applytrack-demo-secret";

    private OutlookOptions Options => options.Value;

    public bool IsDemo => !Options.IsConfigured && demo.IsEnabled;

    public bool IsAvailable => Options.IsConfigured || demo.IsEnabled;

    public string ClientId => IsDemo ? DemoClientId : Options.ClientId!;

    public string ClientSecret => IsDemo ? DemoClientSecret : Options.ClientSecret ?? "";

    public Uri Authority => IsDemo
        ? demo.Require().Authority(Options.Tenant)
        : new Uri(new Uri(EnsureSlash(Options.AuthorityHost)), $"{Options.Tenant}/");

    /// <summary>
    /// Where the person's browser signs in. In demo mode that is the sandbox's plain-HTTP listener on loopback, so the
    /// browser shows no certificate warning; MSAL's own token calls still use the HTTPS authority.
    /// </summary>
    public Uri BrowserAuthority => IsDemo ? new Uri(demo.Require().HttpBaseAddress, $"{Options.Tenant}/") : Authority;

    public string GraphBaseUrl => IsDemo ? demo.Require().GraphBaseUrl.TrimEnd('/') : Options.GraphBaseUrl.TrimEnd('/');

    public string GraphHost => new Uri(GraphBaseUrl).Host;

    /// <summary>The innermost HTTP handler: trusts the sandbox's generated certificate in demo mode, the OS store otherwise.</summary>
    public HttpMessageHandler CreateHandler() => IsDemo
        ? demo.Require().CreateTrustingHandler()
        : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };

    /// <summary>
    /// Microsoft's admin-consent link (v2.0 <c>/adminconsent</c>): on the configured tenant when it names one, else on
    /// <c>organizations</c> (never <c>common</c>: personal accounts cannot grant admin consent), asking for every scope the app
    /// requests at sign-in, with its own <c>state</c> and callback.
    /// </summary>
    public string AdminConsentUrl(string redirectUri, string state)
    {
        var tenant = Options.Tenant is "common" or "consumers" or "organizations" or "" ? "organizations" : Options.Tenant;
        var scopes = OutlookIdentity.Scopes.Select(s => s.Contains('.', StringComparison.Ordinal) ? $"https://graph.microsoft.com/{s}" : s);
        var query = $"client_id={Uri.EscapeDataString(ClientId)}&scope={Uri.EscapeDataString(string.Join(' ', scopes))}" +
            $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&state={Uri.EscapeDataString(state)}";
        return new Uri(BrowserAuthority, $"/{Uri.EscapeDataString(tenant)}/v2.0/adminconsent?{query}").ToString();
    }

    private static string EnsureSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
