using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>Builds a <see cref="GmailClient"/> for one connection over the shared, resilient "google" HttpClient.</summary>
public sealed class GmailClients(
    GoogleIdentity identity, GoogleEndpoints endpoints, IHttpClientFactory httpClients, IServiceScopeFactory scopes, IOptions<GoogleOptions> options, TimeProvider time)
{
    public GmailClient Create(MailboxConnection connection) =>
        new(connection, identity, endpoints, httpClients.CreateClient(GoogleIdentity.HttpClientName), scopes, time, options.Value.UnitsPerMinute);

    /// <summary>
    /// Quota and server errors are retried with exponential backoff and jitter, honouring Retry-After (PROTOCOLS §4.10):
    /// 429, 5xx, timeouts, network errors, and 403 whose reason is a rate limit (Google sends 403 or 429 for the same thing).
    /// The per-user quota is a sliding minute, so the backoff is allowed to grow to a minute.
    /// </summary>
    public static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 10,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(60),
            ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context.CancellationToken),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(30));
    }

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return true;
        }
        return outcome.Result is { StatusCode: HttpStatusCode.Forbidden } response
               && await GmailErrors.ReasonAsync(response, cancellationToken) is { } reason
               && GmailErrors.RateLimitReasons.Contains(reason);
    }
}
