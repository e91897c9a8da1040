using System.Text.Json.Serialization;
using ApplyTrack.Features.Cluster;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace ApplyTrack.Features.Hosting;

public static class HostingExtensions
{
    public static IHostApplicationBuilder AddHosting(this IHostApplicationBuilder builder)
    {
        // Serve wwwroot from a build output folder in every environment (not only Development); a publish folder
        // has no static-web-assets manifest and is unaffected.
        if (builder is WebApplicationBuilder web)
        {
            web.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddOptions<ApplyTrackOptions>()
            .BindConfiguration(ApplyTrackOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Request and HTTP-client lines carry URLs, and OAuth callback URLs carry codes and state: never below Warning,
        // whatever a configuration file says about their parent categories.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        builder.AddReverseProxy();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.AddRateLimits();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddRazorPages();
        // Every cookie is Secure whenever the request came over HTTPS (plain-HTTP demo mode keeps working).
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHealthChecks().AddDbContextCheck<ApplyTrackDbContext>("database", tags: [Cluster.HealthEndpoints.Ready]);
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        // Malformed bodies surface as BadHttpRequestException so they become ProblemDetails 400s in every environment.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        // First: everything after it (redirect URIs, HSTS, cookies' Secure flag, rate limits by client) sees the original request.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            // Sent only over HTTPS (and never for localhost), so plain-HTTP demo mode is unaffected.
            app.UseHsts();
        }
        // Answers the extension's preflights before authentication (endpoints opt in with RequireCors).
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi();
        // Build-time static asset manifest: works from `dotnet run`, a build output folder or a publish folder alike.
        app.MapStaticAssets();
        return app;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapClusterHealth();
        return app;
    }
}

/// <summary>Turns request-shape failures (bad JSON, wrong types) into ProblemDetails 400s instead of 500s.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = badRequest.InnerException is System.Text.Json.JsonException json
                    ? $"The JSON body is malformed: {json.Message}"
                    : badRequest.Message,
            },
        });
    }
}
