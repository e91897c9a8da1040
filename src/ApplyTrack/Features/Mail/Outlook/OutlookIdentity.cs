using System.Security.Cryptography;
using System.Text;
using Microsoft.Identity.Client;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Outlook;

public sealed record OutlookAccount(string HomeAccountId, string Email, byte[] EncryptedTokenCache);

/// <summary>Raised when Microsoft will not give us a token without the person signing in again.</summary>

/// <summary>
/// Microsoft identity platform, authorization code + PKCE, through MSAL.NET as a confidential client.
/// MSAL's token cache (which holds the rotating refresh token) lives encrypted on the connection row.
/// </summary>
public sealed class OutlookIdentity(OutlookEndpoints endpoints, MetadataCipher cipher, IHttpClientFactory httpClients)
{
    private readonly MsalHttpClients _http = new(httpClients);

    /// <summary>Sign-in scopes plus read-only mail; never a write scope.</summary>
    public static readonly string[] Scopes = ["openid", "profile", "email", "offline_access", "User.Read", "Mail.Read"];

    // MSAL adds openid/profile/offline_access itself and refuses them in the scope list of token calls.
    private static readonly string[] ResourceScopes = ["User.Read", "Mail.Read"];

    public string BuildAuthorizeUrl(string state, string codeChallenge, string redirectUri, string? loginHint)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = endpoints.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["response_mode"] = "query",
            ["scope"] = string.Join(' ', Scopes),
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
            ["prompt"] = string.IsNullOrEmpty(loginHint) ? "select_account" : null,
            ["login_hint"] = loginHint,
        };
        var pairs = query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        return new Uri(endpoints.BrowserAuthority, "oauth2/v2.0/authorize").ToString() + "?" + string.Join('&', pairs);
    }

    public async Task<OutlookAccount> RedeemCodeAsync(string code, string codeVerifier, string redirectUri, CancellationToken cancellationToken)
    {
        var cache = new EncryptedCache(cipher, null);
        var app = Build(cache, redirectUri);
        var result = await app.AcquireTokenByAuthorizationCode(ResourceScopes, code)
            .WithPkceCodeVerifier(codeVerifier)
            .ExecuteAsync(cancellationToken);
        var email = result.Account.Username ?? result.ClaimsPrincipal?.FindFirst("preferred_username")?.Value ?? "unknown";
        return new OutlookAccount(result.Account.HomeAccountId.Identifier, email, cache.Current!);
    }

    /// <summary>An access token for Graph, refreshed by MSAL when needed. Returns the re-encrypted cache when MSAL rotated tokens.</summary>
    public async Task<(string AccessToken, byte[]? UpdatedCache)> AcquireTokenAsync(MailboxConnection connection, bool forceRefresh, CancellationToken cancellationToken)
    {
        if (connection.Credentials is null)
        {
            throw new ReauthenticationRequiredException("This mailbox is disconnected.", new InvalidOperationException("No credentials."));
        }

        var cache = new EncryptedCache(cipher, connection.Credentials);
        var app = Build(cache, redirectUri: null);
        var account = await app.GetAccountAsync(connection.AccountId)
            ?? throw new ReauthenticationRequiredException("Sign in to Microsoft again to keep syncing.", new InvalidOperationException("Account missing from token cache."));
        try
        {
            var result = await app.AcquireTokenSilent(ResourceScopes, account).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            return (result.AccessToken, cache.Changed ? cache.Current : null);
        }
        catch (MsalUiRequiredException ex)
        {
            throw new ReauthenticationRequiredException(DescribeReauthentication(ex), ex);
        }
        catch (MsalServiceException ex) when (ex.ErrorCode is "invalid_grant" or "interaction_required" or "consent_required")
        {
            throw new ReauthenticationRequiredException(DescribeReauthentication(ex), ex);
        }
    }

    private static string DescribeReauthentication(MsalException ex) => ex.Message switch
    {
        var m when m.Contains("AADSTS700082", StringComparison.Ordinal) => "Your Microsoft sign-in expired after a long time unused. Reconnect to resume syncing.",
        var m when m.Contains("AADSTS50173", StringComparison.Ordinal) => "Your Microsoft sign-in was revoked (for example after a password change). Reconnect to resume syncing.",
        var m when m.Contains("AADSTS65001", StringComparison.Ordinal) => "ApplyTrack's access to this mailbox was withdrawn. Reconnect and accept the permissions to resume syncing.",
        _ => "Microsoft asks you to sign in again. Reconnect to resume syncing.",
    };

    private IConfidentialClientApplication Build(EncryptedCache cache, string? redirectUri)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(endpoints.ClientId)
            .WithClientSecret(endpoints.ClientSecret)
            .WithHttpClientFactory(_http);
        builder = endpoints.IsDemo
            ? builder.WithAuthority(endpoints.Authority.ToString(), validateAuthority: false).WithInstanceDiscovery(false)
            : builder.WithAuthority(endpoints.Authority.ToString());
        if (redirectUri is not null)
        {
            builder = builder.WithRedirectUri(redirectUri);
        }
        var app = builder.Build();
        cache.Bind(app.UserTokenCache);
        return app;
    }

    /// <summary>MSAL's per-user token cache, (de)serialised from and to the connection's encrypted blob.</summary>
    private sealed class EncryptedCache(MetadataCipher cipher, byte[]? encrypted)
    {
        public byte[]? Current { get; private set; } = encrypted;
        public bool Changed { get; private set; }

        public void Bind(ITokenCache tokenCache)
        {
            tokenCache.SetBeforeAccess(args =>
            {
                if (Current is not null)
                {
                    args.TokenCache.DeserializeMsalV3(cipher.Decrypt(Current, CipherPurposes.Credentials));
                }
            });
            tokenCache.SetAfterAccess(args =>
            {
                if (args.HasStateChanged)
                {
                    Current = cipher.Encrypt(args.TokenCache.SerializeMsalV3(), CipherPurposes.Credentials);
                    Changed = true;
                }
            });
        }
    }

    /// <summary>MSAL asks for a client per request: hand it the factory's, whose pooled handler the factory owns and recycles.</summary>
    private sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(GraphClients.HttpClientName);
    }
}
