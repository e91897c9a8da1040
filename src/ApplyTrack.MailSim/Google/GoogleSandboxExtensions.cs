using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApplyTrack.MailSim.Google;

/// <summary>The two entry points the sandbox host calls to add everything Google (see README.md in this folder).</summary>
public static class GoogleSandboxExtensions
{
    /// <summary>Registers Google OAuth, the Gmail API and push delivery. Needs a <see cref="Mailboxes.MailboxStore"/> singleton.</summary>
    public static IServiceCollection AddGoogleSandbox(this IServiceCollection services)
    {
        // The host normally registers its persisted keys; a bare host (tests) gets fresh ones.
        services.TryAddSingleton(_ => SandboxKeys.Create());
        services.TryAddSingleton<GoogleSandbox>();
        services.TryAddSingleton<GoogleTokens>();
        services.TryAddSingleton<GmailSnapshots>();
        services.TryAddSingleton<GmailQuota>();
        services.TryAddSingleton<GmailWatches>();
        services.TryAddSingleton<GmailApi>();
        services.AddSingleton<ISandboxStateSection, GoogleStateSection>();
        services.AddHttpClient(GmailPushDelivery.HttpClientName);
        services.AddHostedService<GmailPushDelivery>();
        return services;
    }

    /// <summary>Maps `/o/oauth2/…`, `/token`, `/revoke`, discovery, `/gmail/v1/…`, `/batch/gmail/v1` and `/_emu/google/…`.</summary>
    public static IEndpointRouteBuilder MapGoogleSandbox(this IEndpointRouteBuilder endpoints)
    {
        GoogleOAuthEndpoints.Map(endpoints);
        GmailEndpoints.Map(endpoints, endpoints.ServiceProvider.GetRequiredService<GmailApi>());
        GoogleControlEndpoints.Map(endpoints);
        // Faults injected through the host's general `/_emu/faults` come out in Google's error format.
        endpoints.ServiceProvider.GetService<FaultResponses>()?.Register(SandboxSurface.Google, WriteInjectedFaultAsync);
        return endpoints;
    }

    private static Task WriteInjectedFaultAsync(HttpContext context, int status, int? retryAfterSeconds)
    {
        var now = context.RequestServices.GetRequiredService<Mailboxes.MailboxStore>().Time.GetUtcNow();
        var response = status switch
        {
            429 => GoogleErrors.TooManyRequests(now.AddSeconds(retryAfterSeconds ?? 1)),
            403 => GoogleErrors.For(GmailFault.UserRateLimit403, now),
            401 => GoogleErrors.InvalidCredentials(),
            500 => GoogleErrors.For(GmailFault.BackendError500, now),
            503 => GoogleErrors.For(GmailFault.Unavailable503, now),
            504 => GoogleErrors.Error(504, "DEADLINE_EXCEEDED", "backendError", "Deadline exceeded"),
            _ => GoogleErrors.Error(status, "UNKNOWN", "backendError", "Backend Error"),
        };
        return GmailEndpoints.WriteAsync(context.Response, response, context.RequestAborted);
    }
}

/// <summary>How <see cref="MailSandbox"/> finds the Google side: it discovers every <see cref="ISandboxFeature"/> in the assembly.</summary>
internal sealed class GoogleSandboxFeature : ISandboxFeature
{
    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddGoogleSandbox();

    public void Map(IEndpointRouteBuilder app) => app.MapGoogleSandbox();
}
