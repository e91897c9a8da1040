using System.Globalization;
using System.Net;
using System.Text.Json;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.Extensions.Options;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Gmail via REST (PROTOCOLS §7.2), one cursor per monitored label. A full round remembers the profile's historyId
/// <em>before</em> listing (changes during the listing are replayed by the next incremental round), then lists
/// <c>newer_than:{days}d</c> page by page; each page's job emails and the checkpoint (<see cref="GmailCheckpoint"/>: the baseline
/// historyId and the next page token) commit together. After the last page the checkpoint is the historyId alone, and later
/// rounds read <c>history.list</c> from it; a 404 there (history too old) means a fresh full round, which stores
/// nothing twice because <see cref="MailProcessor"/> recognises message ids it has seen.
/// </summary>
public sealed class GmailSync(
    ApplyTrackDbContext db,
    GmailClients clients,
    GmailWatches watches,
    GoogleIdentity identity,
    MailProcessor processor,
    ConnectionLease lease,
    IOptions<GoogleOptions> options,
    IOptions<SyncOptions> syncOptions,
    GmailConnector connector,
    TimeProvider time,
    ILogger<GmailSync> logger) : IMailProvider
{
    private const int HistoryPageSize = 500;

    /// <summary>Labels whose mail is never read, whatever the settings say.</summary>
    public static readonly HashSet<string> NeverMonitored = new(StringComparer.OrdinalIgnoreCase) { "SPAM", "TRASH", "DRAFT", "SENT" };

    public MailProvider Provider => MailProvider.Gmail;

    IReadOnlySet<string> IMailProvider.NeverMonitored => NeverMonitored;

    /// <summary>Gmail label ids for the connection's folders: "inbox" (the default) is <c>INBOX</c>; other entries are label ids (Premium).</summary>
    public static IReadOnlyList<string> MonitoredLabels(MailboxConnection connection) => connection.FolderList
        .Select(f => f.Equals("inbox", StringComparison.OrdinalIgnoreCase) ? "INBOX" : f)
        .Where(l => !NeverMonitored.Contains(l))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    public async Task SyncAsync(SyncContext context, CancellationToken cancellationToken)
    {
        var connection = context.Connection;
        using var gmail = clients.Create(connection);
        var labels = MonitoredLabels(connection);
        foreach (var label in labels)
        {
            var cursor = connection.Cursors.SingleOrDefault(c => c.Folder == label);
            if (cursor is null)
            {
                cursor = new FolderCursor { Id = Guid.CreateVersion7(), ConnectionId = connection.Id, Folder = label };
                connection.Cursors.Add(cursor);
            }
            await SyncLabelAsync(gmail, context, cursor, cancellationToken);
        }
    }

    /// <summary>One watch covering every monitored label (a new watch replaces the previous one).</summary>
    public async Task EnsurePushAsync(SyncContext context, CancellationToken cancellationToken)
    {
        using var gmail = clients.Create(context.Connection);
        await watches.EnsureAsync(gmail, context.Connection, MonitoredLabels(context.Connection), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task StopPushAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        using var gmail = clients.Create(connection);
        await watches.StopAsync(gmail, connection, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A watch lives at Google, recorded on the cursors every instance reads.</summary>
    public Task<IReadOnlySet<Guid>> PushOnAsync(IReadOnlyCollection<MailboxConnection> connections, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(connections.Where(c => c.Cursors.Any(f => f.Push == PushKind.GmailWatch)).Select(c => c.Id).ToHashSet());

    public Task<string> StartReconnectAsync(MailboxConnection connection, HttpRequest request, CancellationToken cancellationToken) =>
        connector.StartAsync(connection.UserId, connection.AccountEmail, GmailConnectionsApi.RedirectUri(request, options.Value), cancellationToken);

    public async Task<IncomingMail?> ReadMessageAsync(MailboxConnection connection, string providerMessageId, CancellationToken cancellationToken)
    {
        using var gmail = clients.Create(connection);
        return await gmail.GetMessageAsync(providerMessageId, cancellationToken) is { } message ? GmailMessageReader.ToIncoming(message, "") : null;
    }

    /// <summary>Both carry only Google's status and reason, never mail content.</summary>
    public MailProviderException? Translate(Exception error) => error switch
    {
        GmailApiException { Status: HttpStatusCode.TooManyRequests } gmail => new ProviderThrottledException(gmail.Message, null, gmail),
        GmailApiException { Status: HttpStatusCode.Forbidden } gmail when gmail.Reason is { } reason && GmailErrors.RateLimitReasons.Contains(reason) =>
            new ProviderThrottledException(gmail.Message, null, gmail),
        GmailApiException gmail when (int)gmail.Status >= 500 => new ProviderTransientException(gmail.Message, gmail),
        GmailApiException gmail => new MailProviderException(gmail.Message, gmail),
        GoogleOAuthException google => new MailProviderException(google.Message, google),
        HttpRequestException http => new ProviderTransientException($"Network error: {http.HttpRequestError}", http),
        _ => null,
    };

    /// <summary>Inbox plus the person's own labels, nested as Gmail nests them; system labels (spam, sent, categories…) are not offered.</summary>
    public async Task<IReadOnlyList<MailFolderChoice>> ListFoldersAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        using var gmail = clients.Create(connection);
        var labels = (await gmail.ListLabelsAsync(cancellationToken)).Labels ?? [];
        return [new("inbox", "Inbox"), .. NestedLabels(labels.Where(l => l.Type == "user" && !NeverMonitored.Contains(l.Id)).ToList())];
    }

    /// <summary>
    /// Gmail has no parent field: a nested label is one named "Jobs/Recruiters" (labels.list returns it under that name).
    /// Its parent is the label with the longest name that is a "/"-prefix of it; a label whose parent does not exist
    /// (the API allows creating "A/B" alone) sits under the nearest ancestor that does, named by the rest of its path.
    /// </summary>
    public static IEnumerable<MailFolderChoice> NestedLabels(IReadOnlyList<GmailLabel> labels)
    {
        var byName = labels.Where(l => !string.IsNullOrEmpty(l.Name)).GroupBy(l => l.Name!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var name = string.IsNullOrEmpty(label.Name) ? label.Id : label.Name;
            string? parentId = null;
            var leaf = name;
            for (var cut = name.LastIndexOf('/'); cut > 0; cut = name.LastIndexOf('/', cut - 1))
            {
                if (byName.TryGetValue(name[..cut], out var id) && id != label.Id)
                {
                    parentId = id;
                    leaf = name[(cut + 1)..];
                    break;
                }
            }
            yield return new MailFolderChoice(label.Id, leaf.Length == 0 ? name : leaf, parentId);
        }
    }

    /// <summary>Stops the watch and revokes the grant, best effort (the disconnector deletes the tokens either way).</summary>
    public async Task DisconnectAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        using (var gmail = clients.Create(connection))
        {
            await watches.StopAsync(gmail, connection, cancellationToken);
        }
        if (connection.Credentials is { } credentials)
        {
            await identity.RevokeAsync(identity.Decrypt(credentials), cancellationToken);
        }
    }

    private async Task SyncLabelAsync(GmailClient gmail, SyncContext context, FolderCursor cursor, CancellationToken cancellationToken)
    {
        var checkpoint = GmailCheckpoint.Parse(cursor.Checkpoint);
        if (checkpoint is { PageToken: null, HistoryId: { } historyId })
        {
            try
            {
                await IncrementalAsync(gmail, context, cursor, historyId, cancellationToken);
                return;
            }
            catch (GmailApiException ex) when (ex.Status == HttpStatusCode.NotFound)
            {
                logger.LogInformation("Gmail history of connection {ConnectionId} is no longer available; starting a full sync", context.Connection.Id);
                cursor.Checkpoint = null;
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        try
        {
            await FullAsync(gmail, context, cursor, cancellationToken);
        }
        catch (GmailApiException ex) when (ex.Status == HttpStatusCode.BadRequest && GmailCheckpoint.Parse(cursor.Checkpoint).PageToken is not null)
        {
            // A checkpointed page token Gmail no longer accepts: start the round over (nothing is stored twice).
            logger.LogInformation("Gmail refused the saved page token of connection {ConnectionId}; starting the round over", context.Connection.Id);
            cursor.Checkpoint = null;
            await db.SaveChangesAsync(cancellationToken);
            await FullAsync(gmail, context, cursor, cancellationToken);
        }
    }

    private async Task FullAsync(GmailClient gmail, SyncContext context, FolderCursor cursor, CancellationToken cancellationToken)
    {
        var (baseline, pageToken) = GmailCheckpoint.Parse(cursor.Checkpoint) is { PageToken: not null } resume ? resume : new GmailCheckpoint(null, null);
        if (baseline is null)
        {
            baseline = (await gmail.GetProfileAsync(cancellationToken)).HistoryId
                       ?? throw new InvalidDataException("Gmail's profile carried no historyId.");
            cursor.RoundStartedAt = time.GetUtcNow();
        }

        var query = string.Create(CultureInfo.InvariantCulture, $"newer_than:{Math.Max(1, context.Connection.HistoryDays)}d");
        var pageSize = Math.Clamp(options.Value.PageSize, 1, 500);
        using var prefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var next = ListAndFetchAsync(gmail, cursor.Folder, query, pageSize, pageToken, prefetch.Token);
        try
        {
            while (true)
            {
                var page = await next;
                // While this page is classified and saved, the next one is already on its way.
                if (page.NextPageToken is { } following)
                {
                    next = ListAndFetchAsync(gmail, cursor.Folder, query, pageSize, following, prefetch.Token);
                }
                await ProcessAsync(context, page.Mail, page.Unreadable, cancellationToken);

                // The page's emails and the checkpoint commit together.
                cursor.Checkpoint = new GmailCheckpoint(baseline, page.NextPageToken).ToString();
                await db.SaveChangesAsync(cancellationToken);
                await lease.RenewAsync(context.Connection.Id, cancellationToken);
                if (page.NextPageToken is null)
                {
                    return;
                }
            }
        }
        catch
        {
            // A failed page must not leave the prefetch running (or its failure unobserved).
            await prefetch.CancelAsync();
            await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private async Task<FetchedPage> ListAndFetchAsync(GmailClient gmail, string label, string query, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var list = await gmail.ListMessagesAsync(label, query, pageSize, pageToken, cancellationToken);
        var (mail, unreadable) = await FetchAsync(gmail, (list.Messages ?? []).Select(m => m.Id), label, cancellationToken);
        return new FetchedPage(mail, unreadable, list.NextPageToken);
    }

    private async Task ProcessAsync(SyncContext context, List<IncomingMail> batch, int unreadable, CancellationToken cancellationToken)
    {
        if (unreadable > 0)
        {
            context.Run.Errors += unreadable;
            logger.LogWarning("{Count} Gmail messages of connection {ConnectionId} could not be read and were skipped", unreadable, context.Connection.Id);
        }
        await processor.ProcessAsync(context, batch, cancellationToken);
    }

    private async Task IncrementalAsync(GmailClient gmail, SyncContext context, FolderCursor cursor, string startHistoryId, CancellationToken cancellationToken)
    {
        string? pageToken = null;
        do
        {
            var page = await gmail.ListHistoryAsync(startHistoryId, cursor.Folder, HistoryPageSize, pageToken, cancellationToken);
            // New mail in the label, and mail that came into it later (e.g. "not spam", moved back to the inbox).
            var ids = (page.History ?? [])
                .SelectMany(h => (h.MessagesAdded ?? []).Select(a => a.Message)
                    .Concat((h.LabelsAdded ?? []).Where(l => l.LabelIds?.Contains(cursor.Folder) == true).Select(l => l.Message)))
                .Where(m => m.LabelIds is null || m.LabelIds.Contains(cursor.Folder))
                .Select(m => m.Id)
                .Distinct(StringComparer.Ordinal);
            var (batch, unreadable) = await FetchAsync(gmail, ids, cursor.Folder, cancellationToken);
            await ProcessAsync(context, batch, unreadable, cancellationToken);

            // A crash before the last page replays from the old history id; processed messages are recognised by id.
            pageToken = page.NextPageToken;
            if (pageToken is null)
            {
                cursor.Checkpoint = new GmailCheckpoint(page.HistoryId ?? startHistoryId, null).ToString();
            }
            await db.SaveChangesAsync(cancellationToken);
            await lease.RenewAsync(context.Connection.Id, cancellationToken);
        }
        while (pageToken is not null);
    }

    /// <summary>
    /// <c>messages.get?format=full</c> for each id, a few at a time (Gmail's per-user limits are shared with every other client
    /// of the mailbox). Deleted messages and messages that left the label meanwhile are skipped; one that cannot be read is
    /// counted as an error and skipped, never logged.
    /// </summary>
    private async Task<(List<IncomingMail> Mail, int Unreadable)> FetchAsync(GmailClient gmail, IEnumerable<string> ids, string label, CancellationToken cancellationToken)
    {
        var idList = ids.ToList();
        var results = new IncomingMail?[idList.Count];
        var unreadable = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, idList.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, syncOptions.Value.MaxConcurrentRequestsPerMailbox), CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                try
                {
                    var message = await gmail.GetMessageAsync(idList[index], ct);
                    if (message is null || message.LabelIds is { } labels && (!labels.Contains(label) || labels.Any(NeverMonitored.Contains)))
                    {
                        return;
                    }
                    results[index] = GmailMessageReader.ToIncoming(message, label);
                }
                catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
                {
                    // Garbage for one message (unparseable JSON or MIME) must not hold up the others for ever.
                    Interlocked.Increment(ref unreadable);
                }
            });
        return ([.. results.OfType<IncomingMail>()], unreadable);
    }

    private sealed record FetchedPage(List<IncomingMail> Mail, int Unreadable, string? NextPageToken);
}
