using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ApplyTrack.Features.Cluster;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// What changed in a user's pipeline. Application changes (published by <see cref="ApplicationCommands"/> only) name
/// the applications changed and deleted, so an open board re-reads those cards and nothing else.
/// </summary>
public sealed record PipelineEvent(string Kind, Guid? ApplicationId, IReadOnlyList<Guid>? Changed = null, IReadOnlyList<Guid>? Deleted = null);

/// <summary>A pipeline change on the bus between instances: whose board, and the event (ids only).</summary>
public sealed record BoardMessage(string UserId, PipelineEvent Event);

/// <summary>
/// Fan-out of pipeline changes to the signed-in user's open boards (server-sent events), on whichever instance holds
/// the browser: every change goes over the <see cref="IEventBus"/> (in-process with SQLite, LISTEN/NOTIFY with PostgreSQL).
/// Each subscriber gets a small bounded channel that drops the oldest event when a slow browser
/// falls behind: every event only means "re-read the board", so losing one of many is harmless.
/// </summary>
public sealed class PipelineEvents
{
    public const string Topic = "board";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<PipelineEvent>>> _subscribers = new();
    private readonly IEventBus _bus;

    public PipelineEvents(IEventBus bus)
    {
        _bus = bus;
        bus.Subscribe<BoardMessage>(Topic, message => Deliver(message.UserId, message.Event));
        // Changes made while this instance could not hear the others are lost: every open board re-reads.
        bus.Reconnected += () =>
        {
            foreach (var userId in _subscribers.Keys)
            {
                Deliver(userId, new PipelineEvent("synced", null));
            }
        };
    }

    public void Publish(string userId, PipelineEvent pipelineEvent)
    {
        Operations.ApplyTrackTelemetry.BoardEvent(userId, pipelineEvent.Kind);
        _bus.Publish(Topic, new BoardMessage(userId, pipelineEvent));
    }

    private void Deliver(string userId, PipelineEvent pipelineEvent)
    {
        if (_subscribers.TryGetValue(userId, out var channels))
        {
            foreach (var channel in channels.Values)
            {
                channel.Writer.TryWrite(pipelineEvent);
            }
        }
    }

    public async IAsyncEnumerable<PipelineEvent> SubscribeAsync(string userId, TimeSpan heartbeat, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<PipelineEvent>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var channels = _subscribers.GetOrAdd(userId, _ => new());
        channels[id] = channel;
        try
        {
            yield return new PipelineEvent("connected", null);
            while (!cancellationToken.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(heartbeat);
                PipelineEvent next;
                try
                {
                    next = await channel.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    next = new PipelineEvent("heartbeat", null);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                yield return next;
            }
        }
        finally
        {
            channels.TryRemove(id, out _);
        }
    }
}
