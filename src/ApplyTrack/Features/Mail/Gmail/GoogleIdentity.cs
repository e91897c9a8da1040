using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>What we keep of a Google grant, as JSON inside <see cref="MailboxConnection.Credentials"/> (always encrypted).</summary>
public sealed record GoogleTokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string RefreshToken,
    [property: JsonPropertyName("expires_at")] DateTimeOffset ExpiresAt);

/// <summary>The account a code was redeemed for: Google's stable subject, its address, the tokens and the granted scopes.</summary>
public sealed record GoogleAccount(string Subject, string Email, GoogleTokens Tokens, IReadOnlySet<string> GrantedScopes);

/// <summary>A token-endpoint error (<c>{"error","error_description"}</c>), e.g. <c>invalid_grant</c>.</summary>
public sealed class GoogleOAuthException(string error, string? description) : Exception($"Google OAuth error '{error}'")
{
    public string Error { get; } = error;
    public string? Description { get; } = description;
}

/// <summary>
/// Google OAuth 2.0 authorization code + PKCE (PROTOCOLS §4.1) over plain HttpClient: the token endpoint is three form posts,
/// and keeping it here lets the same handler (sandbox certificate in demo mode) and retry policy serve both OAuth and Gmail.
/// </summary>
public sealed class GoogleIdentity(GoogleEndpoints endpoints, IHttpClientFactory httpClients, MetadataCipher cipher, TimeProvider time)
{
    public const string HttpClientName = "google";

    public const string GmailReadonlyScope = "https://www.googleapis.com/auth/gmail.readonly";

    /// <summary>Sign-in scopes plus read-only Gmail; never a write scope.</summary>
    public static readonly string[] Scopes = ["openid", "email", GmailReadonlyScope];

    public string BuildAuthorizeUrl(string state, string codeChallenge, string redirectUri, string? loginHint)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = endpoints.ClientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = string.Join(' ', Scopes),
            // Google returns a refresh token only when the person sees the consent screen. Every connect or reconnect here
            // needs one (a reconnect usually follows a dead one), so consent is always asked for.
            ["access_type"] = "offline",
            ["prompt"] = "consent",
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
            ["login_hint"] = loginHint,
        };
        var pairs = query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        return endpoints.AuthorizationEndpoint + "?" + string.Join('&', pairs);
    }

    public async Task<GoogleAccount> RedeemCodeAsync(string code, string codeVerifier, string redirectUri, CancellationToken cancellationToken)
    {
        var response = await PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = codeVerifier,
            ["redirect_uri"] = redirectUri,
        }, cancellationToken);

        var scopes = (response.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        // The id token comes straight from the token endpoint over TLS, so its claims can be read without checking the
        // signature (OpenID Connect Core §3.1.3.7).
        var (subject, email) = ReadIdToken(response.IdToken);
        var tokens = new GoogleTokens(response.AccessToken, response.RefreshToken ?? "", Expiry(response.ExpiresIn));
        return new GoogleAccount(subject ?? "", email ?? "", tokens, scopes);
    }

    /// <summary>A fresh access token. Google does not rotate refresh tokens: the answer has none, and the old one stays.</summary>
    public async Task<GoogleTokens> RefreshAsync(GoogleTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken.Length == 0)
        {
            throw new ReauthenticationRequiredException("Google gave ApplyTrack no lasting access. Reconnect Gmail to resume syncing.",
                new InvalidOperationException("No refresh token."));
        }
        try
        {
            var response = await PostTokenAsync(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = tokens.RefreshToken,
            }, cancellationToken);
            return new GoogleTokens(response.AccessToken, response.RefreshToken ?? tokens.RefreshToken, Expiry(response.ExpiresIn));
        }
        catch (GoogleOAuthException ex) when (ex.Error == "invalid_grant")
        {
            // Revoked, expired (6 months unused, password change, testing-app 7 days) or too many grants: only consent helps.
            throw new ReauthenticationRequiredException("Google asks you to sign in again (access was revoked or expired). Reconnect Gmail to resume syncing.", ex);
        }
    }

    /// <summary>Revoking the refresh token ends the whole grant (PROTOCOLS §4.1). Best effort.</summary>
    public async Task RevokeAsync(GoogleTokens tokens, CancellationToken cancellationToken)
    {
        var token = tokens.RefreshToken.Length > 0 ? tokens.RefreshToken : tokens.AccessToken;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token });
        using var response = await Http().PostAsync(endpoints.RevokeEndpoint, content, cancellationToken);
    }

    public byte[] Encrypt(GoogleTokens tokens) => cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(tokens), CipherPurposes.Credentials);

    public GoogleTokens Decrypt(byte[] credentials) =>
        JsonSerializer.Deserialize<GoogleTokens>(cipher.Decrypt(credentials, CipherPurposes.Credentials))
        ?? throw new JsonException("Empty Google credentials.");


    private HttpClient Http() => httpClients.CreateClient(HttpClientName);

    private DateTimeOffset Expiry(int? expiresIn) => time.GetUtcNow().AddSeconds(Math.Max(60, expiresIn ?? 3600));

    private async Task<TokenResponse> PostTokenAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        form["client_id"] = endpoints.ClientId;
        form["client_secret"] = endpoints.ClientSecret;
        using var content = new FormUrlEncodedContent(form);
        using var response = await Http().PostAsync(endpoints.TokenEndpoint, content, cancellationToken);
        if (!response.IsSuccessStatusCode && (int)response.StatusCode is >= 400 and < 500)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            throw new GoogleOAuthException(error?.Error ?? $"http_{(int)response.StatusCode}", error?.Description);
        }
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return body is { AccessToken.Length: > 0 } ? body : throw new GoogleOAuthException("invalid_response", "The token endpoint answered without an access token.");
    }

    private static async Task<TokenError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenError>(cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string? Subject, string? Email) ReadIdToken(string? idToken)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 })
        {
            return (null, null);
        }
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var document = JsonDocument.Parse(Convert.FromBase64String(payload));
            var root = document.RootElement;
            return (root.TryGetProperty("sub", out var sub) ? sub.GetString() : null,
                root.TryGetProperty("email", out var email) ? email.GetString() : null);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("scope")] string? Scope,
        [property: JsonPropertyName("id_token")] string? IdToken);

    private sealed record TokenError(
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? Description);
}
