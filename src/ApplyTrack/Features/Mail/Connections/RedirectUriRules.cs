namespace ApplyTrack.Features.Mail.Connections;

/// <summary>
/// Microsoft accepts <c>http</c> redirect URIs only for localhost, and Google only https ones for web clients outside
/// loopback. A production server that would hand out <c>http://tracker.example.com/…</c> fails at the provider's sign-in
/// page, so it refuses to start instead and says what to set.
/// </summary>
public static class RedirectUriRules
{
    public static bool IsAllowed(string? redirectUri, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(redirectUri) || !environment.IsProduction()
        || Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    public static string Problem(string section, string callbackPath) =>
        $"{section}:RedirectUri must use https in Production (http is allowed for localhost only). Set {section}:RedirectUri to " +
        $"https://<your public host>{callbackPath} and register the same URI with the provider; behind a TLS-terminating reverse " +
        "proxy also set ReverseProxy:KnownProxies (or ReverseProxy:KnownNetworks) so X-Forwarded-Proto/Host are honoured.";
}
