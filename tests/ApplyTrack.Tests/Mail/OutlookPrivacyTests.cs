using System.Text;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ApplyTrack.Tests.Mail;

/// <summary>Promises 3 and 4: non-job mail leaves no trace; what is kept is encrypted; no body or token is stored or logged.</summary>
public sealed partial class OutlookPrivacyTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [System.Text.RegularExpressions.GeneratedRegex(@"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.")]
    private static partial System.Text.RegularExpressions.Regex Jwt();

    [Fact]
    public async Task After_a_sync_neither_database_nor_logs_hold_non_job_subjects_bodies_or_tokens()
    {
        var now = DateTimeOffset.UtcNow;
        var mailboxEmail = $"private-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        var nonJobMarkers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var (message, marker) = TestMail.NonJob(i, now.AddHours(-i - 1));
            mailbox.Add(message);
            nonJobMarkers.Add(marker);
        }
        var jobMessages = new[]
        {
            TestMail.Receipt("Contoso", "Product Manager", now.AddDays(-3)),
            TestMail.InterviewInvite("Fabrikam", "Data Scientist", now.AddDays(-2)),
        };
        foreach (var message in jobMessages) mailbox.Add(message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.Equal(2, (await client.ActivityAsync()).Count);

        var database = ReadDatabaseBytes();
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
            // Job subjects and senders are kept, but only encrypted.
            Assert.DoesNotContain(message.Subject, database);
            Assert.DoesNotContain(message.From.Address, database);
        }
        // No access token (a JWT: header.payload.signature) or refresh token in clear anywhere.
        Assert.DoesNotMatch(Jwt(), database);
        Assert.DoesNotMatch(Jwt(), logs);
        Assert.DoesNotContain("0.AXkA", database);
        Assert.DoesNotContain("0.AXkA", logs);
    }

    /// <summary>The SQLite file and its write-ahead log, as text: whatever a thief of the disk would see.</summary>
    private string ReadDatabaseBytes() => app.ReadDatabaseFilesAsText();
}
