using System.Net;
using System.Net.Http.Headers;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Builds a Graph SDK client for one connection: the SDK's own middleware (retry honouring Retry-After on
/// 429/503/504, redirects, …), then our bearer handler (401 → refresh once → retry), then the mailbox's shared
/// limit of concurrent requests, then a 429 observer, then the transport. The transport is the pooled handler of the
/// named "graph" client from <see cref="IHttpMessageHandlerFactory"/>: shared by every client, recycled by the factory
/// (DNS changes are seen), and never disposed by a client, so clients made per sync leak no connection pools.
/// </summary>
public sealed class GraphClients(
    OutlookEndpoints endpoints,
    OutlookIdentity identity,
    IServiceScopeFactory scopes,
    IHttpMessageHandlerFactory handlers,
    GraphMailboxLimits limits,
    GraphThrottling throttling,
    ILogger<GraphClients> logger)
{
    public const string HttpClientName = "graph";

    public GraphServiceClient Create(MailboxConnection connection)
    {
        // Graph's default retry gives up after 3 attempts; under sustained throttling we would rather wait.
        var chain = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(new RetryHandlerOption { MaxRetry = 10, Delay = 1 }) : h)
            .ToList();
        chain.Add(new ConnectionBearerHandler(connection, identity, scopes));
        chain.Add(new ConcurrencyLimitHandler(limits.For(connection.AccountId)));
        chain.Add(new GraphThrottling.Observer(throttling, logger, connection.Id));
        // The factory's handler ignores Dispose: disposing this client's chain leaves the pool to the factory.
        var http = GraphClientFactory.Create(chain, finalHandler: handlers.CreateHandler(HttpClientName));
        return new GraphServiceClient(http, new AnonymousAuthenticationProvider(), endpoints.GraphBaseUrl);
    }

    /// <summary>
    /// Adds the connection's access token; on 401 forces one refresh and retries once. Rotated refresh tokens are
    /// persisted at once (in their own unit of work), so a crash right after a refresh never loses the new token.
    /// </summary>
    private sealed class ConnectionBearerHandler(MailboxConnection connection, OutlookIdentity identity, IServiceScopeFactory scopes) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await AuthorizeAsync(request, forceRefresh: false, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            // A request with a body cannot be sent twice; those fail this round and the next sync retries them.
            if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is not null)
            {
                return response;
            }

            response.Dispose();
            await AuthorizeAsync(request, forceRefresh: true, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }

        private async Task AuthorizeAsync(HttpRequestMessage request, bool forceRefresh, CancellationToken cancellationToken)
        {
            var (token, updatedCache) = await identity.AcquireTokenAsync(connection, forceRefresh, cancellationToken);
            if (updatedCache is not null)
            {
                connection.Credentials = updatedCache;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
                // Conditional: a disconnect that happened meanwhile deleted the tokens, and they stay deleted.
                await db.MailboxConnections.Where(c => c.Id == connection.Id && c.Credentials != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Credentials, updatedCache), cancellationToken);
            }
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>Waits for one of the mailbox's slots (Graph allows four concurrent requests per app and mailbox).</summary>
    private sealed class ConcurrencyLimitHandler(SemaphoreSlim gate) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
