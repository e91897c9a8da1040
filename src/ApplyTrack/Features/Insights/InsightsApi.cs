using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ApplyTrack.Features.Insights;

/// <summary>Insights as JSON and as CSV, for the signed-in user (or a token that may read applications).</summary>
public static class InsightsApi
{
    public static WebApplication MapInsights(this WebApplication app)
    {
        var insights = app.MapGroup("/api/insights").WithTags("Insights")
            .RequireAuthorization(Tokens.ApiScopes.ApplicationsRead).RequireRateLimiting(Tokens.TokensApi.RateLimitPolicy);
        insights.MapGet("/", GetAsync)
            .WithSummary("Funnel, weekly outcomes, response rate and time to first response, ghosted share; on Premium also by source, time in stage and where rejections come.");
        insights.MapGet("/export.csv", ExportAsync)
            .WithSummary("The same figures as a CSV table: section,group,measure,value.");
        return app;
    }

    private static async Task<Ok<InsightsReport>> GetAsync(HttpContext http, ApplyTrackDbContext db, InsightsQueries insights) =>
        TypedResults.Ok(await ReportAsync(http, db, insights));

    private static async Task<FileContentHttpResult> ExportAsync(HttpContext http, ApplyTrackDbContext db, InsightsQueries insights)
    {
        var report = await ReportAsync(http, db, insights);
        var name = $"applytrack-insights-{report.GeneratedAt:yyyy-MM-dd}.csv";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(InsightsCsv.Write(report)), "text/csv; charset=utf-8", name);
    }

    private static async Task<InsightsReport> ReportAsync(HttpContext http, ApplyTrackDbContext db, InsightsQueries insights)
    {
        var userId = http.User.RequireUserId();
        return await insights.ReportAsync(userId, await Plans.OfUserAsync(db, userId, http.RequestAborted), http.RequestAborted);
    }
}

public static class InsightsExtensions
{
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<InsightsQueries>();
        return builder;
    }
}
