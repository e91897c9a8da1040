using System.Collections.Concurrent;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Identity;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>Who is calling Graph: the mailbox the bearer token belongs to and what the token may do.</summary>
public sealed record GraphCaller(Mailbox Mailbox, AccessTokenGrant Grant)
{
    private const string ItemKey = "graph.caller";

    public bool CanReadBodies => Grant.HasAny("Mail.Read", "Mail.ReadWrite");

    public static GraphCaller From(HttpContext context) => (GraphCaller)context.Items[ItemKey]!;

    /// <summary>
    /// Group filter: validates the bearer token (401 `InvalidAuthenticationToken`), resolves `{user}` (`me`, id or UPN;
    /// another user's mailbox is 403), enforces the scope the route needs (403) and Outlook's throttling limits (429).
    /// </summary>
    public static async ValueTask<object?> Authenticate(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        GraphError.RequestId(context);
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        var (grant, problem) = context.RequestServices.GetRequiredService<TokenIssuer>().ReadAccessToken(token);
        if (grant is null) return GraphError.Unauthorized(context, problem!);

        var store = context.RequestServices.GetRequiredService<MailboxStore>();
        var mailbox = store.Find(grant.MailboxId);
        if (mailbox is null) return GraphError.Unauthorized(context, "The user or administrator has not consented to use the application.");
        var user = context.Request.RouteValues["user"] as string;
        if (user is not null && !user.Equals("me", StringComparison.OrdinalIgnoreCase)
            && !user.Equals(mailbox.Id, StringComparison.OrdinalIgnoreCase) && !user.Equals(mailbox.User.Email, StringComparison.OrdinalIgnoreCase))
            return GraphError.AccessDenied(context);

        var needsMail = context.GetEndpoint()?.Metadata.GetMetadata<RequiresMailScope>() is not null;
        if (needsMail ? !grant.HasAny("Mail.Read", "Mail.ReadBasic", "Mail.ReadWrite") : !grant.HasAny("User.Read", "User.ReadBasic.All", "User.Read.All", "Mail.Read", "Mail.ReadBasic"))
            return GraphError.AccessDenied(context);

        var faults = context.RequestServices.GetRequiredService<SandboxFaults>();
        var limiter = context.RequestServices.GetRequiredService<OutlookThrottle>();
        var key = $"{grant.ClientId}|{mailbox.Id}";
        if (limiter.TryEnter(key, faults.Transport.EnforceConcurrencyLimit) is { } limit) return GraphError.OverMailboxLimit(context, limit, 1);
        try
        {
            context.Items[ItemKey] = new GraphCaller(mailbox, grant);
            if (context.Items[FaultInjectionMiddleware.LatencyKey] is int latencyMs) await Task.Delay(latencyMs, context.RequestAborted);
            return await next(invocation);
        }
        finally
        {
            limiter.Exit(key);
        }
    }
}

/// <summary>Endpoint metadata: the route reads mail, so the token needs a Mail.* scope.</summary>
public sealed class RequiresMailScope;

/// <summary>
/// Outlook's per app+mailbox limits (PROTOCOLS §2.7): at most 4 concurrent requests and 10,000 requests per 10 minutes.
/// </summary>
public sealed class OutlookThrottle(TimeProvider time)
{
    public const int ConcurrentLimit = 4;
    public const int WindowLimit = 10_000;
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, (long Window, int Count)> _windows = new();

    /// <summary>Admits a request, or names the limit it is over (`MailboxConcurrency`, `MailboxRequestsPerTenMinutes`).</summary>
    public string? TryEnter(string key, bool enforceConcurrency)
    {
        var window = time.GetUtcNow().ToUnixTimeSeconds() / 600;
        var counted = _windows.AddOrUpdate(key, _ => (window, 1), (_, w) => w.Window == window ? (window, w.Count + 1) : (window, 1));
        if (counted.Count > WindowLimit) return "MailboxRequestsPerTenMinutes";
        var inFlight = _inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (!enforceConcurrency || inFlight <= ConcurrentLimit) return null;
        Exit(key);
        return "MailboxConcurrency";
    }

    public void Exit(string key) => _inFlight.AddOrUpdate(key, 0, (_, n) => Math.Max(0, n - 1));
}
