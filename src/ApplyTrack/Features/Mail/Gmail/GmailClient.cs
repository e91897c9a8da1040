using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;
using ApplyTrack.Features.Mail.Providers;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>A Gmail API error other than the ones the retry policy absorbs: status and Google's <c>reason</c>, never message content.</summary>
public sealed class GmailApiException(HttpStatusCode status, string? reason)
    : Exception($"Gmail answered {(int)status} {reason}".TrimEnd())
{
    public HttpStatusCode Status { get; } = status;
    public string? Reason { get; } = reason;
}

/// <summary>
/// The few Gmail REST calls a read-only sync needs, for one connection. Google.Apis.Gmail.v1 is not available to this build,
/// so this is HttpClient + System.Text.Json over the documented resources (PROTOCOLS §4.3–§4.8). Retries of quota errors and
/// 5xx happen below, in the named client's resilience handler; here a 401 forces one token refresh and one retry.
/// </summary>
public sealed class GmailClient(
    MailboxConnection connection, GoogleIdentity identity, GoogleEndpoints endpoints, HttpClient http, IServiceScopeFactory scopes, TimeProvider time,
    int unitsPerMinute) : IDisposable
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    private GoogleTokens? _tokens;

    public Task<GmailProfile> GetProfileAsync(CancellationToken cancellationToken) =>
        GetAsync<GmailProfile>("gmail/v1/users/me/profile", 1, cancellationToken);

    public Task<GmailMessageList> ListMessagesAsync(string labelId, string query, int pageSize, string? pageToken, CancellationToken cancellationToken) =>
        GetAsync<GmailMessageList>(
            $"gmail/v1/users/me/messages?labelIds={Uri.EscapeDataString(labelId)}&q={Uri.EscapeDataString(query)}&maxResults={pageSize}"
            + (pageToken is null ? "" : $"&pageToken={Uri.EscapeDataString(pageToken)}"), 5, cancellationToken);

    /// <summary>A message with its parsed MIME tree; null when it was deleted since it was listed.</summary>
    public async Task<GmailMessage?> GetMessageAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync<GmailMessage>($"gmail/v1/users/me/messages/{Uri.EscapeDataString(id)}?format=full", 5, cancellationToken);
        }
        catch (GmailApiException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>History after <paramref name="startHistoryId"/>; a 404 (too old or unknown) surfaces as <see cref="GmailApiException"/>.</summary>
    public Task<GmailHistoryList> ListHistoryAsync(string startHistoryId, string labelId, int pageSize, string? pageToken, CancellationToken cancellationToken) =>
        GetAsync<GmailHistoryList>(
            $"gmail/v1/users/me/history?startHistoryId={Uri.EscapeDataString(startHistoryId)}&historyTypes=messageAdded&historyTypes=labelAdded"
            + $"&labelId={Uri.EscapeDataString(labelId)}&maxResults={pageSize}"
            + (pageToken is null ? "" : $"&pageToken={Uri.EscapeDataString(pageToken)}"), 2, cancellationToken);

    public Task<GmailLabelList> ListLabelsAsync(CancellationToken cancellationToken) =>
        GetAsync<GmailLabelList>("gmail/v1/users/me/labels", 1, cancellationToken);

    public Task<GmailWatchResponse> WatchAsync(string topicName, IReadOnlyList<string> labelIds, CancellationToken cancellationToken) =>
        SendAsync<GmailWatchResponse>(HttpMethod.Post, "gmail/v1/users/me/watch",
            new { topicName, labelIds, labelFilterBehavior = "include" }, 100, cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(HttpMethod.Post, "gmail/v1/users/me/stop", new { }, 1, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public void Dispose() => _refreshGate.Dispose();

    private Task<T> GetAsync<T>(string path, int units, CancellationToken cancellationToken) => SendAsync<T>(HttpMethod.Get, path, null, units, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, int units, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, units, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
               ?? throw new JsonException("Gmail answered with an empty body.");
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, int units, CancellationToken cancellationToken)
    {
        await PaceAsync(units, cancellationToken);
        var token = await AccessTokenAsync(rejected: null, cancellationToken);
        var response = await http.SendAsync(Request(method, path, body, token), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }
        response.Dispose();
        token = await AccessTokenAsync(rejected: token, cancellationToken);
        return await http.SendAsync(Request(method, path, body, token), cancellationToken);
    }

    /// <summary>
    /// Gmail's per-user quota is units per minute (getProfile 1, history 2, list/get 5, watch 100). Pacing below it beats
    /// bursting into 403 userRateLimitExceeded and backing off, and leaves room for the person's other mail clients. The
    /// window is the mailbox's, kept in the database: every sync and every instance reading this mailbox shares it.
    /// </summary>
    private async Task PaceAsync(int units, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var windows = new GmailQuotaWindows(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>(), time);
        await windows.SpendAsync(connection.Id, units, unitsPerMinute, cancellationToken);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(endpoints.GmailBaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    /// <summary>
    /// The current access token, refreshed when it is about to expire or when Gmail just refused <paramref name="rejected"/>.
    /// Concurrent callers share one refresh; the new token is saved at once (its own unit of work), so a crash loses nothing.
    /// </summary>
    private async Task<string> AccessTokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            _tokens ??= connection.Credentials is { } credentials
                ? identity.Decrypt(credentials)
                : throw new ReauthenticationRequiredException("This mailbox is disconnected.", new InvalidOperationException("No credentials."));
            var stale = rejected is not null ? _tokens.AccessToken == rejected : _tokens.ExpiresAt <= time.GetUtcNow().AddMinutes(2);
            if (!stale)
            {
                return _tokens.AccessToken;
            }

            _tokens = await identity.RefreshAsync(_tokens, cancellationToken);
            // Saved straight to the row, not through the sync's tracked entity: a prefetching page may refresh while the
            // sync's DbContext is saving, and a DbContext is not thread-safe.
            var encrypted = identity.Encrypt(_tokens);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            // Conditional: a disconnect that happened meanwhile deleted the tokens, and they stay deleted.
            await db.MailboxConnections.Where(c => c.Id == connection.Id && c.Credentials != null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Credentials, encrypted), cancellationToken);
            return _tokens.AccessToken;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // A token that was refreshed a moment ago and is still refused: the grant is gone.
            throw new ReauthenticationRequiredException("Google refused ApplyTrack's access. Reconnect Gmail to resume syncing.",
                new GmailApiException(response.StatusCode, "authError"));
        }
        throw new GmailApiException(response.StatusCode, await GmailErrors.ReasonAsync(response, cancellationToken));
    }
}

/// <summary>Reads Google's JSON API error envelope (PROTOCOLS §4.10).</summary>
public static class GmailErrors
{
    public static readonly HashSet<string> RateLimitReasons = new(StringComparer.Ordinal) { "userRateLimitExceeded", "rateLimitExceeded" };

    /// <summary>The first <c>error.errors[].reason</c>, or null when the body is not Google's envelope.</summary>
    public static async Task<string?> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                   && errors.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                   && first.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String
                ? reason.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

// The parts of Gmail's resources a sync reads. Ids are strings; historyId is a uint64 carried as a string.

public sealed record GmailProfile(string? EmailAddress, string? HistoryId);

public sealed record GmailMessageRef(string Id, string? ThreadId);

public sealed record GmailMessageList(List<GmailMessageRef>? Messages, string? NextPageToken);

public sealed record GmailHeader(string Name, string? Value);

public sealed record GmailPartBody(int Size, string? Data, string? AttachmentId);

public sealed record GmailMessagePart(string? MimeType, List<GmailHeader>? Headers, GmailPartBody? Body, List<GmailMessagePart>? Parts);

public sealed record GmailMessage(string Id, string? ThreadId, List<string>? LabelIds, string? InternalDate, GmailMessagePart? Payload);

public sealed record GmailHistoryMessage(GmailMessageRefWithLabels Message);

public sealed record GmailMessageRefWithLabels(string Id, string? ThreadId, List<string>? LabelIds);

public sealed record GmailLabelChange(GmailMessageRefWithLabels Message, List<string>? LabelIds);

public sealed record GmailHistoryRecord(string? Id, List<GmailHistoryMessage>? MessagesAdded, List<GmailLabelChange>? LabelsAdded);

public sealed record GmailHistoryList(List<GmailHistoryRecord>? History, string? NextPageToken, string? HistoryId);

public sealed record GmailLabel(string Id, string? Name, string? Type);

public sealed record GmailLabelList(List<GmailLabel>? Labels);

public sealed record GmailWatchResponse(
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)] ulong? HistoryId,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)] long? Expiration);
