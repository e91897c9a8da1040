using System.Net;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Hosting;

/// <summary>SQLite, a low probe limit: the load balancer's endpoints are anonymous, say one word, and are rate-limited.</summary>
public sealed class HealthProbeApplication : ApplyTrackApplication
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["RateLimits:HealthChecksPerMinute"] = "6",
    };
}

public sealed class HealthEndpointTests(HealthProbeApplication app) : IClassFixture<HealthProbeApplication>
{
    [Fact]
    public async Task Live_and_ready_answer_anonymously_with_one_word_and_are_rate_limited()
    {
        using var client = app.CreateClient();

        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }

        HttpResponseMessage last;
        var answered = 2;
        do
        {
            last = await client.GetAsync(answered % 2 == 0 ? "/health/live" : "/health/ready");
            answered++;
        }
        while (last.StatusCode == HttpStatusCode.OK && answered < 20);
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal(7, answered);
        Assert.True(last.Headers.Contains("Retry-After"));
    }
}
