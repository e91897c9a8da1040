namespace ApplyTrack.Features.Pipeline;

public static class PipelineExtensions
{
    public static IHostApplicationBuilder AddPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PipelineEvents>();
        builder.Services.AddScoped<ApplicationCommands>();
        builder.Services.AddScoped<Duplicates.DuplicateFinder>();
        return builder;
    }
}
