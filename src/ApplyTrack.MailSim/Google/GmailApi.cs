using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Primitives;

namespace ApplyTrack.MailSim.Google;

/// <summary>One Gmail REST method: route under `/gmail/v1/`, quota cost (PROTOCOLS §4.10) and handler.</summary>
internal sealed record GmailOperation(string Name, string Method, string Template, int Cost, Func<GmailCall, GmailResponse> Handle)
{
    public TemplateMatcher Matcher { get; } = new(TemplateParser.Parse(Template), []);
}

/// <summary>Everything a handler needs for one call: the caller, a snapshot of their mailbox, query, route values and body.</summary>
internal sealed record GmailCall(GoogleAccessToken Token, GmailSnapshot Snapshot, IQueryCollection Query, RouteValueDictionary Route, JsonNode? Body)
{
    public Mailbox Mailbox => Snapshot.Mailbox;

    public string RouteValue(string name) => Route[name]?.ToString() ?? "";
}

/// <summary>
/// The Gmail API (PROTOCOLS §4.2–§4.8, §8.4). Every call, direct or inside a batch, goes through <see cref="ExecuteAsync"/>:
/// injected faults, bearer token, scope, user id, quota, then the handler, then the `fields` selection.
/// </summary>
internal sealed partial class GmailApi
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;
    private static readonly TimeSpan WatchLifetime = TimeSpan.FromDays(7);

    private readonly MailboxStore _store;
    private readonly GoogleTokens _tokens;
    private readonly GoogleSandbox _settings;
    private readonly GmailSnapshots _snapshots;
    private readonly GmailQuota _quota;
    private readonly GmailWatches _watches;

    public GmailApi(MailboxStore store, GoogleTokens tokens, GoogleSandbox settings, GmailSnapshots snapshots, GmailQuota quota, GmailWatches watches)
    {
        _store = store;
        _tokens = tokens;
        _settings = settings;
        _snapshots = snapshots;
        _quota = quota;
        _watches = watches;
        Operations =
        [
            new("users.getProfile", "GET", "users/{userId}/profile", 1, Profile),
            new("users.messages.list", "GET", "users/{userId}/messages", 5, ListMessages),
            new("users.messages.get", "GET", "users/{userId}/messages/{id}", 5, GetMessage),
            new("users.messages.attachments.get", "GET", "users/{userId}/messages/{messageId}/attachments/{id}", 5, GetAttachment),
            new("users.threads.list", "GET", "users/{userId}/threads", 10, ListThreads),
            new("users.threads.get", "GET", "users/{userId}/threads/{id}", 10, GetThread),
            new("users.labels.list", "GET", "users/{userId}/labels", 1, ListLabels),
            new("users.labels.get", "GET", "users/{userId}/labels/{id}", 1, GetLabel),
            new("users.history.list", "GET", "users/{userId}/history", 2, ListHistory),
            new("users.watch", "POST", "users/{userId}/watch", 100, Watch),
            new("users.stop", "POST", "users/{userId}/stop", 1, Stop),
        ];
    }

    public IReadOnlyList<GmailOperation> Operations { get; }

    private DateTimeOffset Now => _store.Time.GetUtcNow();

    public async Task<GmailResponse> ExecuteAsync(GmailOperation operation, RouteValueDictionary route, IQueryCollection query, string? authorization,
        Func<Task<JsonNode?>> readBody, CancellationToken cancellationToken)
    {
        if (_settings.Latency > TimeSpan.Zero) await Task.Delay(_settings.Latency, _store.Time, cancellationToken);
        if (_settings.TakeFault() is { } fault) return GoogleErrors.For(fault, Now);

        var bearer = authorization is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim()
            : StringValues.IsNullOrEmpty(query["access_token"]) ? query["oauth_token"].ToString() : query["access_token"].ToString();
        if (string.IsNullOrEmpty(bearer)) return GoogleErrors.MissingCredentials();
        var token = _tokens.ValidateAccessToken(bearer);
        if (token is null || _store.Find(token.Email) is not { } mailbox) return GoogleErrors.InvalidCredentials();
        if (!GoogleScopes.CanReadMetadata(token.Scopes)) return GoogleErrors.InsufficientScopes();
        var userId = route["userId"]?.ToString() ?? "me";
        if (userId != "me" && !userId.Equals(token.Email, StringComparison.OrdinalIgnoreCase))
            return GoogleErrors.Forbidden($"Delegation denied for {token.Email}");

        if (!_quota.TryEnter(token.Email)) return GoogleErrors.TooManyConcurrentRequests();
        try
        {
            if (_quota.TryCharge(token.Email, token.ClientId, operation.Cost) is { } overQuota) return overQuota;
            JsonNode? body;
            try
            {
                body = await readBody();
            }
            catch (JsonException)
            {
                return GoogleErrors.BadRequest("Invalid JSON payload received.");
            }
            var call = new GmailCall(token, _snapshots.For(mailbox), query, route, body);
            var response = operation.Handle(call);
            if (response.Status == 200 && response.Body is not null && !StringValues.IsNullOrEmpty(query["fields"]))
                response = response with { Body = GmailFields.Apply(response.Body, query["fields"]!) };
            return response;
        }
        catch (GmailApiException e)
        {
            return e.Response;
        }
        finally
        {
            _quota.Leave(token.Email);
        }
    }

    /// <summary>Finds the operation for a path below `/gmail/v1/` (used by the batch endpoint).</summary>
    public (GmailOperation Operation, RouteValueDictionary Route)? Match(string method, string path)
    {
        foreach (var operation in Operations)
        {
            var values = new RouteValueDictionary();
            if (operation.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && operation.Matcher.TryMatch(new PathString(path), values)) return (operation, values);
        }
        return null;
    }

    private GmailResponse Profile(GmailCall call) => GmailResponse.Ok(new JsonObject
    {
        ["emailAddress"] = call.Mailbox.User.Email,
        ["messagesTotal"] = call.Snapshot.NewestFirst.Count,
        ["threadsTotal"] = call.Snapshot.ThreadCount,
        ["historyId"] = HistoryIdString(call.Snapshot.Sequence),
    });

    private GmailResponse ListMessages(GmailCall call)
    {
        var pageSize = PageSize(call.Query);
        var matches = Matching(call).ToList();
        var start = 0;
        if (PageToken(call.Query) is { } token)
        {
            var (ticks, number) = ParseMessagePageToken(token);
            // Resume after the last message handed out, so mail arriving between pages never shifts the window.
            start = matches.FindIndex(m => m.ReceivedDateTime.UtcTicks < ticks || m.ReceivedDateTime.UtcTicks == ticks && m.Number < number);
            if (start < 0) start = matches.Count;
        }
        var page = matches.Skip(start).Take(pageSize).ToList();
        var json = new JsonObject();
        if (page.Count > 0) json["messages"] = new JsonArray([.. page.Select(m => (JsonNode)GmailMessageFormat.Reference(m))]);
        if (start + page.Count < matches.Count)
            json["nextPageToken"] = $"{page[^1].ReceivedDateTime.UtcTicks:D19}{page[^1].Number:D12}";
        json["resultSizeEstimate"] = matches.Count;
        return GmailResponse.Ok(json);
    }

    private GmailResponse GetMessage(GmailCall call)
    {
        var format = Format(call, allowRaw: true);
        var message = call.Snapshot.Find(call.RouteValue("id")) ?? throw NotFoundOrInvalid(call.RouteValue("id"));
        return GmailResponse.Ok(GmailMessageFormat.Render(message, call.Snapshot.LabelsOf(message), format, call.Query["metadataHeaders"].ToArray()!,
            call.Mailbox.User.Email));
    }

    private GmailResponse GetAttachment(GmailCall call)
    {
        RequireContentScope(call, "FULL");
        var message = call.Snapshot.Find(call.RouteValue("messageId")) ?? throw NotFoundOrInvalid(call.RouteValue("messageId"));
        var body = GmailMessageFormat.PartBody(message, call.Mailbox.User.Email, call.RouteValue("id")) ?? throw GoogleErrors.Fail(GoogleErrors.NotFound());
        return GmailResponse.Ok(new JsonObject { ["size"] = body.Length, ["data"] = GmailMessageFormat.Base64Url(body) });
    }

    private GmailResponse ListThreads(GmailCall call)
    {
        var pageSize = PageSize(call.Query);
        var threads = Matching(call).GroupBy(GmailIds.ThreadId).Select(g => g.First()).ToList();
        var start = 0;
        if (PageToken(call.Query) is { } token && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > threads.Count))
            throw GoogleErrors.Fail(GoogleErrors.BadRequest("Invalid pageToken"));
        var page = threads.Skip(start).Take(pageSize).ToList();
        var json = new JsonObject();
        if (page.Count > 0)
        {
            json["threads"] = new JsonArray([.. page.Select(newest => (JsonNode)new JsonObject
            {
                ["id"] = GmailIds.ThreadId(newest),
                ["snippet"] = GmailMessageFormat.Snippet(newest),
                ["historyId"] = HistoryIdString(call.Snapshot.Thread(GmailIds.ThreadId(newest))!.Max(m => m.Version)),
            })]);
        }
        if (start + page.Count < threads.Count) json["nextPageToken"] = (start + page.Count).ToString(CultureInfo.InvariantCulture);
        json["resultSizeEstimate"] = threads.Count;
        return GmailResponse.Ok(json);
    }

    private GmailResponse GetThread(GmailCall call)
    {
        var format = Format(call, allowRaw: false);
        var messages = call.Snapshot.Thread(call.RouteValue("id")) ?? throw GoogleErrors.Fail(GoogleErrors.NotFound());
        return GmailResponse.Ok(new JsonObject
        {
            ["id"] = call.RouteValue("id"),
            ["historyId"] = HistoryIdString(messages.Max(m => m.Version)),
            ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)GmailMessageFormat.Render(m, call.Snapshot.LabelsOf(m), format,
                call.Query["metadataHeaders"].ToArray()!, call.Mailbox.User.Email))]),
        });
    }

    private GmailResponse ListLabels(GmailCall call) =>
        GmailResponse.Ok(new JsonObject { ["labels"] = new JsonArray([.. call.Snapshot.Labels.All.Select(l => (JsonNode)LabelJson(l))]) });

    private GmailResponse GetLabel(GmailCall call)
    {
        var label = call.Snapshot.Labels.All.FirstOrDefault(l => l.Id == call.RouteValue("id")) ?? throw GoogleErrors.Fail(GoogleErrors.NotFound());
        var messages = call.Snapshot.NewestFirst.Where(m => call.Snapshot.LabelsOf(m).Contains(label.Id)).ToList();
        var json = LabelJson(label);
        json["messagesTotal"] = messages.Count;
        json["messagesUnread"] = messages.Count(m => !m.IsRead);
        json["threadsTotal"] = messages.Select(GmailIds.ThreadId).Distinct().Count();
        json["threadsUnread"] = messages.Where(m => !m.IsRead).Select(GmailIds.ThreadId).Distinct().Count();
        return GmailResponse.Ok(json);
    }

    private GmailResponse ListHistory(GmailCall call)
    {
        if (StringValues.IsNullOrEmpty(call.Query["startHistoryId"]))
            throw GoogleErrors.Fail(GoogleErrors.BadRequest("Missing required parameter: startHistoryId", "required"));
        if (!ulong.TryParse(call.Query["startHistoryId"], NumberStyles.None, CultureInfo.InvariantCulture, out var startHistoryId))
            throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid value at 'start_history_id' ({call.Query["startHistoryId"]})"));
        var pageSize = PageSize(call.Query);
        var current = call.Snapshot.Sequence;
        var start = GmailIds.SequenceAtOrBefore(startHistoryId);
        // Too old (before the retention window or an expired history) or not issued yet: the client must do a full sync.
        if (start < 0 || start > current || start < _settings.HistoryFloor(call.Mailbox.Id)) throw GoogleErrors.Fail(GoogleErrors.NotFound());
        if (call.Mailbox.ChangesSince(start, start + 1) is [var firstNeeded] && firstNeeded.At < Now - _settings.HistoryRetention)
            throw GoogleErrors.Fail(GoogleErrors.NotFound());

        var after = start;
        if (PageToken(call.Query) is { } token &&
            (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out after) || after < start || after > current))
            throw GoogleErrors.Fail(GoogleErrors.BadRequest("Invalid pageToken"));

        var types = call.Query["historyTypes"].Select(t => t!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var labelId = call.Query["labelId"].ToString();
        var records = new JsonArray();
        var consumed = after;
        foreach (var change in call.Mailbox.ChangesSince(after, current))
        {
            if (records.Count == pageSize) break;
            consumed = change.Sequence;
            if (HistoryRecord(change, call.Snapshot.Labels, types, labelId) is { } record) records.Add(record);
        }
        var json = new JsonObject();
        if (records.Count > 0) json["history"] = records;
        if (consumed < current) json["nextPageToken"] = consumed.ToString(CultureInfo.InvariantCulture);
        json["historyId"] = HistoryIdString(current);
        return GmailResponse.Ok(json);
    }

    /// <summary>
    /// One history record for one change-log entry: adds and permanent deletes map directly, moves and flag changes become
    /// `labelsAdded`/`labelsRemoved` from the label difference (trashing is `labelsAdded: TRASH`, as at Google).
    /// </summary>
    private static JsonObject? HistoryRecord(MailboxChange change, GmailLabels labels, HashSet<string> types, string labelId)
    {
        var before = change.Before is null ? [] : labels.For(change.Before);
        var after = change.After is null ? [] : labels.For(change.After);
        if (labelId.Length > 0 && !before.Contains(labelId) && !after.Contains(labelId)) return null;
        bool Wanted(string type) => types.Count == 0 || types.Contains(type);

        JsonObject MessageJson(IReadOnlyList<string> labelIds)
        {
            var message = GmailMessageFormat.Reference(change.Message);
            message["labelIds"] = new JsonArray([.. labelIds.Select(l => JsonValue.Create(l))]);
            return message;
        }

        var record = new JsonObject
        {
            ["id"] = HistoryIdString(change.Sequence),
            ["messages"] = new JsonArray(GmailMessageFormat.Reference(change.Message)),
        };
        var any = false;
        switch (change.Kind)
        {
            case MailboxChangeKind.Added when Wanted("messageAdded"):
                record["messagesAdded"] = new JsonArray(new JsonObject { ["message"] = MessageJson(after) });
                any = true;
                break;
            case MailboxChangeKind.Deleted when Wanted("messageDeleted"):
                record["messagesDeleted"] = new JsonArray(new JsonObject { ["message"] = MessageJson(before) });
                any = true;
                break;
            case MailboxChangeKind.Moved or MailboxChangeKind.Updated:
                var added = after.Except(before).ToList();
                var removed = before.Except(after).ToList();
                if (added.Count > 0 && Wanted("labelAdded"))
                {
                    record["labelsAdded"] = new JsonArray(new JsonObject { ["message"] = MessageJson(after), ["labelIds"] = new JsonArray([.. added.Select(l => JsonValue.Create(l))]) });
                    any = true;
                }
                if (removed.Count > 0 && Wanted("labelRemoved"))
                {
                    record["labelsRemoved"] = new JsonArray(new JsonObject { ["message"] = MessageJson(after), ["labelIds"] = new JsonArray([.. removed.Select(l => JsonValue.Create(l))]) });
                    any = true;
                }
                break;
        }
        return any ? record : null;
    }

    private GmailResponse Watch(GmailCall call)
    {
        var topicName = call.Body?["topicName"]?.GetValue<string>();
        if (string.IsNullOrEmpty(topicName)) throw GoogleErrors.Fail(GoogleErrors.BadRequest("Invalid topicName", "invalidArgument"));
        if (!TopicName().IsMatch(topicName))
            throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid topicName does not match projects/SOME_ANDROID_PACKAGE/topics/... : {topicName}", "invalidArgument"));
        if (!_settings.PublisherGranted)
            throw GoogleErrors.Fail(GoogleErrors.Forbidden($"Error sending test message to Cloud PubSub {topicName} : User not authorized to perform this action."));
        var labelIds = call.Body?["labelIds"] is JsonArray ids ? ids.Select(i => i!.GetValue<string>()).ToList() : [];
        var behavior = (call.Body?["labelFilterBehavior"] ?? call.Body?["labelFilterAction"])?.GetValue<string>() ?? "include";
        var expiration = Now + WatchLifetime;
        _watches.Start(new GmailWatch(call.Mailbox.Id, call.Mailbox.User.Email, topicName, labelIds, !behavior.Equals("exclude", StringComparison.OrdinalIgnoreCase), expiration));
        return GmailResponse.Ok(new JsonObject
        {
            ["historyId"] = HistoryIdString(call.Snapshot.Sequence),
            ["expiration"] = expiration.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        });
    }

    private GmailResponse Stop(GmailCall call)
    {
        _watches.Stop(call.Mailbox.Id);
        return new GmailResponse(204, null);
    }

    /// <summary>Messages visible to a list call: spam and trash excluded by default, every `labelIds` required, then `q`.</summary>
    private IEnumerable<MailMessage> Matching(GmailCall call)
    {
        var q = call.Query["q"].ToString();
        if (q.Length > 0 && call.Token.Scopes.Contains(GoogleScopes.GmailMetadata))
            throw GoogleErrors.Fail(GoogleErrors.Forbidden("Metadata scope does not support 'q' parameter"));
        var labelIds = call.Query["labelIds"].Select(l => l!).ToList();
        foreach (var labelId in labelIds)
            if (call.Snapshot.Labels.All.All(l => l.Id != labelId))
                throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid label: {labelId}"));
        var includeSpamTrash = call.Query["includeSpamTrash"] == "true" || GmailSearch.ReachesSpamOrTrash(q) || labelIds.Contains("SPAM") || labelIds.Contains("TRASH");
        var predicate = GmailSearch.Compile(q, call.Snapshot.Labels, Now);
        foreach (var message in call.Snapshot.NewestFirst)
        {
            var labels = call.Snapshot.LabelsOf(message);
            if (!includeSpamTrash && (labels.Contains("SPAM") || labels.Contains("TRASH"))) continue;
            if (labelIds.TrueForAll(labels.Contains) && predicate(message, labels)) yield return message;
        }
    }

    private static string Format(GmailCall call, bool allowRaw)
    {
        var format = StringValues.IsNullOrEmpty(call.Query["format"]) ? "full" : call.Query["format"].ToString().ToLowerInvariant();
        if (format is not ("minimal" or "metadata" or "full" or "raw") || format == "raw" && !allowRaw)
            throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid value at 'format' ({call.Query["format"]})"));
        if (format is "full" or "raw") RequireContentScope(call, format.ToUpperInvariant());
        return format;
    }

    private static void RequireContentScope(GmailCall call, string format)
    {
        if (!GoogleScopes.CanReadContent(call.Token.Scopes))
            throw GoogleErrors.Fail(GoogleErrors.Forbidden($"Metadata scope doesn't allow format {format}"));
    }

    private static int PageSize(IQueryCollection query)
    {
        if (StringValues.IsNullOrEmpty(query["maxResults"])) return DefaultPageSize;
        if (!int.TryParse(query["maxResults"], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > MaxPageSize)
            throw GoogleErrors.Fail(GoogleErrors.BadRequest($"Invalid maxResults: {query["maxResults"]} (must be between 1 and {MaxPageSize})"));
        return size == 0 ? DefaultPageSize : size;
    }

    private static string? PageToken(IQueryCollection query) => StringValues.IsNullOrEmpty(query["pageToken"]) ? null : query["pageToken"].ToString();

    private static (long Ticks, long Number) ParseMessagePageToken(string token)
    {
        if (token.Length == 31 && long.TryParse(token[..19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && long.TryParse(token[19..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return (ticks, number);
        throw GoogleErrors.Fail(GoogleErrors.BadRequest("Invalid pageToken"));
    }

    private static GmailApiException NotFoundOrInvalid(string id) =>
        GoogleErrors.Fail(GmailIds.TryParseMessageId(id, out _) ? GoogleErrors.NotFound() : GoogleErrors.BadRequest("Invalid id value"));

    private static JsonObject LabelJson(GmailLabel label) => label.IsSystem
        ? new JsonObject { ["id"] = label.Id, ["name"] = label.Name, ["type"] = "system" }
        : new JsonObject { ["id"] = label.Id, ["name"] = label.Name, ["messageListVisibility"] = "show", ["labelListVisibility"] = "labelShow", ["type"] = "user" };

    private static string HistoryIdString(long sequence) => GmailIds.HistoryId(sequence).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^projects/[^/]+/topics/[^/]+$")]
    private static partial Regex TopicName();
}
