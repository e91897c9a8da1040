using System.Threading.RateLimiting;
using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Tokens;

/// <summary>Settings of the <c>Tokens</c> section.</summary>
public sealed class TokenOptions
{
    public const string Section = "Tokens";

    /// <summary>Requests per token per minute on the JSON API (a script in a loop, not a person, reaches it).</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>
    /// Browser origins allowed to call <c>/api/v1</c> across origins: the extension's (its id is fixed by the key in
    /// <c>extension/manifest.json</c>). A self-hosted server with an extension built under another key adds its origin here.
    /// </summary>
    public string[] ExtensionOrigins { get; set; } = ["chrome-extension://ficjcfhoefikejlcaokhilhmpageenca"];
}

public sealed record CreateTokenRequest(string? Name, string[]? Scopes);

/// <summary>Personal access tokens: their management API (cookie only: a token cannot make or revoke tokens), scopes, rate limit and CORS.</summary>
public static class TokensApi
{
    public const string RateLimitPolicy = "tokens";
    public const string CorsPolicy = "extension";

    public static IHostApplicationBuilder AddTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section);
        builder.Services.AddScoped<PersonalAccessTokens>();
        builder.AddApiAuthentication();
        builder.Services.Configure<RateLimiterOptions>(options => options.AddPolicy(RateLimitPolicy, http =>
            http.User.FindFirst(TokenAuthenticationHandler.TokenIdClaim)?.Value is { } tokenId
                ? RateLimitPartition.GetFixedWindowLimiter(tokenId, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<TokenOptions>>().Value.RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                })
                // A person in the browser is not limited here (as before tokens existed).
                : RateLimitPartition.GetNoLimiter("cookie")));
        // The OpenAPI document names the token scheme, so a client generator knows to send the bearer header.
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiAuthentication.TokenScheme] = new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (atk_…) made under Your account → Access tokens, scoped applications:read and/or applications:write. " +
                    "Accepted on /api/applications and /api/v1; every other route takes the sign-in cookie only.",
            };
            return Task.CompletedTask;
        }));
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<TokenOptions>>((cors, tokens) => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(tokens.Value.ExtensionOrigins)
                .WithHeaders("Authorization", "Content-Type")
                .WithMethods("GET", "POST")
                .WithExposedHeaders("Location", "Retry-After")));
        return builder;
    }

    public static WebApplication MapTokens(this WebApplication app)
    {
        var tokens = app.MapGroup("/api/tokens").WithTags("Access tokens").RequireAuthorization();
        tokens.MapGet("/", ListAsync).WithSummary("Your personal access tokens (never their secrets).");
        tokens.MapPost("/", CreateAsync).WithSummary("Makes a token; the response carries its secret, shown this once.");
        tokens.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revokes a token: requests with it are refused from now on.");
        return app;
    }

    private static async Task<Ok<List<TokenResponse>>> ListAsync(HttpContext http, PersonalAccessTokens tokens) =>
        TypedResults.Ok(await tokens.ListAsync(http.User.RequireUserId(), http.RequestAborted));

    private static async Task<Results<Created<CreatedTokenResponse>, ValidationProblem>> CreateAsync(CreateTokenRequest request, HttpContext http, PersonalAccessTokens tokens)
    {
        var errors = PersonalAccessTokens.Validate(request.Name, request.Scopes);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var created = await tokens.CreateAsync(http.User.RequireUserId(), request.Name!, request.Scopes!, http, http.RequestAborted);
        if (created is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"You have {PersonalAccessTokens.ActiveLimit} active tokens. Revoke one first."] });
        }
        // The secret is in this body only: never cache it.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/tokens/{created.Token.Id}", created);
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, HttpContext http, PersonalAccessTokens tokens) =>
        await tokens.RevokeAsync(http.User.RequireUserId(), id, http, http.RequestAborted) ? TypedResults.NoContent() : TypedResults.NotFound();
}
