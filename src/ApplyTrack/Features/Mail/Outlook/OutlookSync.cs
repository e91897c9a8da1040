using System.Globalization;
using System.Net;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Me.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>
/// Outlook via Microsoft Graph: per monitored folder, a delta round filtered to the plan's history window,
/// page by page. Each page's job emails and the page's nextLink checkpoint (<see cref="OutlookCheckpoint"/>) are saved in one
/// transaction, so a restart resumes mid-round and never processes a page twice; the deltaLink is kept only after the last page.
/// A filtered delta round returns at most 5,000 messages (Graph's message-delta docs), so rounds ask for newest first
/// and a folder with more in the window has the rest read by a plain paged listing (<see cref="BackfillAsync"/>).
/// </summary>
public sealed class OutlookSync(
    ApplyTrackDbContext db,
    GraphClients clients,
    MailProcessor processor,
    ConnectionLease lease,
    OutlookSubscriptions subscriptions,
    OutlookConnector connector,
    IOptions<OutlookOptions> options,
    TimeProvider time,
    ILogger<OutlookSync> logger) : IMailProvider
{
    // Only what classification and the stored metadata need; the body is read in memory and dropped.
    private static readonly string[] Fields = ["id", "conversationId", "internetMessageId", "subject", "from", "toRecipients", "receivedDateTime", "body", "parentFolderId"];

    /// <summary>Folders whose mail is never read, whatever the settings say.</summary>
    public static readonly HashSet<string> NeverMonitored = new(StringComparer.OrdinalIgnoreCase) { "junkemail", "drafts", "sentitems", "deleteditems", "outbox" };

    public MailProvider Provider => MailProvider.Outlook;

    IReadOnlySet<string> IMailProvider.NeverMonitored => NeverMonitored;

    private IEnumerable<string> MonitoredFolders(MailboxConnection connection) => connection.FolderList.Where(f => !NeverMonitored.Contains(f));

    public async Task SyncAsync(SyncContext context, CancellationToken cancellationToken)
    {
        var connection = context.Connection;
        var graph = clients.Create(connection);
        foreach (var folder in MonitoredFolders(connection))
        {
            var cursor = connection.Cursors.SingleOrDefault(c => c.Folder == folder);
            if (cursor is null)
            {
                cursor = new FolderCursor { Id = Guid.CreateVersion7(), ConnectionId = connection.Id, Folder = folder };
                connection.Cursors.Add(cursor);
            }

            await SyncFolderAsync(graph, context, cursor, cancellationToken);
            await BackfillAsync(graph, context, cursor, cancellationToken);
        }
    }

    /// <summary>One Graph subscription per monitored folder; folders no longer monitored lose theirs.</summary>
    public async Task EnsurePushAsync(SyncContext context, CancellationToken cancellationToken)
    {
        var connection = context.Connection;
        var graph = clients.Create(connection);
        foreach (var dropped in connection.Cursors.Where(c => c.SubscriptionId is not null && !MonitoredFolders(connection).Contains(c.Folder)).ToList())
        {
            await subscriptions.DeleteAsync(graph, connection, dropped, cancellationToken);
        }
        foreach (var cursor in connection.Cursors.Where(c => MonitoredFolders(connection).Contains(c.Folder)))
        {
            await subscriptions.EnsureAsync(graph, connection, cursor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task StopPushAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        await subscriptions.DeleteAllAsync(clients.Create(connection), connection, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Graph must be able to reach us (a notification URL, or demo mode) and a folder must hold a subscription (recorded on the cursors every instance reads).</summary>
    public Task<IReadOnlySet<Guid>> PushOnAsync(IReadOnlyCollection<MailboxConnection> connections, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(subscriptions.NotificationBaseUrl is null
            ? new HashSet<Guid>()
            : connections.Where(c => c.Cursors.Any(f => f.Push == PushKind.GraphSubscription)).Select(c => c.Id).ToHashSet());

    public Task DisconnectAsync(MailboxConnection connection, CancellationToken cancellationToken) =>
        subscriptions.DeleteAllAsync(clients.Create(connection), connection, cancellationToken);

    public Task<string> StartReconnectAsync(MailboxConnection connection, HttpRequest request, CancellationToken cancellationToken) =>
        connector.StartAsync(connection.UserId, connection.AccountEmail, OutlookConnectionsApi.RedirectUri(request, options.Value), cancellationToken);

    public MailProviderException? Translate(Exception error) => error switch
    {
        ODataError graph when graph.ResponseStatusCode == (int)HttpStatusCode.TooManyRequests =>
            new ProviderThrottledException($"Microsoft Graph answered {graph.ResponseStatusCode} {graph.Error?.Code}", null, graph),
        ODataError graph when graph.ResponseStatusCode >= 500 =>
            new ProviderTransientException($"Microsoft Graph answered {graph.ResponseStatusCode} {graph.Error?.Code}", graph),
        ODataError graph => new MailProviderException($"Microsoft Graph answered {graph.ResponseStatusCode} {graph.Error?.Code}", graph),
        HttpRequestException http => new ProviderTransientException($"Network error: {http.HttpRequestError}", http),
        Microsoft.Identity.Client.MsalServiceException msal => new ProviderTransientException($"Microsoft sign-in answered {msal.StatusCode} {msal.ErrorCode}", msal),
        _ => null,
    };

    public async Task<IncomingMail?> ReadMessageAsync(MailboxConnection connection, string providerMessageId, CancellationToken cancellationToken)
    {
        try
        {
            var message = await clients.Create(connection).Me.Messages[providerMessageId].GetAsync(rc =>
            {
                rc.QueryParameters.Select = Fields;
                AddPreferences(rc.Headers);
            }, cancellationToken);
            return message?.Id is null ? null : ToIncoming(message, message.ParentFolderId ?? "");
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>A folder with more mail in the window than one delta round returns is read more slowly: say so.</summary>
    public string? Notice(MailboxConnection connection) =>
        connection.Cursors.Select(f => OutlookCheckpoint.Parse(f.Checkpoint)).FirstOrDefault(c => c.DeltaCapExceededAt is not null) is { } large
            ? $"A monitored folder holds more than 5,000 messages from the last {connection.HistoryDays} days, more than Microsoft's change tracking returns at once. " +
              (large.BackfillBefore is null ? "ApplyTrack read the older ones with a slower full listing." : "ApplyTrack is reading the older ones with a slower full listing.")
            : null;

    public async Task<IReadOnlyList<MailFolderChoice>> ListFoldersAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        var graph = clients.Create(connection);
        var hidden = await WellKnownIdsAsync(graph, cancellationToken);
        var folders = new List<MailFolderChoice>();
        // /me/mailFolders lists only the root's children (PROTOCOLS §2.2): walk childFolders for "Inbox / Recruiters" and the like.
        // Choice is the parent's id in the listing: the Inbox is listed as "inbox", so its children point there.
        var pending = new Queue<(string? ParentId, string? Choice)>([(null, null)]);
        while (pending.TryDequeue(out var parent) && folders.Count < 1000)
        {
            var page = parent.ParentId is null
                ? await graph.Me.MailFolders.GetAsync(rc => rc.QueryParameters.Top = 100, cancellationToken)
                : await graph.Me.MailFolders[parent.ParentId].ChildFolders.GetAsync(rc => rc.QueryParameters.Top = 100, cancellationToken);
            while (page is not null)
            {
                foreach (var folder in page.Value ?? [])
                {
                    if (folder.Id is null || folder.DisplayName is null) continue;
                    var isInbox = hidden.Contains(folder.Id) && parent.ParentId is null && folder.DisplayName.Equals("Inbox", StringComparison.OrdinalIgnoreCase);
                    if (hidden.Contains(folder.Id) && !isInbox) continue;
                    if (!isInbox) folders.Add(new MailFolderChoice(folder.Id, folder.DisplayName, parent.Choice));
                    if (folder.ChildFolderCount > 0) pending.Enqueue((folder.Id, isInbox ? "inbox" : folder.Id));
                }
                page = page.OdataNextLink is not { } next ? null
                    : parent.ParentId is null
                        ? await graph.Me.MailFolders.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                        : await graph.Me.MailFolders[parent.ParentId].ChildFolders.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
            }
        }
        return [new("inbox", "Inbox"), .. folders];
    }

    /// <summary>Ids of the folders that are never monitored (and Inbox, listed under its well-known name).</summary>
    private static async Task<HashSet<string>> WellKnownIdsAsync(GraphServiceClient graph, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in NeverMonitored.Append("inbox"))
        {
            try
            {
                if ((await graph.Me.MailFolders[name].GetAsync(rc => rc.QueryParameters.Select = ["id"], cancellationToken))?.Id is { } id)
                {
                    ids.Add(id);
                }
            }
            catch (ODataError error) when (error.ResponseStatusCode == 404)
            {
            }
        }
        return ids;
    }

    private async Task SyncFolderAsync(GraphServiceClient graph, SyncContext context, FolderCursor cursor, CancellationToken cancellationToken)
    {
        var resets = 0;
        while (true)
        {
            try
            {
                await RunRoundAsync(graph, context, cursor, cancellationToken);
                return;
            }
            catch (ODataError error) when (IsExpiredSyncState(error) && resets++ < 2)
            {
                // 410 syncStateNotFound/resyncRequired: start a fresh round. Messages already processed are
                // recognised by their ids, so the replay stores nothing twice.
                logger.LogInformation("Delta state of a folder of connection {ConnectionId} expired; starting a fresh round", context.Connection.Id);
                cursor.Checkpoint = (OutlookCheckpoint.Parse(cursor.Checkpoint) with { NextLink = null, DeltaLink = null }).Serialize();
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private async Task RunRoundAsync(GraphServiceClient graph, SyncContext context, FolderCursor cursor, CancellationToken cancellationToken)
    {
        var delta = graph.Me.MailFolders[cursor.Folder].Messages.Delta;
        var checkpoint = OutlookCheckpoint.Parse(cursor.Checkpoint);
        var resumeFrom = checkpoint.NextLink ?? checkpoint.DeltaLink;
        if (resumeFrom is null)
        {
            cursor.RoundStartedAt = time.GetUtcNow();
            checkpoint = checkpoint.StartRound();
        }
        var firstRound = checkpoint.DeltaLink is null;
        var page = resumeFrom is null
            ? await delta.GetAsDeltaGetResponseAsync(rc =>
            {
                rc.QueryParameters.Select = Fields;
                rc.QueryParameters.Filter = $"receivedDateTime ge {GraphDate(WindowStart(context, cursor))}";
                // Without $orderby the order is unspecified, and the 5,000-message cap would drop arbitrary (even recent) mail.
                rc.QueryParameters.Orderby = ["receivedDateTime desc"];
                AddPreferences(rc.Headers);
            }, cancellationToken)
            : await delta.WithUrl(resumeFrom).GetAsDeltaGetResponseAsync(rc => AddPreferences(rc.Headers), cancellationToken);

        while (page is not null)
        {
            // Fetch the next page while this one is classified: network latency and CPU overlap.
            var next = page.OdataNextLink is { } nextLink
                ? delta.WithUrl(nextLink).GetAsDeltaGetResponseAsync(rc => AddPreferences(rc.Headers), cancellationToken)
                : null;
            try
            {
                var batch = (page.Value ?? [])
                    .Where(m => m.AdditionalData?.ContainsKey("@removed") != true && m.Id is not null)
                    .Select(m => ToIncoming(m, cursor.Folder))
                    .ToList();
                await processor.ProcessAsync(context, batch, cancellationToken);
                checkpoint = checkpoint.Counted(batch);

                // The page's emails and the checkpoint commit together.
                if (page.OdataNextLink is null && firstRound)
                {
                    checkpoint = await CheckRoundReachedWindowStartAsync(graph, context, cursor, checkpoint, cancellationToken);
                }
                checkpoint = checkpoint with
                {
                    NextLink = page.OdataNextLink,
                    DeltaLink = page.OdataNextLink is null ? page.OdataDeltaLink ?? checkpoint.DeltaLink : checkpoint.DeltaLink,
                };
                cursor.Checkpoint = checkpoint.Serialize();
                await db.SaveChangesAsync(cancellationToken);
                await lease.RenewAsync(context.Connection.Id, cancellationToken);
            }
            catch when (next is not null)
            {
                // Don't leave the prefetch unobserved; its own failure (if any) is irrelevant now.
                await next.ContinueWith(_ => { }, TaskScheduler.Default);
                throw;
            }

            page = next is null ? null : await next;
        }
    }

    /// <summary>
    /// After a first round: is there mail in the window older than the oldest message the round returned? Only when the
    /// round hit Graph's cap. One cheap query per fresh round, and it does not depend on the cap's exact value.
    /// </summary>
    private async Task<OutlookCheckpoint> CheckRoundReachedWindowStartAsync(GraphServiceClient graph, SyncContext context, FolderCursor cursor,
        OutlookCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint.RoundOldestReceivedAt is not { } oldest)
        {
            return checkpoint;
        }
        var older = await graph.Me.MailFolders[cursor.Folder].Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Select = ["id"];
            rc.QueryParameters.Filter = $"receivedDateTime ge {GraphDate(WindowStart(context, cursor))} and receivedDateTime lt {GraphDate(oldest)}";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
            rc.QueryParameters.Top = 1;
        }, cancellationToken);
        if (older?.Value is not { Count: > 0 })
        {
            return checkpoint;
        }
        logger.LogInformation("A folder of connection {ConnectionId} holds more messages in the history window than one delta round returns ({Count}); reading the rest by listing",
            context.Connection.Id, checkpoint.RoundMessages);
        return checkpoint with { BackfillBefore = oldest, BackfillNextLink = null, DeltaCapExceededAt = time.GetUtcNow() };
    }

    /// <summary>
    /// Reads the messages a capped delta round left out (received in the window, up to the oldest one it returned) by a
    /// plain paged listing, newest first, checkpointing each page like a delta page. Ties at the boundary are read twice
    /// and recognised by their ids. Later changes to these messages still arrive through the folder's delta rounds.
    /// </summary>
    private async Task BackfillAsync(GraphServiceClient graph, SyncContext context, FolderCursor cursor, CancellationToken cancellationToken)
    {
        var checkpoint = OutlookCheckpoint.Parse(cursor.Checkpoint);
        if (checkpoint.BackfillBefore is not { } before)
        {
            return;
        }
        var messages = graph.Me.MailFolders[cursor.Folder].Messages;
        var page = checkpoint.BackfillNextLink is { } resume
            ? await messages.WithUrl(resume).GetAsync(rc => AddPreferences(rc.Headers), cancellationToken)
            : await messages.GetAsync(rc =>
            {
                rc.QueryParameters.Select = Fields;
                rc.QueryParameters.Filter = $"receivedDateTime ge {GraphDate(WindowStart(context, cursor))} and receivedDateTime le {GraphDate(before)}";
                rc.QueryParameters.Orderby = ["receivedDateTime desc"];
                rc.QueryParameters.Top = Math.Clamp(options.Value.PageSize, 1, 1000);
                AddPreferences(rc.Headers);
            }, cancellationToken);
        while (page is not null)
        {
            var batch = (page.Value ?? []).Where(m => m.Id is not null).Select(m => ToIncoming(m, cursor.Folder)).ToList();
            await processor.ProcessAsync(context, batch, cancellationToken);
            // The last page ends the backfill.
            checkpoint = checkpoint with { BackfillNextLink = page.OdataNextLink, BackfillBefore = page.OdataNextLink is null ? null : before };
            cursor.Checkpoint = checkpoint.Serialize();
            await db.SaveChangesAsync(cancellationToken);
            await lease.RenewAsync(context.Connection.Id, cancellationToken);
            page = page.OdataNextLink is { } next ? await messages.WithUrl(next).GetAsync(rc => AddPreferences(rc.Headers), cancellationToken) : null;
        }
    }

    /// <summary>The start of the plan's history window for the round in progress.</summary>
    private static DateTimeOffset WindowStart(SyncContext context, FolderCursor cursor) =>
        (cursor.RoundStartedAt ?? DateTimeOffset.UtcNow).AddDays(-context.Connection.HistoryDays);

    /// <summary>OData date literals are culture-free.</summary>
    private static string GraphDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Prefer headers are not carried inside nextLink/deltaLink: send them on every page. Message delta documents only
    // odata.maxpagesize, so outlook.body-content-type is not relied on there (the sandbox ignores it on delta, honours it on
    // the backfill listing): bodies arrive as HTML, and the classifier reads Exchange's HTML-wrapped plain text as that text.
    private void AddPreferences(Microsoft.Kiota.Abstractions.RequestHeaders headers)
    {
        headers.Add("Prefer", $"odata.maxpagesize={Math.Clamp(options.Value.PageSize, 1, 1000)}");
        headers.Add("Prefer", "outlook.body-content-type=\"text\"");
        headers.Add("Prefer", "IdType=\"ImmutableId\"");
    }

    private static IncomingMail ToIncoming(Message message, string folder) => new(
        ProviderMessageId: message.Id!,
        InternetMessageId: message.InternetMessageId,
        ThreadId: message.ConversationId,
        Folder: folder,
        FromName: message.From?.EmailAddress?.Name,
        FromAddress: message.From?.EmailAddress?.Address,
        To: string.Join(", ", (message.ToRecipients ?? []).Select(r => r.EmailAddress?.Address).Where(a => a is not null)),
        Subject: message.Subject,
        Body: message.Body?.Content,
        ReceivedAt: message.ReceivedDateTime ?? DateTimeOffset.UnixEpoch);

    private static bool IsExpiredSyncState(ODataError error) =>
        error.ResponseStatusCode == 410
        || string.Equals(error.Error?.Code, "syncStateNotFound", StringComparison.OrdinalIgnoreCase)
        || string.Equals(error.Error?.Code, "resyncRequired", StringComparison.OrdinalIgnoreCase);
}
