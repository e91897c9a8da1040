using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

public sealed class OutlookPollingTests(PollingOutlookApplication app) : IClassFixture<PollingOutlookApplication>
{
    [Fact]
    public async Task Without_push_polling_picks_up_new_mail_at_the_plans_interval()
    {
        var mailboxEmail = $"poll-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Coho Winery", "Sommelier", DateTimeOffset.UtcNow.AddDays(-2), "conv-coho"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.False((await client.ConnectionAsync(connectionId)).GetProperty("pushEnabled").GetBoolean());

        mailbox.Add(TestMail.Offer("Coho Winery", "Sommelier", DateTimeOffset.UtcNow, "conv-coho"));

        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Coho Winery"] == "offer", TimeSpan.FromSeconds(15), "the poller to move Coho Winery to offer");
        var runs = await client.SyncHistoryAsync(connectionId);
        Assert.Contains(runs, r => r.GetProperty("trigger").GetString() == "poll");
        Assert.DoesNotContain(runs, r => r.GetProperty("trigger").GetString() == "push");
    }
}
