using System.Net.Http.Json;
using ApplyTrack.MailSim.Control;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

/// <summary>Promise 7: restarting the server mid-sync loses nothing and duplicates nothing.</summary>
public sealed class OutlookRestartTests
{
    [Fact]
    public async Task Stopping_the_app_mid_sync_and_starting_it_again_resumes_without_duplicates()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("applytrack-restart-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:StateFile"] = "sandbox-state.json",
            // If the stop is too slow to release the lease (a crash), the next instance takes over after this.
            ["Sync:LeaseDuration"] = "00:00:05",
            ["Sandbox:HttpsUrl"] = $"https://127.0.0.1:{OutlookApplication.FreePort()}",
            ["Sandbox:HttpUrl"] = $"http://127.0.0.1:{OutlookApplication.FreePort()}",
        };
        var mailboxEmail = $"restart-{Guid.NewGuid():N}@sandbox.test";
        var credentials = new { email = $"restart-{Guid.NewGuid():N}@example.com", password = "correct horse battery" };
        var now = DateTimeOffset.UtcNow;
        var jobSubjects = new List<string>();
        Guid connectionId;

        await using (var first = new ConfiguredOutlookApplication(dataDirectory, settings))
        {
            await ((IAsyncLifetime)first).InitializeAsync();
            var mailbox = first.Mailbox(mailboxEmail);
            for (var i = 0; i < 15; i++)
            {
                var message = TestMail.Receipt($"Restart{i:00} Inc", $"Role {i}", now.AddDays(-i - 1));
                mailbox.Add(message);
                jobSubjects.Add(message.Subject);
            }
            for (var i = 0; i < 300; i++) mailbox.Add(TestMail.NonJob(i, now.AddMinutes(-i - 1)).Message);
            var client = first.CreateCookieClient();
            (await client.PostAsJsonAsync("/api/account/register", credentials)).EnsureSuccessStatusCode();
            first.Sandbox.Faults.Transport = new TransportFaults { LatencyMs = 120 };

            connectionId = await first.ConnectOutlookAsync(client, mailboxEmail);
            await Eventually.WaitAsync(() => first.CursorHasNextLinkAsync(connectionId), TimeSpan.FromSeconds(60), "a mid-round checkpoint");
            // The sandbox writes an identity change (the consent just given) to its state file at once; what is under test
            // here is the app's own resume, so make sure the sandbox's part is on disk before stopping.
            var stateFile = Path.Combine(dataDirectory, "sandbox-state.json");
            await Eventually.WaitAsync(() => Task.FromResult(File.Exists(stateFile) && SavedConsents(stateFile, mailboxEmail) > 0),
                TimeSpan.FromSeconds(10), "the sandbox to save the consent");
            first.Sandbox.Faults.Transport = new TransportFaults();
        }   // stopped mid-round: the sync is cancelled after its last committed page

        Assert.True(SavedConsents(Path.Combine(dataDirectory, "sandbox-state.json"), mailboxEmail) > 0,
            "The sandbox's state file lost, on stopping, the consent the mailbox gave before.");

        await using var second = new ConfiguredOutlookApplication(dataDirectory, settings);
        await ((IAsyncLifetime)second).InitializeAsync();
        var again = second.CreateCookieClient();
        (await again.PostAsJsonAsync("/api/account/login", credentials)).EnsureSuccessStatusCode();

        try
        {
            await again.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);
        }
        catch (Xunit.Sdk.FailException)
        {
            var history = string.Join(" | ", await again.SyncHistoryAsync(connectionId));
            var connection = await again.ConnectionAsync(connectionId);
            var trail = string.Join("\n", second.Logs.Lines.Where(l => l.Contains("ApplyTrack.", StringComparison.Ordinal) && !l.Contains("EntityFrameworkCore", StringComparison.Ordinal)).TakeLast(30));
            Assert.Fail($"No successful sync after the restart. Connection: {connection}. Runs: {history}. Log:\n{trail}");
        }

        var activity = await again.ActivityAsync();
        Assert.Equal(jobSubjects.Order(), activity.Select(e => e.GetProperty("subject").GetString()!).Order());
        var runs = await again.SyncHistoryAsync(connectionId);
        Assert.Contains(runs, r => r.GetProperty("outcome").GetString() is "interrupted" or "abandoned");
        Assert.Equal("active", (await again.ConnectionAsync(connectionId)).GetProperty("status").GetString());
    }

    /// <summary>How many client consents the sandbox's state file holds for the mailbox.</summary>
    private static int SavedConsents(string stateFile, string mailboxEmail)
    {
        var state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(stateFile))!;
        var mailbox = state["mailboxes"]!.AsArray()
            .Single(m => string.Equals(m!["user"]!["email"]!.GetValue<string>(), mailboxEmail, StringComparison.OrdinalIgnoreCase));
        return mailbox!["consents"]?.AsObject().Count ?? 0;
    }

    private sealed class ConfiguredOutlookApplication(string dataDirectory, IReadOnlyDictionary<string, string?> settings) : OutlookApplication
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(settings)
        {
            ["ApplyTrack:DataDirectory"] = dataDirectory,
        };
    }
}
