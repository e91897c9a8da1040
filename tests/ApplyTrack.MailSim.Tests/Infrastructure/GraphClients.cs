using Microsoft.Graph;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ApplyTrack.MailSim.Tests.Infrastructure;

/// <summary>Token provider as PROTOCOLS §6.1 shows it: MSAL silent acquisition, restricted to the sandbox host.</summary>
public sealed class MsalAccessTokenProvider(IConfidentialClientApplication app, IAccount account, IEnumerable<string> scopes, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri)) return string.Empty;
        var result = await app.AcquireTokenSilent(scopes, account).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}

public static class GraphClients
{
    /// <summary>Signs <paramref name="email"/> in through MSAL and returns an unmodified GraphServiceClient aimed at the sandbox.</summary>
    public static async Task<GraphServiceClient> SignInAsync(MailSandbox sandbox, string email, string[]? scopes = null)
    {
        scopes ??= MicrosoftClients.MailScopes;
        var app = MicrosoftClients.ConfidentialClient(sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(sandbox, app, email, scopes);
        var tokens = new MsalAccessTokenProvider(app, signedIn.Account, scopes, sandbox.HttpsBaseAddress.Host);
        var http = GraphClientFactory.Create(finalHandler: sandbox.CreateTrustingHandler());
        return new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(tokens), sandbox.GraphBaseUrl);
    }
}
