using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

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

/// <summary>
/// Mailbox connections of any provider: list, sync now, disconnect, reconnect, sync history, folders. Scoped to the signed-in user.
/// Connecting is each provider's own endpoint (its folder); everything here goes through <see cref="MailProviders"/>.
/// </summary>
public static class ConnectionsApi
{
    public static IEndpointRouteBuilder MapConnections(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/connections").WithTags("Connections").RequireAuthorization();
        api.MapGet("/", ListAsync);
        api.MapPost("/{id:guid}/sync", SyncNowAsync);
        api.MapPost("/{id:guid}/reconnect", ReconnectAsync);
        api.MapDelete("/{id:guid}", DisconnectAsync);
        api.MapGet("/{id:guid}/history", HistoryAsync);
        api.MapGet("/{id:guid}/folders", FoldersAsync);
        api.MapPut("/{id:guid}/folders", SetFoldersAsync);
        return app;
    }

    private static async Task<Ok<List<ConnectionResponse>>> ListAsync(HttpContext http, ApplyTrackDbContext db, MailProviders providers)
    {
        var userId = http.User.RequireUserId();
        return TypedResults.Ok(await LoadAsync(db, userId, providers, http.RequestAborted));
    }

    public static async Task<List<ConnectionResponse>> LoadAsync(ApplyTrackDbContext db, string userId, MailProviders providers, CancellationToken cancellationToken)
    {
        var connections = await db.MailboxConnections.AsNoTracking().Include(c => c.Cursors)
            .Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var ids = connections.Select(c => c.Id).ToList();
        // Push on anywhere in the cluster, not only on this instance: each provider answers for its own connections.
        var pushOn = await providers.PushOnAsync(connections, cancellationToken);
        var threads = await db.MailEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ConnectionId) && e.ThreadId != null && e.Label != EmailLabel.None)
            .GroupBy(e => e.ConnectionId)
            .Select(g => new { ConnectionId = g.Key, Threads = g.Select(e => e.ThreadId).Distinct().Count() })
            .ToDictionaryAsync(x => x.ConnectionId, x => x.Threads, cancellationToken);
        return connections.Select(c => new ConnectionResponse(
            c.Id, c.Provider.ToString().ToLowerInvariant(), c.AccountEmail, StatusName(c.Status, c.SyncFailingSince), c.StatusDetail, c.CreatedAt,
            c.LastSuccessfulSyncAt, threads.GetValueOrDefault(c.Id), c.FolderList, c.HistoryDays,
            pushOn.Contains(c.Id), providers.For(c).Notice(c))).ToList();
    }

    public static string StatusName(ConnectionStatus status, DateTimeOffset? syncFailingSince = null) => status switch
    {
        ConnectionStatus.Active when syncFailingSince is not null => "syncFailing",
        ConnectionStatus.Active => "active",
        ConnectionStatus.Syncing => "syncing",
        ConnectionStatus.Disconnected => "disconnected",
        _ => "authenticationRequired",
    };

    private static async Task<Results<Ok<AuthorizeResponse>, NotFound>> ReconnectAsync(
        Guid id, HttpContext http, ApplyTrackDbContext db, MailProviders providers)
    {
        var userId = http.User.RequireUserId();
        var connection = await db.MailboxConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId, http.RequestAborted);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new AuthorizeResponse(await providers.For(connection).StartReconnectAsync(connection, http.Request, http.RequestAborted)));
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
        queue.Enqueue(connection.Id, SyncTrigger.Manual);
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
            .Select(r => new SyncRunResponse(r.Id, r.StartedAt, r.EndedAt, r.Trigger.Name(), r.MessagesSeen, r.JobEvents, r.Errors, r.Outcome.Name(), r.Detail))
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(runs);
    }

    private static async Task<Results<Ok<FoldersResponse>, NotFound, Conflict<ProblemDetails>>> FoldersAsync(
        Guid id, HttpContext http, ApplyTrackDbContext db, MailProviders providers)
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
        var available = await providers.For(connection).ListFoldersAsync(connection, http.RequestAborted);
        return TypedResults.Ok(new FoldersResponse(available, connection.FolderList, Plans.MayMonitorOtherFolders(plan)));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SetFoldersAsync(
        Guid id, SetFoldersRequest request, HttpContext http, ApplyTrackDbContext db, SyncQueue queue, MailProviders providers, ILoggerFactory logs)
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
        if (folders.FirstOrDefault(providers.For(connection).NeverMonitored.Contains) is { } refused)
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
                available = await providers.For(connection).ListFoldersAsync(connection, http.RequestAborted);
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
            if (folders.FirstOrDefault(f => available.Any(a => !a.Selectable && string.Equals(a.Id, f, StringComparison.Ordinal))) is { } container)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["folders"] = [$"'{container}' only holds other folders and no mail of its own: choose the folders inside it."] });
            }
        }
        connection.Folders = string.Join(',', folders);
        await db.SaveChangesAsync(http.RequestAborted);
        // Queued rather than "due now": a sync already running would push NextSyncAt back when it ends.
        queue.Enqueue(connection.Id, SyncTrigger.Folders);
        return TypedResults.NoContent();
    }
}
