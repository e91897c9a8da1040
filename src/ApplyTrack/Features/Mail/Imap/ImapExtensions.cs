using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>The connection Connect IMAP created (or, for the same login at the same host, updated).</summary>
public sealed record ImapConnectionResponse(Guid Id, string AccountEmail, string Status);

public static class ImapExtensions
{
    public static IHostApplicationBuilder AddImap(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ImapOptions>().BindConfiguration(ImapOptions.Section)
            .Validate(o => o.PageSize is >= 1 and <= 1000, "Imap:PageSize must be between 1 and 1000.")
            .Validate(o => o.IdleRefreshInterval > TimeSpan.Zero && o.IdleRestartInterval > TimeSpan.Zero && o.CommandTimeout > TimeSpan.Zero,
                "Imap intervals and timeouts must be positive.")
            .Validate(o => o.ConnectTimeout <= TimeSpan.FromSeconds(10), "Imap:ConnectTimeout is at most 10 seconds.")
            .ValidateOnStart();
        // Demo mode runs on one machine with its own mail servers: private addresses are the point there.
        services.AddOptions<ImapOptions>().PostConfigure<Demo.DemoSandbox>((o, demo) => o.AllowPrivateNetworks |= demo.IsEnabled);
        services.AddSingleton<ImapConnectThrottle>();
        services.AddSingleton<ImapSessions>();
        services.AddScoped<ImapConnector>();
        services.AddMailProvider<ImapSync>(MailProvider.Imap, endpoints => endpoints.MapImap());
        services.AddSingleton<ImapIdleService>();
        services.AddHostedService(sp => sp.GetRequiredService<ImapIdleService>());
        return builder;
    }

    public static IEndpointRouteBuilder MapImap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/connections").WithTags("Connections").RequireAuthorization()
            .MapPost("/imap", ConnectAsync);
        return endpoints;
    }

    private static async Task<Results<Created<ImapConnectionResponse>, Ok<ImapConnectionResponse>, ValidationProblem, ProblemHttpResult>> ConnectAsync(
        ImapConnectRequest request, HttpContext http, ImapConnector connector, PipelineEvents events)
    {
        var userId = http.User.RequireUserId();
        switch (await connector.ConnectAsync(userId, request, http.RequestAborted))
        {
            case ImapConnectOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors);
            case ImapConnectOutcome.Refused refused:
                return TypedResults.Problem(refused.Detail, title: refused.Title, statusCode: refused.Status);
            case ImapConnectOutcome.Connected { Connection: var connection } connected:
                events.Publish(userId, new PipelineEvent("connection", connection.Id));
                var response = new ImapConnectionResponse(connection.Id, connection.AccountEmail, "active");
                return connected.Created ? TypedResults.Created($"/api/connections/{connection.Id}", response) : TypedResults.Ok(response);
            default:
                throw new InvalidOperationException("Unknown outcome.");
        }
    }
}
