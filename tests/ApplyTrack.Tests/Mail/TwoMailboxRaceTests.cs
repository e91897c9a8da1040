using ApplyTrack.MailSim.Control;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// One user, two mailboxes that receive the same recruiter emails, both synced at the same moment: each email is
/// one card and one activity entry, on SQLite and on PostgreSQL.
/// </summary>
public abstract class TwoMailboxRaceTests(OutlookApplication app)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task The_same_emails_synced_by_two_mailboxes_at_once_make_one_card_each()
    {
        var first = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        var second = $"jordan.lee-{Guid.NewGuid():N}@sandbox.test";
        var client = await app.CreateSignedInClientAsync();
        var firstId = await app.ConnectOutlookAsync(client, first);
        await client.WaitForSuccessfulSyncAsync(firstId);
        var secondId = await app.ConnectOutlookAsync(client, second);
        await client.WaitForSuccessfulSyncAsync(secondId);

        const int emails = 12;
        for (var i = 0; i < emails; i++)
        {
            var receipt = TestMail.Receipt($"Race{i:00} Industries", "Solutions Engineer", Now.AddHours(-i - 1));
            app.Mailbox(first).Add(receipt);
            app.Mailbox(second).Add(receipt);
        }
        // Slow answers keep both syncs in flight together.
        app.Sandbox.Faults.Transport = new TransportFaults { LatencyMs = 100 };
        try
        {
            var syncs = await Task.WhenAll(client.PostAsync($"/api/connections/{firstId}/sync", null), client.PostAsync($"/api/connections/{secondId}/sync", null));
            Assert.All(syncs, r => Assert.True(r.IsSuccessStatusCode, $"Sync Now answered {r.StatusCode}"));
            await client.WaitForSuccessfulSyncAsync(firstId, afterRuns: 1, timeoutSeconds: 60);
            await client.WaitForSuccessfulSyncAsync(secondId, afterRuns: 1, timeoutSeconds: 60);
            await Eventually.WaitAsync(async () => (await client.ActivityAsync()).Count >= emails, TimeSpan.FromSeconds(30), "every email processed");
        }
        finally
        {
            app.Sandbox.Faults.Transport = new TransportFaults();
        }

        var companies = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Select(a => a.GetProperty("company").GetString()).ToList();
        Assert.Equal(emails, companies.Count);
        Assert.Equal(emails, companies.Distinct().Count());
        Assert.Equal(emails, (await client.ActivityAsync()).Count);
    }
}

public sealed class SqliteTwoMailboxRaceTests(OutlookApplication app) : TwoMailboxRaceTests(app), IClassFixture<OutlookApplication>;

public sealed class PostgresTwoMailboxRaceTests(PostgresOutlookApplication app) : TwoMailboxRaceTests(app), IClassFixture<PostgresOutlookApplication>;
