using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Identity;

/// <summary>What a refresh token carries, sealed with the sandbox key so it survives restarts without server-side state.</summary>
public sealed record RefreshTokenPayload(string User, string Client, IReadOnlyList<string> Scopes, DateTimeOffset IssuedAt, DateTimeOffset AuthTime, string Id);

/// <summary>A validated Graph access token.</summary>
public sealed record AccessTokenGrant(string MailboxId, string ClientId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt)
{
    public bool HasAny(params string[] scopes) => scopes.Any(Scopes.Contains);
}

/// <summary>Mints and checks tokens: RS256 JWT access and id tokens, sealed opaque refresh tokens.</summary>
public sealed class TokenIssuer(SandboxKeys keys, TimeProvider time, MailSandboxOptions options)
{
    public static readonly TimeSpan RefreshInactivityLimit = TimeSpan.FromDays(90);
    private const string RefreshPrefix = "0.AXkA";
    private readonly ConcurrentDictionary<string, byte> _redeemedRefreshTokens = new(StringComparer.Ordinal);

    /// <summary>
    /// The token endpoint's success body (PROTOCOLS §1.4): `refresh_token` only with offline_access, `id_token` only with
    /// openid, `client_info` when the client asked for it.
    /// </summary>
    public JsonObject Issue(HttpRequest request, Mailbox mailbox, string clientId, IReadOnlyList<string> scopes, DateTimeOffset authTime,
        string? nonce, bool clientInfo)
    {
        var now = time.GetUtcNow();
        var user = mailbox.User;
        var resourceScopes = Scopes.ResourceScopes(scopes);
        if (resourceScopes.Count == 0) resourceScopes = ["User.Read"];
        var lifetime = (long)options.AccessTokenLifetime.TotalSeconds;
        var accessToken = keys.CreateJwt(new JsonObject
        {
            ["aud"] = Scopes.GraphResource,
            ["iss"] = $"https://sts.windows.net/{user.TenantId}/",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.ToUnixTimeSeconds() + lifetime,
            ["app_displayname"] = "ApplyTrack",
            ["appid"] = clientId,
            ["idtyp"] = "user",
            ["name"] = user.DisplayName,
            ["oid"] = user.Id,
            ["scp"] = string.Join(' ', resourceScopes),
            ["sub"] = PairwiseSubject(user, clientId),
            ["tid"] = user.TenantId,
            ["unique_name"] = user.Email,
            ["upn"] = user.Email,
            ["uti"] = SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(16)),
            ["ver"] = "1.0",
        });
        var granted = scopes.Where(Scopes.IsOidc).Concat(resourceScopes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var response = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["scope"] = Scopes.Format(granted.Where(s => !s.Equals("offline_access", StringComparison.OrdinalIgnoreCase))),
            ["expires_in"] = lifetime,
            ["ext_expires_in"] = lifetime,
            ["access_token"] = accessToken,
        };
        if (scopes.Contains("offline_access", StringComparer.OrdinalIgnoreCase))
            response["refresh_token"] = RefreshPrefix + keys.Seal(new RefreshTokenPayload(user.Id, clientId, granted, now, authTime,
                SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(12))));
        if (scopes.Contains("openid", StringComparer.OrdinalIgnoreCase))
            response["id_token"] = IdToken(request, user, clientId, now, authTime, nonce, scopes);
        if (clientInfo)
            response["client_info"] = SandboxKeys.Base64Url(Encoding.UTF8.GetBytes(new JsonObject { ["uid"] = user.Id, ["utid"] = user.TenantId }.ToJsonString()));
        return response;
    }

    private string IdToken(HttpRequest request, MailUser user, string clientId, DateTimeOffset now, DateTimeOffset authTime, string? nonce, IReadOnlyList<string> scopes)
    {
        var claims = new JsonObject
        {
            ["ver"] = "2.0",
            ["iss"] = $"{BaseUrl(request)}{user.TenantId}/v2.0",
            ["sub"] = PairwiseSubject(user, clientId),
            ["aud"] = clientId,
            ["exp"] = now.ToUnixTimeSeconds() + 3600,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["auth_time"] = authTime.ToUnixTimeSeconds(),
            ["name"] = user.DisplayName,
            ["preferred_username"] = user.Email,
            ["oid"] = user.Id,
            ["tid"] = user.TenantId,
            ["aio"] = SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(24)),
        };
        if (scopes.Contains("email", StringComparer.OrdinalIgnoreCase)) claims["email"] = user.Email;
        if (nonce is not null) claims["nonce"] = nonce;
        return keys.CreateJwt(claims);
    }

    /// <summary>Reads a refresh token; null when it is not one of ours.</summary>
    public RefreshTokenPayload? ReadRefreshToken(string? token) =>
        token is not null && token.StartsWith(RefreshPrefix, StringComparison.Ordinal) ? keys.Unseal<RefreshTokenPayload>(token[RefreshPrefix.Length..]) : null;

    /// <summary>Marks a refresh token used; false when it was used before (matters only under strict rotation).</summary>
    public bool MarkRedeemed(RefreshTokenPayload payload) => _redeemedRefreshTokens.TryAdd(payload.Id, 0);

    /// <summary>Checks a bearer token for Graph: signature, audience, expiry. Null with a reason when invalid.</summary>
    public (AccessTokenGrant? Grant, string? Problem) ReadAccessToken(string? token)
    {
        if (string.IsNullOrEmpty(token)) return (null, "Access token is empty.");
        var claims = keys.ReadJwt(token);
        if (claims is null || (string?)claims["aud"] != Scopes.GraphResource) return (null, "IDX14100: JWT is not well formed, there are no dots (.).");
        var expires = DateTimeOffset.FromUnixTimeSeconds((long)claims["exp"]!);
        if (expires <= time.GetUtcNow()) return (null, "Lifetime validation failed, the token is expired.");
        var scopes = ((string?)claims["scp"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (new AccessTokenGrant((string)claims["oid"]!, (string)claims["appid"]!, scopes, expires), null);
    }

    /// <summary>v2.0 `sub` is pairwise: stable per user and app, different across apps.</summary>
    private static string PairwiseSubject(MailUser user, string clientId) =>
        SandboxKeys.Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id}|{clientId}")))[..43];

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
