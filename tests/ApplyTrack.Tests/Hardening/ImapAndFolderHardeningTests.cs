using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Hardening;

/// <summary>Connect IMAP is not a port scanner of the server's own network.</summary>
public sealed class ImapConnectHardeningTests(HardenedApplication app) : IClassFixture<HardenedApplication>
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("192.168.1.10")]
    public async Task Private_and_loopback_targets_are_refused_without_connecting(string host)
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", new { host, port = 22, security = "ssl", username = "someone", password = "secret" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("This server is not allowed", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Connect_attempts_are_rate_limited_per_user()
    {
        var client = await app.CreateSignedInClientAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/connections/imap", new { host = "127.0.0.1", port = 143 + i, security = "ssl", username = "someone", password = "secret" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests], statuses);
    }
}

/// <summary>Where private networks are allowed (demo mode, tests), an IPv6 literal is an ordinary unreachable server.</summary>
public sealed class ImapLoopbackTests(SqliteApplication app) : IClassFixture<SqliteApplication>
{
    [Fact]
    public async Task An_IPv6_literal_with_nothing_listening_is_the_generic_unreachable_answer()
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", new { host = "[::1]", port = OutlookApplication.FreePort(), security = "ssl", username = "someone", password = "secret" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The IMAP server could not be reached", problem.GetProperty("title").GetString());
    }
}

/// <summary>The folders API checks folder ids against the mailbox; a failing sync shows on the connection.</summary>
public sealed class FolderHardeningTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task A_folder_id_the_mailbox_does_not_have_is_a_validation_problem()
    {
        var (client, connectionId) = await PremiumConnectionAsync();

        var response = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "no-such-folder" } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no-such-folder", problem.GetProperty("errors").GetProperty("folders")[0].GetString());
        Assert.Equal("active", (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_failing_sync_shows_as_sync_failing_with_its_error()
    {
        var (client, connectionId) = await PremiumConnectionAsync();
        // A folder that disappeared from the mailbox after it was chosen.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().MailboxConnections
                .Where(c => c.Id == connectionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Folders, "inbox,deleted-folder-id"));
        }

        await client.PostAsync($"/api/connections/{connectionId}/sync", null);

        await Eventually.WaitAsync(async () => (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString() == "syncFailing",
            TimeSpan.FromSeconds(20), "the connection to show a failing sync");
        var connection = await client.ConnectionAsync(connectionId);
        Assert.StartsWith("Sync failing", connection.GetProperty("statusDetail").GetString());
        var page = await (await client.GetAsync("/settings/integrations")).Content.ReadAsStringAsync();
        Assert.Contains("Sync failing", page);
    }

    private async Task<(HttpClient Client, Guid ConnectionId)> PremiumConnectionAsync()
    {
        var email = $"premium-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, Plan.Premium, CancellationToken.None);
        }
        var connectionId = await app.ConnectOutlookAsync(client, $"jordan-{Guid.NewGuid():N}@sandbox.test");
        await client.WaitForSuccessfulSyncAsync(connectionId);
        return (client, connectionId);
    }
}
