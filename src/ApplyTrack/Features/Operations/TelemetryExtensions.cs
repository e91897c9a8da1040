using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ApplyTrack.Features.Operations;

/// <summary>The <c>Telemetry</c> section: the optional Prometheus scrape endpoint.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve <c>/metrics</c> for Prometheus. Off by default.</summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// Answer <c>/metrics</c> only on this port, judged by the connection's local port (add it to the listening URLs, e.g.
    /// <c>--urls "http://+:8080;http://127.0.0.1:9464"</c>, and keep it off the internet). Without a port the endpoint
    /// requires a signed-in user.
    /// </summary>
    public int? PrometheusPort { get; set; }
}

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry as eShop's service defaults do it: traces (ASP.NET Core, HttpClient, EF Core, ApplyTrack) and metrics,
    /// configured by the standard OTEL_* variables; exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);

        // Trace and span ids on every log line (JSON console: Logging__Console__FormatterName=json).
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(ApplyTrackTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/metrics") && !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ApplyTrackTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Prometheus)
        {
            return app;
        }
        if (options.PrometheusPort is { } port)
        {
            // By the port the connection came in on, not the Host header (which any client writes): the scrape port
            // answers /metrics and nothing else, and the app's own ports never answer /metrics.
            app.UseWhen(http => http.Connection.LocalPort == port, scrape => scrape
                .UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Request.Path == "/metrics")
                .Run(http =>
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }));
        }
        else
        {
            app.MapPrometheusScrapingEndpoint().RequireAuthorization();
        }
        return app;
    }
}
