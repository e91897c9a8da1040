using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ApplyTrack.Features.Hosting;

/// <summary>
/// The <c>ReverseProxy</c> section: which proxies may tell us the original scheme, host and client address through
/// <c>X-Forwarded-Proto/Host/For</c>. Behind a TLS-terminating proxy the app otherwise sees <c>http://internal-host</c> and
/// builds OAuth redirect URIs Microsoft and Google refuse. Empty lists trust loopback only (a proxy on the same machine).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/8</c> (a container network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in front of the app to unwind (entries of X-Forwarded-For read from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}

public static class ReverseProxy
{
    public static IHostApplicationBuilder AddReverseProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ReverseProxy:KnownProxies must be IP addresses.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "ReverseProxy:KnownNetworks must be CIDR networks such as 10.0.0.0/8.")
            .Validate(o => o.ForwardLimit >= 1, "ReverseProxy:ForwardLimit must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // Configured lists replace the loopback default: trusting exactly what the operator named.
            if (proxy.Value.KnownProxies.Count + proxy.Value.KnownNetworks.Count > 0)
            {
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var address in proxy.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(address));
                }
                foreach (var network in proxy.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });
        return builder;
    }
}
