using ApplyTrack.Classification;
using ApplyTrack.Features.Mail.Activity;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Demo;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Imap;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Steps;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail;

public static class MailExtensions
{
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.Section)
            .Validate(o => o.SchedulerTick > TimeSpan.Zero && o.LeaseDuration > TimeSpan.Zero, "Sync intervals must be positive.")
            .ValidateOnStart();
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);

        services.AddSingleton<MetadataCipher>();
        // Loading the model takes a moment; do it once, on first use, and share it (the classifier is thread-safe).
        services.AddSingleton(_ => EmailClassifier.LoadDefault());

        services.AddSingleton<DemoSandbox>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSandbox>());

        services.AddMailSteps();
        services.AddSingleton<SyncQueue>();
        services.AddSingleton<SyncRequests>();
        services.AddScoped<ConnectionLease>();
        services.AddScoped<MailboxOwnerLock>();
        services.AddSingleton<LeaseHeartbeat>();
        services.AddSingleton<WebhookReplays>();
        services.AddScoped<SyncRunner>();
        services.AddScoped<MailboxDisconnector>();
        services.AddScoped<MailProviders>();
        services.AddScoped<OAuthHandshake>();
        services.AddScoped<ConnectionUpsert>();
        services.AddHostedService<SyncWorker>();
        services.AddHostedService<SyncScheduler>();

        // The providers: each folder registers itself (its IMailProvider, options, clients and endpoints).
        builder.AddOutlook();
        builder.AddGmail();
        builder.AddImap();
        return builder;
    }

    public static WebApplication MapMail(this WebApplication app)
    {
        app.MapConnections();
        app.MapActivity();
        app.MapMailProviders();
        return app;
    }
}
