using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Connections;

public sealed record ConnectionResponse(
    Guid Id, string Provider, string AccountEmail, string Status, string? StatusDetail,
    DateTimeOffset CreatedAt, DateTimeOffset? LastSuccessfulSyncAt, int ThreadsMonitored, IReadOnlyList<string> Folders, int HistoryDays, bool PushEnabled,
    string? Notice = null);

public sealed record SyncRunResponse(Guid Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string Trigger, int MessagesSeen, int JobEvents, int Errors, string Outcome, string? Detail);

public sealed record ConnectRequest(string? LoginHint);

public sealed record FoldersResponse(IReadOnlyList<MailFolderChoice> Available, IReadOnlyList<string> Monitored, bool MayChooseFolders);

public sealed record SetFoldersRequest(IReadOnlyList<string>? Folders);

public sealed record AuthorizeResponse(string AuthorizeUrl);

/// <summary>Mailbox connections: list, connect (Outlook), sync now, disconnect, reconnect, sync history. Scoped to the signed-in user.</summary>
public static class ConnectionsApi
{
    public static IEndpointRouteBuilder MapConnections(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/connections").WithTags("Connections").RequireAuthorization();
        api.MapGet("/", ListAsync);
        api.MapPost("/outlook", ConnectOutlookAsync);
        api.MapPost("/{id:guid}/sync", SyncNowAsync);
        api.MapPost("/{id:guid}/reconnect", ReconnectAsync);
        api.MapDelete("/{id:guid}", DisconnectAsync);
        api.MapGet("/{id:guid}/history", HistoryAsync);
        api.MapGet("/{id:guid}/folders", FoldersAsync);
        api.MapPut("/{id:guid}/folders", SetFoldersAsync);

        // The browser comes back here from Microsoft's consent page.
        app.MapGet(OutlookConnector.CallbackPath, CallbackAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static string RedirectUri(HttpRequest request, OutlookOptions options) =>
        options.RedirectUri is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{OutlookConnector.CallbackPath}";

    private static async Task<Ok<List<ConnectionResponse>>> ListAsync(HttpContext http, ApplyTrackDbContext db, OutlookSubscriptions subscriptions, Imap.ImapIdleService idle)
    {
        var userId = http.User.RequireUserId();
        return TypedResults.Ok(await LoadAsync(db, userId, subscriptions.NotificationBaseUrl is not null, idle, http.RequestAborted));
    }

    /// <param name="outlookPushAvailable">Graph can reach us (a notification URL, or demo mode).</param>
    /// <param name="idle">IMAP push is an IDLE session rather than a subscription.</param>
    public static async Task<List<ConnectionResponse>> LoadAsync(ApplyTrackDbContext db, string userId, bool outlookPushAvailable, Imap.ImapIdleService idle, CancellationToken cancellationToken)
    {
        var connections = await db.MailboxConnections.AsNoTracking().Include(c => c.Cursors)
            .Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var ids = connections.Select(c => c.Id).ToList();
        // Push on means an IDLE session on any instance of the cluster, not only this one.
        var idling = await Imap.ImapIdleService.IdlingAsync(db, connections.Where(c => c.Provider == MailProvider.Imap).Select(c => c.Id).ToList(), cancellationToken);
        var threads = await db.MailEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ConnectionId) && e.ThreadId != null && e.Label != Classification.EmailLabels.None)
            .GroupBy(e => e.ConnectionId)
            .Select(g => new { ConnectionId = g.Key, Threads = g.Select(e => e.ThreadId).Distinct().Count() })
            .ToDictionaryAsync(x => x.ConnectionId, x => x.Threads, cancellationToken);
        return connections.Select(c => new ConnectionResponse(
            c.Id, c.Provider.ToString().ToLowerInvariant(), c.AccountEmail, StatusName(c.Status, c.SyncFailingSince), c.StatusDetail, c.CreatedAt,
            c.LastSuccessfulSyncAt, threads.GetValueOrDefault(c.Id), c.FolderList, c.HistoryDays,
            c.Status != ConnectionStatus.Disconnected && c.Provider switch
            {
                MailProvider.Imap => idling.Contains(c.Id),
                MailProvider.Outlook => outlookPushAvailable && c.Cursors.Any(f => f.SubscriptionId is not null),
                _ => c.Cursors.Any(f => f.SubscriptionId is not null),
            }, Notice(c))).ToList();
    }

    /// <summary>Something about the connection a person should know that is not an error.</summary>
    private static string? Notice(MailboxConnection connection) =>
        connection.Provider == MailProvider.Outlook && connection.Cursors.FirstOrDefault(f => f.DeltaCapExceededAt is not null) is { } large
            ? $"A monitored folder holds more than 5,000 messages from the last {connection.HistoryDays} days, more than Microsoft's change tracking returns at once. " +
              (large.BackfillBefore is null ? "ApplyTrack read the older ones with a slower full listing." : "ApplyTrack is reading the older ones with a slower full listing.")
            : null;

    /// <summary>Folder ids that are never read, whatever a person chooses (IMAP decides by SPECIAL-USE flags at sync time).</summary>
    public static IReadOnlySet<string> NeverMonitored(MailProvider provider) =>
        provider == MailProvider.Gmail ? Gmail.GmailSync.NeverMonitored : OutlookSync.NeverMonitored;

    public static string StatusName(ConnectionStatus status, DateTimeOffset? syncFailingSince = null) => status switch
    {
        ConnectionStatus.Active when syncFailingSince is not null => "syncFailing",
        ConnectionStatus.Active => "active",
        ConnectionStatus.Syncing => "syncing",
        ConnectionStatus.Disconnected => "disconnected",
        _ => "authenticationRequired",
    };

    private static async Task<Results<Ok<AuthorizeResponse>, ProblemHttpResult>> ConnectOutlookAsync(
        ConnectRequest? request, HttpContext http, OutlookConnector connector, OutlookEndpoints endpoints, IOptions<OutlookOptions> options)
    {
        if (!endpoints.IsAvailable)
        {
            return TypedResults.Problem("Outlook is not configured on this server (no Outlook:ClientId) and demo mode is off.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var hint = request?.LoginHint?.Trim();
        if (hint is { Length: > 320 })
        {
            return TypedResults.Problem("loginHint is too long.", statusCode: StatusCodes.Status400BadRequest);
        }
        var url = await connector.StartAsync(http.User.RequireUserId(), hint, RedirectUri(http.Request, options.Value), http.RequestAborted);
        return TypedResults.Ok(new AuthorizeResponse(url));
    }

    private static async Task<Results<Ok<AuthorizeResponse>, NotFound>> ReconnectAsync(
        Guid id, HttpContext http, ApplyTrackDbContext db, MailboxReconnector reconnector)
    {
        var userId = http.User.RequireUserId();
        var connection = await db.MailboxConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, http.RequestAborted);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new AuthorizeResponse(await reconnector.StartAsync(connection, http.Request, http.RequestAborted)));
    }

    private static async Task<Results<Accepted, NotFound, Conflict<ProblemDetails>>> SyncNowAsync(Guid id, HttpContext http, ApplyTrackDbContext db, SyncQueue queue)
    {
        var userId = http.User.RequireUserId();
        var connection = await db.MailboxConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, http.RequestAborted);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }
        if (connection.Status is ConnectionStatus.Disconnected or ConnectionStatus.AuthenticationRequired)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "This mailbox cannot sync right now",
                Detail = connection.Status == ConnectionStatus.Disconnected ? "It is disconnected. Reconnect it first." : "The mail provider asks you to sign in again. Reconnect it first.",
            });
        }
        queue.Enqueue(connection.Id, "manual");
        return TypedResults.Accepted($"/api/connections/{id}/history");
    }

    private static async Task<Results<NoContent, NotFound>> DisconnectAsync(Guid id, HttpContext http, MailboxDisconnector disconnector)
    {
        return await disconnector.DisconnectAsync(http.User.RequireUserId(), id, http.RequestAborted) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<List<SyncRunResponse>>, NotFound>> HistoryAsync(Guid id, HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        if (!await db.MailboxConnections.AnyAsync(c => c.Id == id && c.UserId == userId, http.RequestAborted))
        {
            return TypedResults.NotFound();
        }
        var runs = await db.SyncRuns.AsNoTracking().Where(r => r.ConnectionId == id).OrderByDescending(r => r.StartedAt).Take(100)
            .Select(r => new SyncRunResponse(r.Id, r.StartedAt, r.EndedAt, r.Trigger, r.MessagesSeen, r.JobEvents, r.Errors, r.Outcome, r.Detail))
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(runs);
    }

    private static async Task<Results<Ok<FoldersResponse>, NotFound, Conflict<ProblemDetails>>> FoldersAsync(
        Guid id, HttpContext http, ApplyTrackDbContext db, IEnumerable<IMailboxSynchronizer> synchronizers)
    {
        var userId = http.User.RequireUserId();
        var connection = await db.MailboxConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, http.RequestAborted);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }
        if (connection.Credentials is null || connection.Status == ConnectionStatus.AuthenticationRequired)
        {
            return TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "Reconnect this mailbox first", Detail = "Its folders cannot be read while it is disconnected." });
        }
        var plan = await Plans.OfUserAsync(db, userId, http.RequestAborted);
        var available = await synchronizers.Single(s => s.Provider == connection.Provider).ListFoldersAsync(connection, http.RequestAborted);
        return TypedResults.Ok(new FoldersResponse(available, connection.FolderList, Plans.MayMonitorOtherFolders(plan)));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetFoldersAsync(
        Guid id, SetFoldersRequest request, HttpContext http, ApplyTrackDbContext db, SyncQueue queue, IEnumerable<IMailboxSynchronizer> synchronizers, ILoggerFactory logs)
    {
        var userId = http.User.RequireUserId();
        var folders = (request.Folders ?? []).Select(f => f?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (folders.Count == 0 || folders.Count > 50 || folders.Any(f => f.Length is 0 or > 400 || f.Contains(',')))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["folders"] = ["Give between 1 and 50 folder ids."] });
        }
        var connection = await db.MailboxConnections.SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, http.RequestAborted);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }
        if (folders.FirstOrDefault(NeverMonitored(connection.Provider).Contains) is { } refused)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["folders"] = [$"'{refused}' is never monitored (junk, drafts, sent and deleted mail are left alone)."] });
        }
        var plan = await Plans.OfUserAsync(db, userId, http.RequestAborted);
        if (!Plans.MayMonitorOtherFolders(plan) && folders is not ["inbox"])
        {
            return TypedResults.Problem("Monitoring folders other than the Inbox is part of the Premium plan.", statusCode: StatusCodes.Status403Forbidden, title: "Premium plan required");
        }
        // A folder id the mailbox does not have would make every later sync fail: check against the mailbox now.
        if (folders is not ["inbox"])
        {
            if (connection.Credentials is null || connection.Status == ConnectionStatus.AuthenticationRequired)
            {
                return TypedResults.Problem("Its folders cannot be read while it is disconnected.", statusCode: StatusCodes.Status409Conflict, title: "Reconnect this mailbox first");
            }
            IReadOnlyList<MailFolderChoice> available;
            try
            {
                available = await synchronizers.Single(s => s.Provider == connection.Provider).ListFoldersAsync(connection, http.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logs.CreateLogger("ApplyTrack.Connections").LogWarning("Folders of connection {ConnectionId} could not be listed ({Error})", connection.Id, ex.GetType().Name);
                return TypedResults.Problem("The mailbox's folders could not be read right now; try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Folders unavailable");
            }
            if (folders.FirstOrDefault(f => !available.Any(a => string.Equals(a.Id, f, StringComparison.Ordinal))) is { } unknown)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["folders"] = [$"This mailbox has no folder with the id '{unknown}'."] });
            }
        }
        connection.Folders = string.Join(',', folders);
        await db.SaveChangesAsync(http.RequestAborted);
        // Queued rather than "due now": a sync already running would push NextSyncAt back when it ends.
        queue.Enqueue(connection.Id, "folders");
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, OutlookConnector connector, PipelineEvents events,
        string? code, string? state, string? error, string? error_description)
    {
        var userId = http.User.RequireUserId();
        try
        {
            var connection = await connector.CompleteAsync(userId, state, code, error, error_description, http.RequestAborted);
            events.Publish(userId, new PipelineEvent("connection", connection.Id));
            return Results.Redirect($"/settings/integrations?connected={connection.Id}");
        }
        catch (ConnectProblemException ex)
        {
            return Results.Redirect(ConnectProblems.PageUrl(ex.Problem));
        }
    }
}
