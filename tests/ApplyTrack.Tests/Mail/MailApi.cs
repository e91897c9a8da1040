using System.Text.Json;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

internal static class MailApi
{
    public static async Task<Dictionary<string, string>> StatusesAsync(this HttpClient client)
    {
        var applications = await (await client.GetAsync("/api/applications")).ReadJsonAsync();
        return applications.EnumerateArray().ToDictionary(a => a.GetProperty("company").GetString()!, a => a.GetProperty("status").GetString()!);
    }

    public static async Task<List<JsonElement>> ActivityAsync(this HttpClient client) =>
        (await (await client.GetAsync("/api/activity?take=1000")).ReadJsonAsync()).EnumerateArray().ToList();

    public static async Task<JsonElement> ConnectionAsync(this HttpClient client, Guid id) =>
        (await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);

    public static async Task<List<JsonElement>> SyncHistoryAsync(this HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/connections/{id}/history")).ReadJsonAsync()).EnumerateArray().ToList();

    /// <summary>
    /// Waits for a history read in which every run of the connection has ended and returns that read: the connect request,
    /// the scheduler and IDLE may each start a run at any moment, so a second read could hold a new one.
    /// </summary>
    public static async Task<List<JsonElement>> WaitForEveryRunToEndAsync(this HttpClient client, Guid id)
    {
        List<JsonElement> runs = [];
        await Eventually.WaitAsync(async () => (runs = await client.SyncHistoryAsync(id)).All(r => r.GetProperty("outcome").GetString() != "running"),
            TimeSpan.FromSeconds(30), "every sync of the connection to end");
        return runs;
    }

    /// <summary>Waits until a sync of the connection finished successfully after the given number of earlier runs.</summary>
    public static Task WaitForSuccessfulSyncAsync(this HttpClient client, Guid id, int afterRuns = 0, int timeoutSeconds = 30) =>
        Eventually.WaitAsync(async () =>
        {
            var runs = await client.SyncHistoryAsync(id);
            return runs.Count > afterRuns && runs.Any(r => r.GetProperty("outcome").GetString()!.StartsWith("succeeded", StringComparison.Ordinal))
                   && (await client.ConnectionAsync(id)).GetProperty("status").GetString() == "active";
        }, TimeSpan.FromSeconds(timeoutSeconds), "a successful sync");
}
