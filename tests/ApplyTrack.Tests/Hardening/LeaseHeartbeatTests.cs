using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.MailSim.Control;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Hardening;

/// <summary>Demo mode with a 3-second lease: short enough that one slow page outlasts it.</summary>
public sealed class ShortLeaseApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Sync:LeaseDuration"] = "00:00:03",
    };
}

/// <summary>A running sync keeps its lease alive by heartbeats, so a short lease (fast crash recovery) never lapses mid-sync.</summary>
public sealed class LeaseHeartbeatTests(ShortLeaseApplication app) : IClassFixture<ShortLeaseApplication>
{
    [Fact]
    public async Task A_sync_slower_than_its_lease_never_lets_the_lease_lapse()
    {
        var mailboxEmail = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Slowpoke", "Analyst", DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 120);
        // Every Graph answer now takes longer than the whole lease.
        app.Sandbox.Faults.Transport = new TransportFaults { LatencyMs = 4_000 };
        var lapses = new List<string>();
        try
        {
            await client.PostAsync($"/api/connections/{connectionId}/sync", null);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var sawSyncing = false;
            while (watch.Elapsed < TimeSpan.FromSeconds(12))
            {
                await using var scope = app.Services.CreateAsyncScope();
                var lease = await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().MailboxConnections.AsNoTracking()
                    .Where(c => c.Id == connectionId).Select(c => new { c.Status, c.LeaseUntil }).SingleAsync();
                if (lease.Status == ConnectionStatus.Syncing)
                {
                    sawSyncing = true;
                    if (lease.LeaseUntil < DateTimeOffset.UtcNow)
                    {
                        lapses.Add($"{watch.Elapsed.TotalSeconds:0.0} s: lease ended {lease.LeaseUntil:HH:mm:ss.fff}");
                    }
                }
                await Task.Delay(250);
            }
            Assert.True(sawSyncing, "the sync was running while the lease was watched");
        }
        finally
        {
            app.Sandbox.Faults.Transport = new TransportFaults();
        }

        Assert.Empty(lapses);
    }
}
