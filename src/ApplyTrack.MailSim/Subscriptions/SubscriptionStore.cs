using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Hosting;

namespace ApplyTrack.MailSim.Subscriptions;

/// <summary>Active subscriptions; expired ones disappear (lazily on read, and by the dispatcher's sweep).</summary>
public sealed class SubscriptionStore(TimeProvider time) : ISandboxStateSection
{
    public const int PerMailboxLimit = 1000;
    private readonly ConcurrentDictionary<string, GraphSubscription> _subscriptions = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<GraphSubscription> Active =>
        [.. _subscriptions.Values.Where(s => s.ExpirationDateTime > time.GetUtcNow()).OrderBy(s => s.ExpirationDateTime)];

    public GraphSubscription? Find(string id) =>
        _subscriptions.TryGetValue(id, out var subscription) && subscription.ExpirationDateTime > time.GetUtcNow() ? subscription : null;

    public int CountFor(string mailboxId) => Active.Count(s => s.MailboxId == mailboxId);

    public void Save(GraphSubscription subscription) => _subscriptions[subscription.Id] = subscription;

    public bool Remove(string id) => _subscriptions.TryRemove(id, out _);

    /// <summary>Removes and returns subscriptions whose expiry has passed.</summary>
    public IReadOnlyList<GraphSubscription> RemoveExpired()
    {
        var now = time.GetUtcNow();
        var expired = _subscriptions.Values.Where(s => s.ExpirationDateTime <= now).ToList();
        foreach (var subscription in expired) _subscriptions.TryRemove(subscription.Id, out _);
        return expired;
    }

    string ISandboxStateSection.Name => "graphSubscriptions";

    JsonNode? ISandboxStateSection.Export() => JsonSerializer.SerializeToNode(_subscriptions.Values.ToList());

    void ISandboxStateSection.Import(JsonNode saved)
    {
        foreach (var subscription in saved.Deserialize<List<GraphSubscription>>() ?? []) _subscriptions[subscription.Id] = subscription;
    }
}
