using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ApplyTrack.Features.Operations;

/// <summary>
/// ApplyTrack's own spans and metrics. Attributes and labels carry ids, providers, triggers, outcomes and
/// counts only: never a subject, sender, address, body or token (promise 3; tested by scanning every export).
/// </summary>
public static class ApplyTrackTelemetry
{
    public const string Name = "ApplyTrack";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> SyncsStarted = Meter.CreateCounter<long>("applytrack.syncs.started", "{sync}", "Syncs started, by provider and trigger.");
    private static readonly Counter<long> SyncsSucceeded = Meter.CreateCounter<long>("applytrack.syncs.succeeded", "{sync}", "Syncs that finished, by provider and trigger.");
    private static readonly Counter<long> SyncsFailed = Meter.CreateCounter<long>("applytrack.syncs.failed", "{sync}", "Syncs that failed or need the user to sign in again, by provider, trigger and outcome.");
    private static readonly Counter<long> MessagesRead = Meter.CreateCounter<long>("applytrack.messages.read", "{message}", "Messages read from mailboxes.");
    private static readonly Counter<long> JobEmails = Meter.CreateCounter<long>("applytrack.job_emails.found", "{message}", "Job-related emails found.");
    private static readonly Histogram<double> ClassificationLatency = Meter.CreateHistogram<double>("applytrack.classification.duration", "ms", "Time to classify one message.");
    private static readonly Counter<long> Webhooks = Meter.CreateCounter<long>("applytrack.webhook.notifications", "{notification}", "Push notifications, by provider and result (accepted/refused).");
    private static readonly UpDownCounter<long> QueueDepth = Meter.CreateUpDownCounter<long>("applytrack.sync.queue.depth", "{connection}", "Connections waiting in the sync queue.");
    private static readonly Counter<long> LeaseTakeovers = Meter.CreateCounter<long>("applytrack.lease.takeovers", "{lease}", "Syncs that took over a dead instance's expired lease.");
    private static readonly Histogram<double> PushToBoard = Meter.CreateHistogram<double>("applytrack.push_to_board.duration", "ms", "From a push notification's receipt to the board event it caused.");
    private static readonly UpDownCounter<long> IdleSessions = Meter.CreateUpDownCounter<long>("applytrack.imap.idle.sessions", "{session}", "IMAP IDLE sessions open.");

    /// <summary>When the push notification behind the running sync was received (Stopwatch timestamp), for push → board latency.</summary>
    private static readonly AsyncLocal<long?> PushReceivedAt = new();

    public static void SyncStarted(string provider, string trigger)
    {
        SyncsStarted.Add(1, Provider(provider), Trigger(trigger));
        Activity.Current?.SetTag("applytrack.provider", provider.ToLowerInvariant());
    }

    public static void SyncEnded(string provider, string trigger, string outcome, int messagesSeen, int jobEvents)
    {
        if (outcome.StartsWith("succeeded", StringComparison.Ordinal))
        {
            SyncsSucceeded.Add(1, Provider(provider), Trigger(trigger));
        }
        else if (outcome != "interrupted")
        {
            SyncsFailed.Add(1, Provider(provider), Trigger(trigger), new("outcome", outcome));
        }
        MessagesRead.Add(messagesSeen, Provider(provider));
        JobEmails.Add(jobEvents, Provider(provider));
        if (Activity.Current is { } activity)
        {
            activity.SetTag("applytrack.sync.outcome", outcome);
            activity.SetTag("applytrack.sync.messages", messagesSeen);
            activity.SetTag("applytrack.sync.job_emails", jobEvents);
            if (outcome is "failed" or "authentication required")
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }

    public static T Classify<T>(Func<T> classify)
    {
        var started = Stopwatch.GetTimestamp();
        var verdict = classify();
        ClassificationLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return verdict;
    }

    public static void WebhookAccepted(string provider)
    {
        Webhooks.Add(1, Provider(provider), new("result", "accepted"));
        Activity.Current?.AddEvent(new ActivityEvent("notification accepted"));
    }

    public static void WebhookRefused(string provider) => Webhooks.Add(1, Provider(provider), new("result", "refused"));

    public static void LeaseTakenOver(int abandonedRuns)
    {
        if (abandonedRuns > 0)
        {
            LeaseTakeovers.Add(1);
            Activity.Current?.SetTag("applytrack.lease.takeover", true);
        }
    }

    public static void IdleSessionOpened() => IdleSessions.Add(1);
    public static void IdleSessionClosed() => IdleSessions.Add(-1);

    /// <summary>
    /// A connection entered the sync queue: a short span under whatever received the change (a webhook request),
    /// whose context the queued request carries so the sync continues the same trace.
    /// </summary>
    public static ActivityContext Queued(Guid connectionId, string trigger)
    {
        QueueDepth.Add(1);
        using var activity = Source.StartActivity("sync queued", ActivityKind.Producer);
        activity?.SetTag("applytrack.connection_id", connectionId.ToString());
        activity?.SetTag("applytrack.sync.trigger", TriggerName(trigger));
        return activity?.Context ?? Activity.Current?.Context ?? default;
    }

    public static void Dequeued() => QueueDepth.Add(-1);

    /// <summary>The span of one sync, continuing the trace of what queued it; push → board latency is measured from <paramref name="queuedAt"/>.</summary>
    public static Activity? StartSync(Guid connectionId, string trigger, ActivityContext origin, long queuedAt)
    {
        PushReceivedAt.Value = TriggerName(trigger) == "push" ? queuedAt : null;
        var activity = Source.StartActivity("sync", ActivityKind.Consumer, origin);
        activity?.SetTag("applytrack.connection_id", connectionId.ToString());
        activity?.SetTag("applytrack.sync.trigger", TriggerName(trigger));
        return activity;
    }

    public static Activity? StartPage(int messages)
    {
        var activity = Source.StartActivity("sync page");
        activity?.SetTag("applytrack.page.messages", messages);
        return activity;
    }

    /// <summary>Classifying one page's new messages, in memory: the span carries counts only.</summary>
    public static Activity? StartClassification(int messages)
    {
        var activity = Source.StartActivity("classify batch");
        activity?.SetTag("applytrack.classification.messages", messages);
        return activity;
    }

    public static Activity? StartApply() => Source.StartActivity("match and apply");

    /// <summary>A board event: the end of the trace that started with the email's notification.</summary>
    public static void BoardEvent(string userId, string kind)
    {
        using var activity = Source.StartActivity("board event", ActivityKind.Producer);
        activity?.SetTag("applytrack.user_id", userId);
        activity?.SetTag("applytrack.board.event", kind);
        if (kind != "connection" && PushReceivedAt.Value is { } receivedAt)
        {
            PushToBoard.Record(Stopwatch.GetElapsedTime(receivedAt).TotalMilliseconds);
            PushReceivedAt.Value = null;
        }
    }

    private static KeyValuePair<string, object?> Provider(string provider) => new("provider", provider.ToLowerInvariant());
    private static KeyValuePair<string, object?> Trigger(string trigger) => new("trigger", TriggerName(trigger));

    /// <summary>"lifecycle:reauthorizationRequired" → "lifecycle": a small, fixed set of label values.</summary>
    private static string TriggerName(string trigger) => trigger.Split(':')[0];
}
