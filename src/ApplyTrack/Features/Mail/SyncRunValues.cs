using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ApplyTrack.Features.Mail;

/// <summary>What asked for a sync. Stored and shown by its <see cref="SyncRunValues.Name(SyncTrigger)"/> ("poll", "push", …).</summary>
public enum SyncTrigger
{
    Poll,
    Push,
    Manual,
    Connected,
    Folders,
    LifecycleMissed,
    LifecycleSubscriptionRemoved,
    LifecycleReauthorizationRequired,

    /// <summary>A Graph lifecycle event of a kind Graph added after this code was written.</summary>
    Lifecycle,
}

/// <summary>How a sync ended. Stored and shown by its <see cref="SyncRunValues.Name(SyncOutcome)"/> ("succeeded", "failed", …).</summary>
public enum SyncOutcome
{
    Running,
    Succeeded,
    SucceededWithSkippedMessages,
    AuthenticationRequired,
    Interrupted,
    Failed,

    /// <summary>Left running by an instance that died; ended by the next sync that took over its lease.</summary>
    Abandoned,
}

/// <summary>
/// The words stored in <c>sync_runs</c> and sent by the JSON API for triggers and outcomes: the same words as before they were
/// typed, so old rows read back and API clients see no change.
/// </summary>
public static class SyncRunValues
{
    private static readonly Dictionary<SyncTrigger, string> TriggerNames = new()
    {
        [SyncTrigger.Poll] = "poll",
        [SyncTrigger.Push] = "push",
        [SyncTrigger.Manual] = "manual",
        [SyncTrigger.Connected] = "connected",
        [SyncTrigger.Folders] = "folders",
        [SyncTrigger.LifecycleMissed] = "lifecycle:missed",
        [SyncTrigger.LifecycleSubscriptionRemoved] = "lifecycle:subscriptionRemoved",
        [SyncTrigger.LifecycleReauthorizationRequired] = "lifecycle:reauthorizationRequired",
        [SyncTrigger.Lifecycle] = "lifecycle",
    };

    private static readonly Dictionary<SyncOutcome, string> OutcomeNames = new()
    {
        [SyncOutcome.Running] = "running",
        [SyncOutcome.Succeeded] = "succeeded",
        [SyncOutcome.SucceededWithSkippedMessages] = "succeeded with skipped messages",
        [SyncOutcome.AuthenticationRequired] = "authentication required",
        [SyncOutcome.Interrupted] = "interrupted",
        [SyncOutcome.Failed] = "failed",
        [SyncOutcome.Abandoned] = "abandoned",
    };

    private static readonly Dictionary<string, SyncTrigger> Triggers = TriggerNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    private static readonly Dictionary<string, SyncOutcome> Outcomes = OutcomeNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(this SyncTrigger trigger) => TriggerNames[trigger];

    public static string Name(this SyncOutcome outcome) => OutcomeNames[outcome];

    /// <summary>Unknown words (an older lifecycle event name) read as the nearest kind rather than failing the page that lists them.</summary>
    public static SyncTrigger ParseTrigger(string name) =>
        Triggers.TryGetValue(name, out var trigger) ? trigger : name.StartsWith("lifecycle", StringComparison.Ordinal) ? SyncTrigger.Lifecycle : SyncTrigger.Manual;

    public static SyncOutcome ParseOutcome(string name) => Outcomes.TryGetValue(name, out var outcome) ? outcome : SyncOutcome.Failed;

    /// <summary>Graph's lifecycleEvent value as a trigger.</summary>
    public static SyncTrigger ForLifecycleEvent(string? lifecycleEvent) => lifecycleEvent switch
    {
        "missed" => SyncTrigger.LifecycleMissed,
        "subscriptionRemoved" => SyncTrigger.LifecycleSubscriptionRemoved,
        "reauthorizationRequired" => SyncTrigger.LifecycleReauthorizationRequired,
        _ => SyncTrigger.Lifecycle,
    };

    public static bool IsSuccess(this SyncOutcome outcome) => outcome is SyncOutcome.Succeeded or SyncOutcome.SucceededWithSkippedMessages;

    public static readonly ValueConverter<SyncTrigger, string> TriggerConverter = new(t => Name(t), s => ParseTrigger(s));
    public static readonly ValueConverter<SyncOutcome, string> OutcomeConverter = new(o => Name(o), s => ParseOutcome(s));
}
