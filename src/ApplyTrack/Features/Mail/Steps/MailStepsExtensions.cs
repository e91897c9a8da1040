using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Steps;

public static class MailStepsExtensions
{
    /// <summary>The mail pipeline: the order of the <see cref="IMailStep"/> registrations is the order they run in.</summary>
    public static IServiceCollection AddMailSteps(this IServiceCollection services)
    {
        services.AddScoped<MatchIndex>();
        services.AddScoped<ReadStep>();
        services.AddScoped<IMailStep, ClassifyStep>();
        services.AddScoped<IMailStep, DedupeStep>();
        services.AddScoped<IMailStep, RulesStep>();
        services.AddScoped<Rules.UserRulesStep>();
        services.AddScoped<IMailRule>(s => s.GetRequiredService<Rules.UserRulesStep>());
        services.AddScoped<IMailStep, RecordStep>();
        services.AddScoped<MatchStep>();
        services.AddScoped<ApplyStep>();
        services.AddScoped<MailProcessor>();
        return services;
    }
}
