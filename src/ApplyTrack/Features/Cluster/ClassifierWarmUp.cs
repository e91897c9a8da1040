using System.Text.RegularExpressions;
using ApplyTrack.Classification;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// In a cluster an instance may inherit a dead one's mailboxes at any moment, so it loads the classifier and runs it once
/// at start-up (the model load and the first regular-expression matches are slow) instead of inside the first sync it
/// takes over; until then it is not ready. A single SQLite instance keeps loading on first use.
/// </summary>
public sealed class ClassifierWarmUp(IServiceProvider services, IEventBus bus, ILogger<ClassifierWarmUp> logger) : BackgroundService
{
    private static readonly EmailInput[] Samples =
    [
        new("Careers <no-reply@careers.example>", "me@example.com", "We received your application for Product Manager",
            "Thank you for applying for the Product Manager position. We have received your application.", DateTimeOffset.UnixEpoch),
        new("A recruiter <recruiting@example.com>", "me@example.com", "Interview invitation",
            "We would like to invite you to a 45-minute interview with the hiring manager.", DateTimeOffset.UnixEpoch),
    ];

    private volatile bool _warm;

    /// <summary>Whether the classifier is ready (always true when no warm-up is needed).</summary>
    public bool IsWarm => _warm || !bus.IsShared;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => !bus.IsShared ? Task.CompletedTask : Task.Run(() =>
    {
        var classifier = services.GetRequiredService<EmailClassifier>();
        for (var attempt = 1; attempt <= 10 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                foreach (var sample in Samples)
                {
                    classifier.Classify(sample);
                }
                break;
            }
            catch (RegexMatchTimeoutException)
            {
                // The first matches compile the expressions and may exceed their timeout on a busy machine: again.
            }
        }
        _warm = true;
        logger.LogDebug("The classifier is warm");
    }, stoppingToken);
}

internal sealed class ClassifierHealthCheck(ClassifierWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.IsWarm ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The classifier is loading."));
}
