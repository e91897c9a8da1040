using System.Security.Cryptography;
using System.Text;
using Google.Apis.Auth;
using Google.Apis.Http;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Tells Cloud Pub/Sub's pushes from a stranger's (PROTOCOLS §4.8). An authenticated push subscription sends
/// <c>Authorization: Bearer {OIDC token}</c> signed by Google; we verify it with Google's own library: signature against
/// the published keys (JWKS), issuer <c>accounts.google.com</c>, the audience configured on the subscription, expiry,
/// and that it was issued to the subscription's service account with a verified email. The URL secret is only the
/// fallback an operator chooses (<see cref="GmailPushAuthentication.UrlToken"/>): it ends up in access logs.
/// </summary>
public sealed class GmailPushAuthenticator(GoogleEndpoints endpoints, ILogger<GmailPushAuthenticator> logger)
{
    private static readonly string[] GoogleIssuers = ["https://accounts.google.com", "accounts.google.com"];

    public async Task<bool> IsFromPubSubAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (endpoints.PushAuthentication == GmailPushAuthentication.UrlToken)
        {
            return endpoints.PushToken is { Length: > 0 } expected && FixedTimeEquals(expected, request.Query["token"].ToString());
        }

        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || endpoints.PushServiceAccount is not { Length: > 0 } serviceAccount || endpoints.PushAudience is not { Length: > 0 } audience)
        {
            return false;
        }
        var options = new SignedTokenVerificationOptions
        {
            CertificatesUrl = endpoints.PushJwksUrl.ToString(),
            HttpClientFactory = endpoints.IsDemo ? new HandlerFactory(endpoints) : null,
            IssuedAtClockTolerance = TimeSpan.FromMinutes(1),
            ExpiryClockTolerance = TimeSpan.FromMinutes(1),
        };
        options.TrustedAudiences.Add(audience);
        foreach (var issuer in GoogleIssuers)
        {
            options.TrustedIssuers.Add(issuer);
        }
        try
        {
            var payload = await JsonWebSignature.VerifySignedTokenAsync<GoogleJsonWebSignature.Payload>(header[7..].Trim(), options, cancellationToken);
            return payload.EmailVerified && string.Equals(payload.Email, serviceAccount, StringComparison.OrdinalIgnoreCase);
        }
        catch (InvalidJwtException ex)
        {
            logger.LogInformation("A Gmail push token was refused: {Reason}", ex.Message);
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Without the keys nothing can be verified; Pub/Sub redelivers what we did not acknowledge.
            logger.LogWarning("Could not fetch Google's push signing keys from {JwksUrl}: {Error}", endpoints.PushJwksUrl, ex.Message);
            return false;
        }
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    /// <summary>Demo mode: fetch the sandbox's keys through the handler that trusts its certificate.</summary>
    private sealed class HandlerFactory(GoogleEndpoints endpoints) : HttpClientFactory
    {
        protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) => endpoints.CreateHandler();
    }
}
