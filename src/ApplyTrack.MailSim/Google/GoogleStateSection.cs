using System.Text.Json;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>What of the Google side survives a restart (the "google" section of the state file).</summary>
internal sealed record GoogleState(
    IReadOnlyList<GoogleClient> Clients,
    IReadOnlyDictionary<string, long> RevokedThrough,
    IReadOnlyDictionary<string, long> RefreshExpiredThrough,
    long LastTokenSerial,
    IReadOnlyList<GmailWatch> Watches,
    IReadOnlyDictionary<string, string> PushSubscriptions,
    IReadOnlyDictionary<string, long> HistoryFloors);

/// <summary>
/// Persists registered clients, revocations, watches, push subscriptions and expired history. Tokens themselves are sealed
/// with the sandbox keys, which the host saves, so a demo's Google connection keeps working after a restart.
/// </summary>
internal sealed class GoogleStateSection(GoogleSandbox settings, GoogleTokens tokens, GmailWatches watches) : ISandboxStateSection
{
    public string Name => "google";

    public JsonNode? Export()
    {
        var (revoked, expired, lastSerial) = tokens.ExportState();
        return JsonSerializer.SerializeToNode(new GoogleState([.. settings.Clients], revoked, expired, lastSerial, [.. watches.Active],
            settings.PushSubscriptions, settings.HistoryFloors), MailboxStore.JsonOptions);
    }

    public void Import(JsonNode saved)
    {
        if (saved.Deserialize<GoogleState>(MailboxStore.JsonOptions) is not { } state) return;
        foreach (var client in state.Clients) settings.RegisterClient(client);
        tokens.ImportState(state.RevokedThrough, state.RefreshExpiredThrough, state.LastTokenSerial);
        foreach (var watch in state.Watches) watches.Start(watch);
        foreach (var (topic, endpoint) in state.PushSubscriptions) settings.SubscribePush(topic, new Uri(endpoint));
        foreach (var (mailboxId, sequence) in state.HistoryFloors) settings.RestoreHistoryFloor(mailboxId, sequence);
    }
}
