namespace ApplyTrack.Features.Corrections;

public static class CorrectionsExtensions
{
    public static IHostApplicationBuilder AddCorrections(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportedMessages>();
        return builder;
    }
}
