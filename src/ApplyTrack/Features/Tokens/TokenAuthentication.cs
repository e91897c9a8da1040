using System.Security.Claims;
using System.Text.Encodings.Web;
using ApplyTrack.Features.Audit;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Tokens;

/// <summary>
/// <c>Authorization: Bearer atk_…</c>: finds the token by the hash of its secret, refuses a revoked one (audited),
/// and notes when it was last used (at most once a minute, by one conditional UPDATE).
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApplyTrackDbContext db, AuditLog audit, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string TokenIdClaim = "token_id";
    public const string ScopeClaim = "scope";
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerOf(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }
        if (!TokenSecret.LooksLike(secret))
        {
            return AuthenticateResult.Fail("Not an ApplyTrack access token.");
        }

        var hash = TokenSecret.Hash(secret);
        var token = await db.Set<PersonalAccessToken>().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown access token.");
        }
        var now = time.GetUtcNow();
        if (token.RevokedAt is not null)
        {
            await RefusedAsync(token.UserId, $"{PersonalAccessTokens.Describe(token)} · revoked", now);
            return AuthenticateResult.Fail("This access token was revoked.");
        }

        var stale = now - LastUsedPrecision;
        await db.Set<PersonalAccessToken>()
            .Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        var userName = await db.Users.Where(u => u.Id == token.UserId).Select(u => u.UserName).SingleOrDefaultAsync(Context.RequestAborted);
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, token.UserId), new(ClaimTypes.Name, userName ?? ""), new(TokenIdClaim, token.Id.ToString())];
        claims.AddRange(token.ScopeList.Select(scope => new Claim(ScopeClaim, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await TypedResults.Problem("The access token is missing, unknown or revoked. Create a new one under Your account → Access tokens.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Not authorised").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\"";
        // The authorization middleware has put the token's principal on the request.
        if (Context.User.FindFirstValue(TokenIdClaim) is { } tokenId && Context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var name = await db.Set<PersonalAccessToken>().Where(t => t.Id == Guid.Parse(tokenId)).Select(t => new { t.Name, t.Prefix }).SingleOrDefaultAsync(Context.RequestAborted);
            await RefusedAsync(userId, $"\"{name?.Name}\" ({name?.Prefix}…) · lacks the scope for {Request.Method} {Request.Path}", time.GetUtcNow());
        }
        await TypedResults.Problem("This access token does not have the scope this request needs.",
            statusCode: StatusCodes.Status403Forbidden, title: "Insufficient scope").ExecuteAsync(Context);
    }

    /// <summary>A client retrying with a dead token would write a row per request: one per token and reason per minute is enough.</summary>
    private async Task RefusedAsync(string userId, string detail, DateTimeOffset now)
    {
        if (!await audit.RecordedSinceAsync(userId, AuditKind.TokenRefused, detail, now - TimeSpan.FromMinutes(1), Context.RequestAborted))
        {
            await audit.RecordAsync(userId, AuditKind.TokenRefused, Context, detail, Context.RequestAborted);
        }
    }

    internal static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}

/// <summary>
/// How the JSON API authenticates: a request that carries a bearer token is judged by its token alone (the cookie is
/// ignored, so one request is never two users); any other by the sign-in cookie. A signed-in person may do anything
/// to their own applications; a token only what its scopes say.
/// </summary>
public static class ApiAuthentication
{
    public const string TokenScheme = "AccessToken";
    public const string Scheme = "CookieOrToken";

    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.Identity?.AuthenticationType != TokenScheme || user.HasClaim(TokenAuthenticationHandler.ScopeClaim, scope);

    public static IHostApplicationBuilder AddApiAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenScheme, null)
            .AddPolicyScheme(Scheme, "Cookie or access token", options =>
                options.ForwardDefaultSelector = context => TokenAuthenticationHandler.BearerOf(context.Request) is null ? IdentityConstants.ApplicationScheme : TokenScheme);
        var authorization = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All)
        {
            authorization.AddPolicy(scope, policy => policy
                .AddAuthenticationSchemes(Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => HasScope(context.User, scope)));
        }
        return builder;
    }
}
