using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Mail;

/// <summary>The plan gates are real: Free polls the Inbox over 30 days; Premium gets push, any folders and 90 days.</summary>
public sealed class PlanTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task Free_plan_polls_the_inbox_only_over_30_days()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await SetPlanAsync(email, Plan.Free);
        var mailbox = $"free-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailbox).Add(TestMail.Receipt("Contoso", "Analyst", DateTimeOffset.UtcNow.AddDays(-1)));

        var connectionId = await app.ConnectOutlookAsync(client, mailbox);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var connection = await client.ConnectionAsync(connectionId);
        var otherFolder = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "archive" } });
        var inboxOnly = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox" } });

        Assert.Equal(30, connection.GetProperty("historyDays").GetInt32());
        Assert.False(connection.GetProperty("pushEnabled").GetBoolean());
        await otherFolder.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, inboxOnly.StatusCode);
    }

    [Fact]
    public async Task Premium_plan_reads_90_days_and_monitors_a_chosen_folder()
    {
        var email = $"premium-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await SetPlanAsync(email, Plan.Premium);
        var mailboxEmail = $"premium-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Fabrikam", "Analyst", DateTimeOffset.UtcNow.AddDays(-60)));
        mailbox.Add(TestMail.Receipt("Northwind", "Buyer", DateTimeOffset.UtcNow.AddDays(-2)), "archive");

        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var folders = await (await client.GetAsync($"/api/connections/{connectionId}/folders")).ReadJsonAsync();
        var archive = folders.GetProperty("available").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Archive").GetProperty("id").GetString();
        var junkListed = folders.GetProperty("available").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "Junk Email");
        var runsBefore = (await client.SyncHistoryAsync(connectionId)).Count;
        var choose = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", archive } });
        var junk = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "junkemail" } });
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey("Northwind"), TimeSpan.FromSeconds(20),
            $"the archive folder to be synced (choose: {choose.StatusCode}; runs: {string.Join(" | ", await client.SyncHistoryAsync(connectionId))}; activity: {string.Join(" | ", (await client.ActivityAsync()).Select(a => a.GetProperty("subject")))})");

        Assert.Equal(90, (await client.ConnectionAsync(connectionId)).GetProperty("historyDays").GetInt32());
        Assert.True((await client.StatusesAsync()).ContainsKey("Fabrikam"), "a 60-day-old receipt is inside Premium's 90 days");
        Assert.False(junkListed);
        Assert.Equal(HttpStatusCode.NoContent, choose.StatusCode);
        await junk.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True((await client.SyncHistoryAsync(connectionId)).Count > runsBefore);
    }

    [Fact]
    public async Task The_admin_command_sets_a_users_plan()
    {
        var email = $"cli-{Guid.NewGuid():N}@example.com";
        await app.CreateSignedInClientAsync(email);
        var root = new RootCommand { UserCommands.Create() };

        var exit = await root.Parse(["users", "set-plan", "--email", email, "--plan", "premium", $"--ApplyTrack:DataDirectory={app.DataFolder}"]).InvokeAsync();

        Assert.Equal(0, exit);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        Assert.Equal(Plan.Premium, (await db.Users.AsNoTracking().SingleAsync(u => u.Email == email)).Plan);
    }

    private async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }
}
