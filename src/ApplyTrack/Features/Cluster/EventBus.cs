using System.Collections.Concurrent;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// Messages between the instances that share one database: a board's live update reaches the instance holding the
/// browser, a sync request the instance holding the mailbox. A message reaches every instance, this one included;
/// delivery is at most once (a dropped connection loses messages: receivers treat them as hints and the scheduler and
/// leases are the safety net). Messages carry ids only, never mail content, addresses or tokens.
/// </summary>
public interface IEventBus
{
    /// <summary>Whether messages reach other instances (PostgreSQL) or only this process (SQLite, one instance).</summary>
    bool IsShared { get; }

    void Publish<T>(string topic, T message) where T : notnull;

    void Subscribe<T>(string topic, Action<T> handler) where T : notnull;

    /// <summary>Raised after the bus reconnected: messages sent in the meantime are lost, so listeners re-read their state.</summary>
    event Action? Reconnected;
}

/// <summary>Handlers by topic, shared by both buses.</summary>
public abstract class EventBusBase(ILogger logger) : IEventBus
{
    private sealed record Handler(Type Type, Action<object> Invoke);

    private readonly ConcurrentDictionary<string, ImmutableHandlers> _handlers = new(StringComparer.Ordinal);

    private sealed class ImmutableHandlers(Handler[] items)
    {
        public Handler[] Items { get; } = items;
    }

    public abstract bool IsShared { get; }

    public event Action? Reconnected;

    public abstract void Publish<T>(string topic, T message) where T : notnull;

    public void Subscribe<T>(string topic, Action<T> handler) where T : notnull =>
        _handlers.AddOrUpdate(topic,
            _ => new ImmutableHandlers([new Handler(typeof(T), m => handler((T)m))]),
            (_, existing) => new ImmutableHandlers([.. existing.Items, new Handler(typeof(T), m => handler((T)m))]));

    protected IEnumerable<Type> HandlerTypes(string topic) =>
        _handlers.TryGetValue(topic, out var handlers) ? handlers.Items.Select(h => h.Type).Distinct() : [];

    /// <summary>Calls this instance's handlers of the topic whose message type matches; one failing handler does not stop the others.</summary>
    protected void Deliver(string topic, Type type, object message)
    {
        if (!_handlers.TryGetValue(topic, out var handlers))
        {
            return;
        }
        foreach (var handler in handlers.Items.Where(h => h.Type == type))
        {
            try
            {
                handler.Invoke(message);
            }
            catch (Exception ex)
            {
                logger.LogWarning("A handler of {Topic} messages failed ({Error})", topic, ex.GetType().Name);
            }
        }
    }

    protected void RaiseReconnected()
    {
        try
        {
            Reconnected?.Invoke();
        }
        catch (Exception ex)
        {
            logger.LogWarning("A reconnect listener failed ({Error})", ex.GetType().Name);
        }
    }
}

/// <summary>One instance (SQLite): a message is delivered to this process's handlers, synchronously.</summary>
public sealed class InProcessEventBus(ILogger<InProcessEventBus> logger) : EventBusBase(logger)
{
    public override bool IsShared => false;

    public override void Publish<T>(string topic, T message) => Deliver(topic, typeof(T), message);
}
