using System.Security.Cryptography;
using System.Text;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;

using ApplyTrack.Features.Mail.Sync;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using Microsoft.Extensions.Options;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>
/// IMAP via MailKit, per monitored folder and by UID: the messages above the checkpoint's last UID whose
/// INTERNALDATE falls in the plan's history window, in UID order, page by page, each page's job emails saved
/// together with the new checkpoint. A UIDVALIDITY change invalidates every UID: the window is read again and the
/// processor recognises what it already has by Message-ID. CONDSTORE, where offered, makes an idle folder a no-op.
/// </summary>
public sealed class ImapSync(
    ApplyTrackDbContext db,
    ImapSessions sessions,
    MetadataCipher cipher,
    MailProcessor processor,
    ConnectionLease lease,
    IOptions<ImapOptions> options,
    TimeProvider time,
    ILogger<ImapSync> logger) : IMailProvider
{
    public const string InboxFolder = "inbox";

    /// <summary>Folder names never read on servers without SPECIAL-USE, whatever the settings say.</summary>
    private static readonly HashSet<string> NeverMonitoredNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "junk", "spam", "junk e-mail", "junk email", "bulk mail", "trash", "deleted", "deleted items", "deleted messages",
        "bin", "drafts", "draft", "sent", "sent items", "sent messages", "sent mail", "outbox",
    };

    private static readonly SpecialFolder[] NeverMonitoredSpecial = [SpecialFolder.Junk, SpecialFolder.Trash, SpecialFolder.Drafts, SpecialFolder.Sent];

    private const FolderAttributes NeverMonitoredAttributes = FolderAttributes.Junk | FolderAttributes.Trash | FolderAttributes.Drafts | FolderAttributes.Sent;

    public MailProvider Provider => MailProvider.Imap;

    /// <summary>IMAP folder names differ by server: the never-monitored ones are recognised at sync time (SPECIAL-USE flags, names).</summary>
    public IReadOnlySet<string> NeverMonitored => NeverMonitoredNames;

    public async Task SyncAsync(SyncContext context, CancellationToken cancellationToken)
    {
        var connection = context.Connection;
        var account = ImapAccount.Decrypt(cipher, connection.Credentials
            ?? throw new ReauthenticationRequiredException("This mailbox has no stored credentials. Connect it again.", new InvalidOperationException()));
        using var client = await OpenAsync(account, cancellationToken);
        try
        {
            // Other folders are a Premium feature, whatever an old setting says.
            foreach (var name in Plans.MayMonitorOtherFolders(context.Plan) ? connection.FolderList : [InboxFolder])
            {
                var folder = await FindFolderAsync(client, name, cancellationToken);
                if (folder is null)
                {
                    logger.LogInformation("A monitored folder of connection {ConnectionId} does not exist on the server; skipped", connection.Id);
                    continue;
                }
                if (IsNeverMonitored(client, folder))
                {
                    continue;
                }

                var cursor = connection.Cursors.SingleOrDefault(c => c.Folder == name);
                if (cursor is null)
                {
                    cursor = new FolderCursor { Id = Guid.CreateVersion7(), ConnectionId = connection.Id, Folder = name };
                    connection.Cursors.Add(cursor);
                }
                await SyncFolderAsync(client, folder, context, cursor, cancellationToken);
            }
        }
        finally
        {
            await ImapSessions.CloseAsync(client);
        }
    }

    // Nothing lives at the server on our behalf: IDLE sessions end when the connection leaves the active list.
    public Task DisconnectAsync(MailboxConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    // Push is an IDLE session (ImapIdleService), opened for every active Premium connection; there is nothing to subscribe.
    public Task EnsurePushAsync(SyncContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopPushAsync(MailboxConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An IDLE session on any instance: the sessions are owned through cluster leases, engaged while idling.</summary>
    public Task<IReadOnlySet<Guid>> PushOnAsync(IReadOnlyCollection<MailboxConnection> connections, CancellationToken cancellationToken) =>
        ImapIdleService.IdlingAsync(db, time, connections.Select(c => c.Id).ToList(), cancellationToken);

    /// <summary>IMAP has no consent page: the connect form, prefilled except for the password.</summary>
    public Task<string> StartReconnectAsync(MailboxConnection connection, HttpRequest request, CancellationToken cancellationToken) =>
        Task.FromResult($"/settings/integrations/imap?reconnect={connection.Id}");

    /// <summary>IMAP ids are "folder:uidvalidity:uid"; a folder whose UIDVALIDITY changed no longer knows that UID.</summary>
    public async Task<IncomingMail?> ReadMessageAsync(MailboxConnection connection, string providerMessageId, CancellationToken cancellationToken)
    {
        var parts = providerMessageId.Split(':');
        if (parts.Length < 3 || !uint.TryParse(parts[^2], out var uidValidity) || !uint.TryParse(parts[^1], out var uid))
        {
            return null;
        }
        var folderName = string.Join(':', parts[..^2]);
        var account = ImapAccount.Decrypt(cipher, connection.Credentials
            ?? throw new ReauthenticationRequiredException("This mailbox has no stored credentials. Connect it again.", new InvalidOperationException()));
        using var client = await OpenAsync(account, cancellationToken);
        try
        {
            var folder = string.Equals(folderName, client.Inbox.FullName, StringComparison.OrdinalIgnoreCase)
                ? client.Inbox
                : await client.GetFolderAsync(folderName, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            if (folder.UidValidity != uidValidity)
            {
                return null;
            }
            var summary = (await folder.FetchAsync([new UniqueId(uid)], MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate | MessageSummaryItems.Envelope
                | MessageSummaryItems.References | MessageSummaryItems.BodyStructure, cancellationToken)).SingleOrDefault();
            if (summary is null)
            {
                return null;
            }
            var message = await folder.GetMessageAsync(summary.UniqueId, cancellationToken);
            return ToIncoming(folder, summary, message.TextBody ?? message.HtmlBody);
        }
        catch (Exception ex) when (ex is FolderNotFoundException or MessageNotFoundException)
        {
            return null;
        }
        finally
        {
            await ImapSessions.CloseAsync(client);
        }
    }

    public MailProviderException? Translate(Exception error) => error switch
    {
        AuthenticationException auth => new ReauthenticationRequiredException("The IMAP server refused the login. Connect again.", auth),
        ImapProtocolException or IOException or System.Net.Sockets.SocketException or ServiceNotConnectedException or TimeoutException =>
            new ProviderTransientException($"The IMAP server could not be reached ({error.GetType().Name}).", error),
        ImapCommandException command => new MailProviderException($"The IMAP server answered {command.Response}.", command),
        SslHandshakeException tls => new MailProviderException("The IMAP server's certificate was refused.", tls),
        _ => null,
    };

    /// <summary>
    /// The folder hierarchy of the personal namespace; the id is the folder's full name (the Inbox's is "inbox").
    /// Junk, Trash, Drafts and Sent, and the folders inside them, are left out; a <c>\Noselect</c> or <c>\NonExistent</c>
    /// folder is shown only as the container of the folders inside it, never as a choice.
    /// </summary>
    public async Task<IReadOnlyList<MailFolderChoice>> ListFoldersAsync(MailboxConnection connection, CancellationToken cancellationToken)
    {
        var account = ImapAccount.Decrypt(cipher, connection.Credentials
            ?? throw new ReauthenticationRequiredException("This mailbox has no stored credentials. Connect it again.", new InvalidOperationException()));
        using var client = await OpenAsync(account, cancellationToken);
        try
        {
            var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0], StatusItems.None, subscribedOnly: false, cancellationToken);
            return Hierarchy(folders, client.Inbox, f => IsNeverMonitored(client, f));
        }
        finally
        {
            await ImapSessions.CloseAsync(client);
        }
    }

    internal static IReadOnlyList<MailFolderChoice> Hierarchy(IEnumerable<IMailFolder> listed, IMailFolder inbox, Func<IMailFolder, bool> neverMonitored)
    {
        string IdOf(IMailFolder folder) => folder.FullName == inbox.FullName ? InboxFolder : folder.FullName;
        bool IsRoot(IMailFolder? folder) => folder is null || folder.FullName.Length == 0;
        bool Excluded(IMailFolder folder)
        {
            for (var f = folder; !IsRoot(f); f = f!.ParentFolder)
                if (f!.FullName != inbox.FullName && neverMonitored(f)) return true;
            return false;
        }

        var choices = new Dictionary<string, MailFolderChoice>(StringComparer.Ordinal) { [InboxFolder] = new(InboxFolder, "Inbox") };
        foreach (var folder in listed.Where(f => !IsRoot(f) && f.FullName != inbox.FullName && !Excluded(f)))
        {
            if (folder.Attributes.HasFlag(FolderAttributes.NoSelect) || folder.Attributes.HasFlag(FolderAttributes.NonExistent))
            {
                continue;   // added below, only as the container of a folder that can hold mail
            }
            choices[folder.FullName] = Choice(folder, selectable: true);
            // A parent the listing left out (or listed as \Noselect) still shows as a container.
            for (var parent = folder.ParentFolder; !IsRoot(parent) && !choices.ContainsKey(IdOf(parent!)); parent = parent!.ParentFolder)
            {
                choices[IdOf(parent!)] = Choice(parent!, selectable: false);
            }
        }
        return [.. choices.Values];

        MailFolderChoice Choice(IMailFolder folder, bool selectable) =>
            new(IdOf(folder), folder.Name, IsRoot(folder.ParentFolder) ? null : IdOf(folder.ParentFolder!), selectable);
    }

    private async Task<ImapClient> OpenAsync(ImapAccount account, CancellationToken cancellationToken)
    {
        try
        {
            return await sessions.OpenAsync(account, cancellationToken);
        }
        catch (AuthenticationException ex)
        {
            throw new ReauthenticationRequiredException(account.XOAuth2Token is null
                ? "The IMAP server refused the password. If you used an app password, it may have been revoked: create a new one and connect again."
                : "The IMAP server refused the access token (it may have expired). Connect again with a new token.", ex);
        }
    }

    private async Task SyncFolderAsync(ImapClient client, IMailFolder folder, SyncContext context, FolderCursor cursor, CancellationToken cancellationToken)
    {
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var now = time.GetUtcNow();
        var checkpoint = ImapCheckpoint.Parse(cursor.Checkpoint);
        if (checkpoint is null || checkpoint.UidValidity != folder.UidValidity)
        {
            if (checkpoint is not null)
            {
                logger.LogInformation("UIDVALIDITY of a folder of connection {ConnectionId} changed; reading its history window again", context.Connection.Id);
            }
            checkpoint = new ImapCheckpoint(folder.UidValidity, 0, 0);
            cursor.RoundStartedAt = now;
        }

        // Read at open: every message below UIDNEXT existed then, so the search below sees all of them.
        var uidNextAtOpen = folder.UidNext?.Id;
        var modSeqAtOpen = folder.HighestModSeq;
        if (!checkpoint.IsCurrent(folder))
        {
            var since = now.AddDays(-context.Connection.HistoryDays);
            var query = SearchQuery.Uids(new UniqueIdRange(new UniqueId(checkpoint.LastUid + 1), UniqueId.MaxValue))
                .And(SearchQuery.DeliveredAfter(since.UtcDateTime.Date));
            if (checkpoint.HighestModSeq > 0 && modSeqAtOpen > 0)
            {
                query = query.And(SearchQuery.ChangedSince(checkpoint.HighestModSeq));
            }
            // "n:*" always matches the last message, even below n.
            var uids = (await folder.SearchAsync(query, cancellationToken)).Where(u => u.Id > checkpoint.LastUid).OrderBy(u => u.Id).ToList();

            foreach (var page in uids.Chunk(Math.Max(1, options.Value.PageSize)))
            {
                var batch = await ReadPageAsync(client, folder, page, since, context, cancellationToken);
                await processor.ProcessAsync(context, batch, cancellationToken);

                checkpoint = checkpoint with { LastUid = page[^1].Id };
                cursor.Checkpoint = checkpoint.ToString();
                await db.SaveChangesAsync(cancellationToken);
                await lease.RenewAsync(context.Connection.Id, cancellationToken);
            }
        }

        checkpoint = checkpoint with
        {
            LastUid = Math.Max(checkpoint.LastUid, uidNextAtOpen is { } next && next > 0 ? next - 1 : 0),
            HighestModSeq = modSeqAtOpen,
        };
        cursor.Checkpoint = checkpoint.ToString();
        await db.SaveChangesAsync(cancellationToken);
        await folder.CloseAsync(false, cancellationToken);
    }

    private async Task<List<IncomingMail>> ReadPageAsync(
        ImapClient client, IMailFolder folder, IList<UniqueId> page, DateTimeOffset since, SyncContext context, CancellationToken cancellationToken)
    {
        var items = MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate | MessageSummaryItems.Size
                    | MessageSummaryItems.Envelope | MessageSummaryItems.References | MessageSummaryItems.BodyStructure;
        if (client.Capabilities.HasFlag(ImapCapabilities.GMailExt1))
        {
            items |= MessageSummaryItems.GMailThreadId;
        }

        // SEARCH SINCE has day granularity; the window itself is exact.
        var summaries = (await folder.FetchAsync(page, items, cancellationToken))
            .Where(s => s.InternalDate is not { } received || received >= since)
            .OrderBy(s => s.UniqueId.Id)
            .ToList();
        var (bodies, broken) = await ReadSmallMessagesAsync(folder, summaries, cancellationToken);

        var batch = new List<IncomingMail>(summaries.Count);
        foreach (var summary in summaries)
        {
            if (broken.TryGetValue(summary.UniqueId.Id, out var error))
            {
                Skip(context, error);
                continue;
            }
            try
            {
                var body = bodies.TryGetValue(summary.UniqueId.Id, out var text) ? text : await ReadBodyPartAsync(folder, summary, cancellationToken);
                batch.Add(ToIncoming(folder, summary, body));
            }
            catch (Exception ex) when (IsBrokenMessage(ex))
            {
                Skip(context, ex);
            }
        }
        return batch;
    }

    /// <summary>One broken message (malformed MIME, a part the server cannot deliver) never stops the others.</summary>
    private void Skip(SyncContext context, Exception error)
    {
        context.Run.MessagesSeen++;
        context.Run.Errors++;
        logger.LogWarning("A message of connection {ConnectionId} could not be read and was skipped ({Error})", context.Connection.Id, error.GetType().Name);
    }

    private static bool IsBrokenMessage(Exception ex) => ex is FormatException or ImapCommandException or DecoderFallbackException or ArgumentException;

    /// <summary>
    /// Messages up to <see cref="ImapOptions.WholeMessageBytes"/> come whole, the page in one FETCH: one round trip
    /// instead of one per message. Each is parsed on its own; a parse failure is kept for that message only.
    /// </summary>
    private async Task<(Dictionary<uint, string?> Bodies, Dictionary<uint, Exception> Broken)> ReadSmallMessagesAsync(
        IMailFolder folder, IReadOnlyList<IMessageSummary> summaries, CancellationToken cancellationToken)
    {
        var bodies = new Dictionary<uint, string?>();
        var broken = new Dictionary<uint, Exception>();
        var small = summaries.Where(s => s.Size is { } size && size <= options.Value.WholeMessageBytes).Select(s => s.UniqueId).ToList();
        if (small.Count == 0 || folder is not ImapFolder imapFolder)
        {
            return (bodies, broken);
        }
        try
        {
            await imapFolder.GetStreamsAsync(small, async (_, _, uid, stream, token) =>
            {
                try
                {
                    var message = await MimeMessage.LoadAsync(stream, token);
                    bodies[uid.Id] = message.TextBody ?? message.HtmlBody;
                }
                catch (Exception ex) when (IsBrokenMessage(ex))
                {
                    broken[uid.Id] = ex;
                }
            }, cancellationToken);
        }
        catch (ImapCommandException)
        {
            // The server refused the page as a whole: the messages are read one by one instead.
            bodies.Clear();
            broken.Clear();
        }
        return (bodies, broken);
    }

    private IncomingMail ToIncoming(IMailFolder folder, IMessageSummary summary, string? body)
    {
        var envelope = summary.Envelope ?? throw new FormatException("The server sent no envelope.");
        var from = envelope.From.Mailboxes.FirstOrDefault();
        var receivedAt = summary.InternalDate ?? envelope.Date ?? time.GetUtcNow();
        var messageId = envelope.MessageId is { Length: > 0 } id
            ? $"<{id}>"
            : SyntheticMessageId(from?.Address, envelope.Subject, envelope.Date ?? receivedAt);

        return new IncomingMail(
            ProviderMessageId: $"{folder.FullName}:{folder.UidValidity}:{summary.UniqueId.Id}",
            InternetMessageId: messageId,
            ThreadId: ThreadId(summary, messageId),
            Folder: folder.FullName,
            FromName: from?.Name,
            FromAddress: from?.Address,
            To: string.Join(", ", envelope.To.Mailboxes.Select(m => m.Address)),
            Subject: envelope.Subject,
            Body: body,
            ReceivedAt: receivedAt);
    }

    /// <summary>For a larger message only the text (or else HTML) part is downloaded: attachments stay on the server.</summary>
    private async Task<string?> ReadBodyPartAsync(IMailFolder folder, IMessageSummary summary, CancellationToken cancellationToken)
    {
        BodyPartText? part = summary.TextBody ?? summary.HtmlBody;
        if (part is null || part.Octets > options.Value.MaxBodyBytes)
        {
            return null;
        }
        return await folder.GetBodyPartAsync(summary.UniqueId, part, cancellationToken) is TextPart text ? text.Text : null;
    }

    /// <summary>Gmail's own thread id when offered, else the root of the References chain, else the message itself.</summary>
    private static string ThreadId(IMessageSummary summary, string messageId)
    {
        if (summary.GMailThreadId is { } gmailThread)
        {
            return $"gmail-thread:{gmailThread:x}";
        }
        if (summary.References is { Count: > 0 } references)
        {
            return $"<{references[0]}>";
        }
        return summary.Envelope?.InReplyTo is { Length: > 0 } inReplyTo ? $"<{inReplyTo.Trim('<', '>')}>" : messageId;
    }

    /// <summary>
    /// A message without a Message-ID still needs a stable identity across UIDVALIDITY changes and mailboxes: a hash
    /// of what identifies it (sender, subject, date). Only a hash of them is kept.
    /// </summary>
    private static string SyntheticMessageId(string? from, string? subject, DateTimeOffset date)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{from}\n{subject}\n{date.ToUnixTimeSeconds()}"));
        return $"<{Convert.ToHexStringLower(hash)[..32]}@applytrack.invalid>";
    }

    private static async Task<IMailFolder?> FindFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        if (string.Equals(name, InboxFolder, StringComparison.OrdinalIgnoreCase))
        {
            return client.Inbox;
        }
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Junk, Trash, Drafts and Sent are never read: by SPECIAL-USE flag where the server offers it, else by name.</summary>
    private static bool IsNeverMonitored(ImapClient client, IMailFolder folder)
    {
        if ((folder.Attributes & NeverMonitoredAttributes) != 0 || NeverMonitoredNames.Contains(folder.Name))
        {
            return true;
        }
        if ((client.Capabilities & (ImapCapabilities.SpecialUse | ImapCapabilities.XList)) == 0)
        {
            return false;
        }
        return NeverMonitoredSpecial.Select(client.GetFolder).Any(special => special is not null && special.FullName == folder.FullName);
    }
}
