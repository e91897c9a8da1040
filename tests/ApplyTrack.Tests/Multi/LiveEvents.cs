using System.Text.Json;
using System.Threading.Channels;

namespace ApplyTrack.Tests.Multi;

/// <summary>A board's live-event stream (<c>GET /api/events</c>, server-sent events) read in the background.</summary>
public sealed class LiveEvents : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _reading;

    private LiveEvents(HttpClient client) => _reading = ReadAsync(client);

    public static async Task<LiveEvents> OpenAsync(HttpClient client)
    {
        var events = new LiveEvents(client);
        // The stream starts with "connected": from then on this instance delivers the user's events.
        await events.WaitForAsync(e => e.GetProperty("kind").GetString() == "connected", TimeSpan.FromSeconds(15), "the stream to open");
        return events;
    }

    private async Task ReadAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    await _events.Writer.WriteAsync(JsonDocument.Parse(line["data:".Length..]).RootElement.Clone(), _stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    /// <summary>Waits for an event that matches, skipping the others (heartbeats, connection updates).</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout, string description)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(deadline.Token);
                if (match(next))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No live event: {description} within {timeout.TotalSeconds} s.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The live-event stream ended while waiting for {description}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
