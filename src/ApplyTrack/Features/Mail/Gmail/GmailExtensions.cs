using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Gmail;

public static class GmailExtensions
{
    public static IHostApplicationBuilder AddGmail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GoogleOptions>().BindConfiguration(GoogleOptions.Section)
            .Validate(o => o.PageSize is >= 1 and <= 500, "Google:PageSize must be between 1 and 500.")
            .Validate<IHostEnvironment>((o, env) => RedirectUriRules.IsAllowed(o.RedirectUri, env), RedirectUriRules.Problem(GoogleOptions.Section, GmailConnector.CallbackPath))
            .Validate(o => o.UnitsPerMinute >= 100, "Google:UnitsPerMinute must be at least 100 (a watch costs 100 units).")
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.ClientSecret), "Google:ClientSecret is required with Google:ClientId.")
            .Validate(o => o.PubSubTopic is null || System.Text.RegularExpressions.Regex.IsMatch(o.PubSubTopic, "^projects/[^/]+/topics/[^/]+$"),
                "Google:PubSubTopic must look like projects/{project}/topics/{topic}.")
            .Validate(o => o.PushAuthentication != GmailPushAuthentication.UrlToken || !string.IsNullOrWhiteSpace(o.PushToken),
                "Google:PushAuthentication=UrlToken needs Google:PushToken (a long random secret).")
            .Validate(o => Uri.TryCreate(o.PushJwksUrl, UriKind.Absolute, out _), "Google:PushJwksUrl must be an absolute URL.")
            .ValidateOnStart();

        // Retries live on the HttpClient (quota 403/429, 5xx, timeouts); the per-attempt timeout replaces HttpClient's overall one.
        services.AddHttpClient(GoogleIdentity.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<GoogleEndpoints>().CreateHandler())
            .AddResilienceHandler("gmail", GmailClients.ConfigureResilience);

        services.AddSingleton<GoogleEndpoints>();
        services.AddSingleton<GoogleIdentity>();
        services.AddSingleton<GmailClients>();
        services.AddSingleton<GmailWatches>();
        services.AddSingleton<GmailPushAuthenticator>();
        services.AddScoped<GmailConnector>();
        services.AddMailProvider<GmailSync>(MailProvider.Gmail, endpoints => endpoints.MapGmail());
        return builder;
    }

    public static IEndpointRouteBuilder MapGmail(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGmailConnections();
        endpoints.MapGmailWebhooks();
        return endpoints;
    }
}
