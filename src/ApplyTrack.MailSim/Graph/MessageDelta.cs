using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Graph;

/// <summary>
/// Everything a delta round needs, sealed into the `$skiptoken`/`$deltatoken` (PROTOCOLS §2.4): the query options of the
/// first request, the change-log window and a cursor. Tokens are distinct per page (a nonce) and tamper-proof (HMAC).
/// </summary>
public sealed record DeltaToken
{
    public required string Mailbox { get; init; }
    public required string Folder { get; init; }
    public string? Select { get; init; }
    public string? Filter { get; init; }
    public string? ChangeType { get; init; }
    public int? Top { get; init; }

    /// <summary>`$orderby=receivedDateTime desc` was asked for; without it the first round comes in no particular order.</summary>
    public bool Ordered { get; init; }

    /// <summary>Delta generation of the mailbox when the token was minted; invalidation bumps it (→ 410).</summary>
    public long Generation { get; init; }

    /// <summary>`Enumerate` (first round), `Changes` (later rounds) or `Next` (a deltaLink: the next round starts here).</summary>
    public required string Phase { get; init; }

    /// <summary>Changes after this sequence belong to the round; for a deltaLink, where the next round starts.</summary>
    public long From { get; init; }

    /// <summary>Last change sequence included in this round (fixed when the round starts).</summary>
    public long To { get; init; }

    /// <summary>First round: keyset cursor (receivedDateTime ticks, or the shuffle key when unordered; message number) of the last item sent.</summary>
    public long? CursorTicks { get; init; }
    public long? CursorNumber { get; init; }

    /// <summary>Later rounds: how many changed items were already sent.</summary>
    public int Offset { get; init; }

    /// <summary>Set on the empty page the "empty pages" quirk inserts; the link after it serves the real page.</summary>
    public bool Paused { get; init; }

    public string Nonce { get; init; } = SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(6));
}

/// <summary>
/// Message delta for one folder. The first round lists what the folder holds now (newest first with `$orderby=receivedDateTime
/// desc`, otherwise in an arbitrary but stable order, as Graph promises no order; keyset-paged so concurrent changes neither
/// skip nor shift items; a `$filter`ed round stops after 5,000 messages); later rounds replay the change log since the previous deltaLink, one entry per
/// message: its current state, or `@removed` when it was deleted or moved out. Changes racing a round show up again in the
/// next one, which Graph also allows (clients must merge idempotently).
/// </summary>
public static class MessageDelta
{
    public const int DefaultPageSize = 10;

    public static IResult Get(HttpContext context, string folderId)
    {
        var caller = GraphCaller.From(context);
        var mailbox = caller.Mailbox;
        var folder = mailbox.FindFolder(folderId);
        if (folder is null) return GraphError.NotFound(context);
        var query = context.Request.Query;
        var keys = context.RequestServices.GetRequiredService<SandboxKeys>();
        var faults = context.RequestServices.GetRequiredService<SandboxFaults>();
        // Message delta documents only `Prefer: odata.maxpagesize` (PROTOCOLS §2.4): bodies come as Graph's default, HTML,
        // whatever outlook.body-content-type says, and Preference-Applied does not echo it. Clients must read HTML.
        var preferences = GraphPreferences.From(context.Request);
        var generation = faults.DeltaGeneration(mailbox.Id);

        DeltaToken state;
        var tokenValue = query.TryGetValue("$deltatoken", out var dt) ? dt.ToString() : query.TryGetValue("$skiptoken", out var st) ? st.ToString() : null;
        if (!string.IsNullOrEmpty(tokenValue))
        {
            var token = keys.Unseal<DeltaToken>(tokenValue);
            if (token is null || token.Mailbox != mailbox.Id || token.Folder != folder.Id) return Expired(context, faults.DeltaExpiry, folder, token);
            if (token.Generation != generation) return Expired(context, faults.DeltaExpiry, folder, token);
            state = token.Phase == "Next"
                ? token with { Phase = "Changes", From = faults.Delta.Replays ? Math.Max(0, token.From - 2) : token.From, To = mailbox.CurrentSequence, Offset = 0 }
                : token;
        }
        else
        {
            if (query.ContainsKey("$search")) return GraphError.BadRequest(context, "The query parameter '$search' is not supported with change tracking over the 'Messages' resource.", "ErrorInvalidRequest");
            var orderBy = query["$orderby"].ToString().Trim();
            if (orderBy.Length > 0 && !orderBy.Equals("receivedDateTime desc", StringComparison.OrdinalIgnoreCase))
                return GraphError.BadRequest(context, "Change tracking over messages supports only '$orderby=receivedDateTime desc'.", "ErrorInvalidRequest");
            MessageJson.ParseSelect(query["$select"], out var selectError);
            if (selectError is not null) return GraphError.BadRequest(context, selectError, "RequestBroker--ParseUri");
            var filter = MessageFilter.Parse(query["$filter"], out var filterError);
            if (filterError is not null || filter is { IsDeltaCompatible: false })
                return GraphError.BadRequest(context, "Change tracking over messages supports only '$filter=receivedDateTime ge|gt {dateTime}'.", "ErrorInvalidRequest");
            var changeType = query["changeType"].ToString();
            if (changeType.Length > 0 && changeType is not ("created" or "updated" or "deleted"))
                return GraphError.BadRequest(context, $"Invalid changeType '{changeType}'.", "ErrorInvalidRequest");
            state = new DeltaToken
            {
                Mailbox = mailbox.Id, Folder = folder.Id, Select = NullIfEmpty(query["$select"]), Filter = filter?.Raw,
                ChangeType = NullIfEmpty(changeType), Ordered = orderBy.Length > 0, Top = int.TryParse(query["$top"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var top) && top > 0 ? Math.Min(top, 1000) : null,
                Generation = generation, Phase = "Enumerate", To = mailbox.CurrentSequence,
            };
        }

        var pageSize = Math.Min(preferences.MaxPageSize ?? state.Top ?? DefaultPageSize, 1000);
        if (faults.Delta.EmptyPages && !state.Paused)
        {
            preferences.Apply(context.Response, pageSize, bodyContentTypeHonoured: false);
            return Results.Json(new JsonObject
            {
                ["@odata.context"] = $"{Links.Base(context)}$metadata#Collection(message)",
                ["@odata.nextLink"] = Links.Delta(context, folder, "$skiptoken", keys.Seal(state with { Paused = true, Nonce = SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(6)) })),
                ["value"] = new JsonArray(),
            });
        }
        var select = MessageJson.ParseSelect(state.Select, out _);
        var messageFilter = MessageFilter.Parse(state.Filter, out _);
        var (items, next) = state.Phase == "Enumerate"
            ? Enumerate(mailbox, folder, state, messageFilter, pageSize, faults.Delta.FilteredRoundCap)
            : Changes(mailbox, folder, state, messageFilter, pageSize, preferences.ImmutableIds);

        var body = new JsonObject { ["@odata.context"] = $"{Links.Base(context)}$metadata#Collection(message)" };
        var linkToken = keys.Seal(next with { Paused = false, Nonce = SandboxKeys.Base64Url(RandomNumberGenerator.GetBytes(6)) });
        if (next.Phase == "Next") body["@odata.deltaLink"] = Links.Delta(context, folder, "$deltatoken", linkToken);
        else body["@odata.nextLink"] = Links.Delta(context, folder, "$skiptoken", linkToken);
        body["value"] = new JsonArray([.. items.Select(item => item switch
        {
            MailMessage message => MessageJson.Message(message, select, textBody: false, preferences.ImmutableIds, caller.CanReadBodies, deltaItem: true),
            string removedId => (JsonNode)new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.message", ["id"] = removedId, ["@removed"] = new JsonObject { ["reason"] = "deleted" },
            },
            _ => throw new InvalidOperationException(),
        })]);
        preferences.Apply(context.Response, pageSize, bodyContentTypeHonoured: false);
        return Results.Json(body);
    }

    /// <summary>First round: the folder's current messages after the keyset cursor, newest first when ordered.</summary>
    private static (List<object> Items, DeltaToken Next) Enumerate(Mailbox mailbox, MailFolder folder, DeltaToken state, MessageFilter? filter, int pageSize, int cap)
    {
        var sent = state.Offset;
        // Unordered: a stable shuffle, so paging still works but the newest mail is as likely to come last as first.
        long Key(MailMessage m) => state.Ordered ? m.ReceivedDateTime.UtcTicks : ShuffleKey(m);
        var remaining = mailbox.Messages(folder.Id)
            .Where(m => filter?.Matches(m) ?? true)
            .Select(m => (Message: m, Key: Key(m)))
            .Where(m => state.CursorTicks is not { } key || m.Key < key || (m.Key == key && m.Message.Number < state.CursorNumber))
            .OrderByDescending(m => m.Key).ThenByDescending(m => m.Message.Number)
            .Take(filter is null ? int.MaxValue : Math.Max(0, cap - sent))
            .Where(m => state.ChangeType is null or "created")
            .Take(pageSize + 1)
            .Select(m => m.Message)
            .ToList();
        var page = remaining.Take(pageSize).ToList();
        var capped = filter is not null && sent + page.Count >= cap;
        if (remaining.Count > pageSize && !capped)
        {
            var last = page[^1];
            return ([.. page], state with { CursorTicks = Key(last), CursorNumber = last.Number, Offset = sent + page.Count });
        }
        return ([.. page], RoundEnd(state));
    }

    private static long ShuffleKey(MailMessage message) =>
        BitConverter.ToInt64(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.ImmutableId)), 0) & long.MaxValue;

    /// <summary>Later rounds: one entry per message touched in (From, To] — its current state, or its id under `@removed`.</summary>
    private static (List<object> Items, DeltaToken Next) Changes(Mailbox mailbox, MailFolder folder, DeltaToken state, MessageFilter? filter, int pageSize, bool immutableIds)
    {
        var touched = mailbox.ChangesSince(state.From, state.To)
            .Where(c => c.Touches(folder.Id))
            .GroupBy(c => c.Message.ImmutableId)
            .Select(g => g.ToList())
            .ToList();
        var items = new List<object>();
        foreach (var changes in touched.Skip(state.Offset).Take(pageSize))
        {
            var current = mailbox.FindMessage(changes[0].Message.ImmutableId);
            if (current is not null && current.FolderId == folder.Id)
            {
                var created = changes[0].Kind == MailboxChangeKind.Added || changes[0].Before?.FolderId != folder.Id;
                if (filter?.Matches(current) == false) continue;
                if (state.ChangeType is null || state.ChangeType == (created ? "created" : "updated")) items.Add(current);
            }
            else if (state.ChangeType is null or "deleted")
            {
                // The client knows the id the message had while it sat in this folder.
                var lastSeenHere = changes.LastOrDefault(c => c.Before?.FolderId == folder.Id)?.Before ?? changes[0].Message;
                items.Add(immutableIds ? lastSeenHere.ImmutableId : lastSeenHere.Id);
            }
        }
        var offset = state.Offset + pageSize;
        return offset < touched.Count ? (items, state with { Offset = offset }) : (items, RoundEnd(state));
    }

    private static DeltaToken RoundEnd(DeltaToken state) =>
        state with { Phase = "Next", From = state.To, To = state.To, CursorTicks = null, CursorNumber = null, Offset = 0 };

    /// <summary>An invalidated token answers 410 the way the configured mode says (PROTOCOLS §2.5).</summary>
    private static IResult Expired(HttpContext context, DeltaExpiryMode mode, MailFolder folder, DeltaToken? token)
    {
        switch (mode)
        {
            case DeltaExpiryMode.ResyncRequired:
                return GraphError.Result(context, 410, "resyncRequired", "The delta token is no longer valid. Please resync.");
            case DeltaExpiryMode.Location:
                var query = new List<string>();
                if (token?.Select is { } select) query.Add($"$select={Uri.EscapeDataString(select)}");
                if (token?.Filter is { } filter) query.Add($"$filter={Uri.EscapeDataString(filter)}");
                if (token?.ChangeType is { } changeType) query.Add($"changeType={changeType}");
                query.Add("$deltatoken=");
                context.Response.Headers.Location = $"{Links.FolderMessages(context, folder)}/delta?{string.Join('&', query)}";
                return GraphError.Result(context, 410, "resyncRequired", "Resync required. Replace any local items with the server's copy.");
            default:
                return GraphError.Result(context, 410, "syncStateNotFound", "The sync state generation is not found. Delta token is expired or not valid.");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
