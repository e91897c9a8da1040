using System.Net;
using System.Text;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Google;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ApplyTrack.Tests.Mail;

/// <summary>Demo mode with five Gmail messages per list page, so a full sync has many checkpoints.</summary>
public sealed class GmailPagingApplication : OutlookApplication
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Google:PageSize"] = "5",
    };
}

/// <summary>Gmail checkpoints and privacy: a round interrupted mid-way resumes from its page, and nothing private is kept in clear.</summary>
public sealed class GmailRecoveryTests(GmailPagingApplication app) : IClassFixture<GmailPagingApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Disconnect_mid_round_then_reconnect_resumes_from_the_checkpoint_without_duplicates()
    {
        var mailboxEmail = $"resume-{Guid.NewGuid():N}@gmail.test";
        var mailbox = app.Mailbox(mailboxEmail);
        var subjects = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var message = TestMail.Receipt($"Resume{i} Works", $"Engineer {i}", Now.AddDays(-i * 4 - 1));
            mailbox.Add(message);
            subjects.Add(message.Subject);
        }
        for (var i = 0; i < 34; i++) mailbox.Add(TestMail.NonJob(i, Now.AddHours(-i * 12 - 2)).Message);
        var client = await app.CreateSignedInClientAsync();
        var google = app.Sandbox.Services.GetRequiredService<GoogleSandbox>();
        google.Latency = TimeSpan.FromMilliseconds(150);
        Guid connectionId;
        try
        {
            connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
            await Eventually.WaitAsync(async () => await app.CursorHasNextLinkAsync(connectionId), TimeSpan.FromSeconds(20), "a mid-round checkpoint");
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);
        }
        finally
        {
            google.Latency = TimeSpan.Zero;
        }
        await Eventually.WaitAsync(async () => (await client.SyncHistoryAsync(connectionId)).All(r => r.GetProperty("outcome").GetString() != "running"),
            TimeSpan.FromSeconds(20), "the interrupted sync to stop");
        Assert.Equal("disconnected", (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString());
        Assert.True(await app.CursorHasNextLinkAsync(connectionId), "the checkpoint survives the disconnect");
        var log = app.Sandbox.Services.GetRequiredService<RequestLog>();
        var before = log.Recent(1).Single().Number;

        var reconnect = await (await client.PostAsync($"/api/connections/gmail/{connectionId}/reconnect", null)).ReadJsonAsync();
        Assert.Equal(connectionId, await app.FollowAuthorizationAsync(client, reconnect.GetProperty("authorizeUrl").GetString()!));
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var firstList = log.Recent(RequestLog.Capacity).Where(r => r.Number > before && r.Path.EndsWith("/messages", StringComparison.Ordinal)).MinBy(r => r.Number);
        Assert.NotNull(firstList);
        Assert.Contains("pageToken=", firstList.Query);
        var activity = await client.ActivityAsync();
        Assert.Equal(subjects.Order(), activity.Select(e => e.GetProperty("subject").GetString()!).Order());
    }

    [Fact]
    public async Task After_a_gmail_sync_neither_database_nor_logs_hold_non_job_content_bodies_or_tokens()
    {
        var mailboxEmail = $"private-{Guid.NewGuid():N}@gmail.test";
        var mailbox = app.Mailbox(mailboxEmail);
        var nonJobMarkers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var (message, marker) = TestMail.NonJob(i, Now.AddHours(-i - 1));
            mailbox.Add(message);
            nonJobMarkers.Add(marker);
        }
        var jobMessages = new[]
        {
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)),
            TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-2)),
        };
        foreach (var message in jobMessages) mailbox.Add(message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.Equal(2, (await client.ActivityAsync()).Count);

        var database = ReadDatabaseText();
        var logs = app.Logs.All;
        foreach (var marker in nonJobMarkers)
        {
            Assert.DoesNotContain(marker, database);
            Assert.DoesNotContain(marker, logs);
        }
        foreach (var message in jobMessages)
        {
            var bodyMarker = message.TextBody!.Split("ref ")[1].Trim();
            Assert.DoesNotContain(bodyMarker, database);
            Assert.DoesNotContain(bodyMarker, logs);
            Assert.DoesNotContain(message.Subject, database);
            Assert.DoesNotContain(message.From.Address, database);
            Assert.DoesNotContain(message.Subject, logs);
            Assert.DoesNotContain(message.From.Address, logs);
        }
        // Google access tokens start "ya29.", refresh tokens "1//0": neither in clear anywhere.
        Assert.DoesNotContain("ya29.", database);
        Assert.DoesNotContain("ya29.", logs);
        Assert.DoesNotContain("1//0", database);
        Assert.DoesNotContain("1//0", logs);
    }

    /// <summary>The SQLite file and its write-ahead log, as text: whatever a thief of the disk would see.</summary>
    private string ReadDatabaseText() => app.ReadDatabaseFilesAsText();
}
