using ApplyTrack.MailSim.Mailboxes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ApplyTrack.MailSim.Google;

/// <summary>Settings that `POST /_emu/google/settings` may change; absent properties stay as they are.</summary>
public sealed record GoogleSettingsPatch(
    bool? AutoConsent = null, bool? DenyConsent = null, bool? PartialGrant = null, bool? TestingAppMode = null,
    double? HistoryRetentionHours = null, int? UserUnitsPerMinute = null, int? ProjectUnitsPerMinute = null,
    int? MaxConcurrentRequestsPerUser = null, bool? QuotaErrorsAs429 = null, int? LatencyMs = null, double? FaultProbability = null,
    GmailFault? RandomFault = null, bool? PublisherGranted = null, Uri? DefaultPushEndpoint = null, bool? DropPushNotifications = null,
    int? PushDelayMs = null, int? PushIntervalMs = null, string? DefaultUserEmail = null);

public sealed record GoogleFaultRequest(GmailFault Fault, int Count = 1);

/// <summary>A Pub/Sub push subscription; with a service account (and audience) its pushes carry a signed OIDC token.</summary>
public sealed record GooglePushSubscriptionRequest(string TopicName, Uri PushEndpoint, string? ServiceAccountEmail = null, string? Audience = null);

/// <summary>`/_emu/google/…`: the Google switches for demos and tests (README.md in this folder lists them).</summary>
internal static class GoogleControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/_emu/google").ExcludeFromDescription().DisableAntiforgery();
        control.MapGet("", (GoogleSandbox settings) => TypedResults.Ok(Describe(settings)));
        control.MapPost("/settings", (GoogleSettingsPatch patch, GoogleSandbox settings) =>
        {
            Apply(patch, settings);
            return TypedResults.Ok(Describe(settings));
        });
        control.MapPost("/faults", (GoogleFaultRequest request, GoogleSandbox settings) =>
        {
            settings.FailNext(request.Count, request.Fault);
            return TypedResults.Ok(new { pending = settings.PendingFaults });
        });
        control.MapDelete("/faults", (GoogleSandbox settings) =>
        {
            settings.ClearFaults();
            settings.FaultProbability = 0;
            return TypedResults.NoContent();
        });
        control.MapPost("/refresh-tokens/expire", (string? user, GoogleTokens tokens) =>
        {
            tokens.ExpireRefreshTokens(user);
            return TypedResults.NoContent();
        });
        control.MapPost("/history/expire", Results<NoContent, NotFound> (string user, MailboxStore store, GoogleSandbox settings) =>
        {
            if (store.Find(user) is not { } mailbox) return TypedResults.NotFound();
            settings.ExpireHistory(mailbox);
            return TypedResults.NoContent();
        });
        control.MapPost("/clients", (GoogleClient client, GoogleSandbox settings) =>
        {
            settings.RegisterClient(client);
            return TypedResults.Ok(client);
        });
        control.MapPost("/pubsub/subscriptions", (GooglePushSubscriptionRequest request, GoogleSandbox settings) =>
        {
            settings.SubscribePush(request.TopicName, request.PushEndpoint, request.ServiceAccountEmail is { Length: > 0 } account
                ? new GmailPushAuth(account, request.Audience is { Length: > 0 } audience ? audience : request.PushEndpoint.ToString())
                : null);
            return TypedResults.NoContent();
        });
        control.MapGet("/watches", (GmailWatches watches) => TypedResults.Ok(watches.Active));
        control.MapGet("/pushes", (GmailWatches watches) => TypedResults.Ok(watches.Log));
        control.MapPost("/quota/reset", (GmailQuota quota) =>
        {
            quota.Reset();
            return TypedResults.NoContent();
        });
    }

    private static void Apply(GoogleSettingsPatch patch, GoogleSandbox settings)
    {
        if (patch.AutoConsent is { } autoConsent) settings.AutoConsent = autoConsent;
        if (patch.DenyConsent is { } deny) settings.DenyConsent = deny;
        if (patch.PartialGrant is { } partial) settings.PartialGrant = partial;
        if (patch.TestingAppMode is { } testing) settings.TestingAppMode = testing;
        if (patch.HistoryRetentionHours is { } hours) settings.HistoryRetention = TimeSpan.FromHours(hours);
        if (patch.UserUnitsPerMinute is { } userUnits) settings.UserUnitsPerMinute = userUnits;
        if (patch.ProjectUnitsPerMinute is { } projectUnits) settings.ProjectUnitsPerMinute = projectUnits;
        if (patch.MaxConcurrentRequestsPerUser is { } concurrent) settings.MaxConcurrentRequestsPerUser = concurrent;
        if (patch.QuotaErrorsAs429 is { } as429) settings.QuotaErrorsAs429 = as429;
        if (patch.LatencyMs is { } latency) settings.Latency = TimeSpan.FromMilliseconds(latency);
        if (patch.FaultProbability is { } probability) settings.FaultProbability = probability;
        if (patch.RandomFault is { } fault) settings.RandomFault = fault;
        if (patch.PublisherGranted is { } granted) settings.PublisherGranted = granted;
        if (patch.DefaultPushEndpoint is { } endpoint) settings.DefaultPushEndpoint = endpoint;
        if (patch.DropPushNotifications is { } drop) settings.DropPushNotifications = drop;
        if (patch.PushDelayMs is { } delay) settings.PushDelay = TimeSpan.FromMilliseconds(delay);
        if (patch.PushIntervalMs is { } interval) settings.PushInterval = TimeSpan.FromMilliseconds(interval);
        if (patch.DefaultUserEmail is { } email) settings.DefaultUserEmail = email;
    }

    private static object Describe(GoogleSandbox s) => new
    {
        s.AutoConsent, s.DenyConsent, s.PartialGrant, s.TestingAppMode, HistoryRetentionHours = s.HistoryRetention.TotalHours,
        s.UserUnitsPerMinute, s.ProjectUnitsPerMinute, s.MaxConcurrentRequestsPerUser, s.QuotaErrorsAs429,
        LatencyMs = s.Latency.TotalMilliseconds, s.FaultProbability, RandomFault = s.RandomFault.ToString(), s.PendingFaults,
        s.PublisherGranted, s.DefaultPushEndpoint, s.DropPushNotifications, PushDelayMs = s.PushDelay.TotalMilliseconds,
        PushIntervalMs = s.PushInterval.TotalMilliseconds, s.DefaultUserEmail, Clients = s.Clients.Select(c => c.ClientId),
    };
}
