using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Outlook;

public static class OutlookExtensions
{
    public static IHostApplicationBuilder AddOutlook(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OutlookOptions>().BindConfiguration(OutlookOptions.Section)
            .Validate(o => o.PageSize is >= 1 and <= 1000, "Outlook:PageSize must be between 1 and 1000.")
            .Validate<IHostEnvironment>((o, env) => RedirectUriRules.IsAllowed(o.RedirectUri, env), RedirectUriRules.Problem(OutlookOptions.Section, OutlookConnector.CallbackPath))
            .ValidateOnStart();

        services.AddSingleton<OutlookEndpoints>();
        services.AddSingleton<OutlookIdentity>();
        // One pooled transport for Graph and Microsoft's token endpoint (the sandbox's, trusting its certificate, in demo mode).
        services.AddHttpClient(GraphClients.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<OutlookEndpoints>().CreateHandler())
            // Graph's URLs carry delta and skip tokens: never logged.
            .RemoveAllLoggers();
        services.AddSingleton<GraphClients>();
        services.AddSingleton<GraphMailboxLimits>();
        services.AddSingleton<GraphThrottling>();
        services.AddSingleton<OutlookSubscriptions>();
        services.AddScoped<OutlookConnector>();
        services.AddMailProvider<OutlookSync>(MailProvider.Outlook, endpoints =>
        {
            endpoints.MapOutlookConnections();
            endpoints.MapOutlookWebhooks();
        });
        return builder;
    }
}
