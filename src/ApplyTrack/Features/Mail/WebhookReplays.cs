using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ApplyTrack.Features.Mail;

/// <summary>
/// Remembers the push notifications seen in the last few minutes, so the same notification delivered again (a
/// provider's retry, or someone replaying a captured request) queues no further sync. Per instance: a replay
/// that reaches another instance costs one sync at most, which the sync's own idempotence makes harmless.
/// </summary>
public sealed class WebhookReplays(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time a notification is seen within the window.</summary>
    public bool FirstTime(string notificationKey)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > MaxRemembered)
        {
            foreach (var (key, at) in _seen)
            {
                if (now - at > Window) _seen.TryRemove(key, out _);
            }
        }
        var digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(notificationKey)), 0, 18);
        while (true)
        {
            if (_seen.TryAdd(digest, now))
            {
                return true;
            }
            if (_seen.TryGetValue(digest, out var seenAt))
            {
                if (now - seenAt <= Window)
                {
                    return false;
                }
                if (_seen.TryUpdate(digest, now, seenAt))
                {
                    return true;
                }
            }
        }
    }
}

/// <summary>Reads a webhook body up to a size limit, whatever the Content-Length claims.</summary>
public static class WebhookBody
{
    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
