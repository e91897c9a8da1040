using System.Net;
using System.Net.Http.Json;
using System.Text;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Imap;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Mail;

/// <summary>The IMAP integration end to end: the real app and MailKit over IMAP against a real Dovecot on loopback.</summary>
public sealed class ImapSyncTests(ImapApplication app) : IClassFixture<ImapApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Initial_sync_fills_the_board_with_the_right_statuses()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login,
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-20)),
            TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-19), "conv-fabrikam"),
            TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-12), "conv-fabrikam"),
            TestMail.Receipt("Northwind Traders", "Backend Engineer", Now.AddDays(-18), "conv-northwind"),
            TestMail.InterviewInvite("Northwind Traders", "Backend Engineer", Now.AddDays(-10), "conv-northwind"),
            TestMail.Offer("Northwind Traders", "Backend Engineer", Now.AddDays(-2), "conv-northwind"),
            TestMail.Receipt("Tailspin Toys", "UX Researcher", Now.AddDays(-15), "conv-tailspin"),
            TestMail.Rejection("Tailspin Toys", "UX Researcher", Now.AddDays(-5), "conv-tailspin"),
            TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-45)));   // outside the 30-day window
        await ImapTestServer.AppendAsync(login, Enumerable.Range(0, 8).Select(i => TestMail.NonJob(i, Now.AddDays(-i - 1)).Message).ToArray());
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var statuses = await client.StatusesAsync();
        Assert.Equal("applied", statuses["Contoso"]);
        Assert.Equal("interviewing", statuses["Fabrikam"]);
        Assert.Equal("offer", statuses["Northwind Traders"]);
        Assert.Equal("rejected", statuses["Tailspin Toys"]);
        Assert.False(statuses.ContainsKey("Litware"), "mail older than the plan's 30 days is not read");
        Assert.Equal(8, (await client.ActivityAsync()).Count);
        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal("imap", connection.GetProperty("provider").GetString());
        Assert.Equal($"{login}@{ImapTestServer.Host}", connection.GetProperty("accountEmail").GetString());
        Assert.Equal(4, connection.GetProperty("threadsMonitored").GetInt32());
        var run = Assert.Single(await client.SyncHistoryAsync(connectionId));
        Assert.Equal(16, run.GetProperty("messagesSeen").GetInt32());
    }

    [Fact]
    public async Task New_mail_arrives_through_IDLE_within_seconds()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Adatum", "Platform Engineer", Now.AddDays(-3), "conv-adatum"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await app.WaitForIdleAsync(connectionId);

        await ImapTestServer.AppendAsync(login, TestMail.InterviewInvite("Adatum", "Platform Engineer", DateTimeOffset.UtcNow, "conv-adatum"));

        // Polling is hourly in this fixture: only IDLE explains a move within seconds.
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Adatum"] == "interviewing", TimeSpan.FromSeconds(10), "Adatum moved to interviewing");
        var runs = await client.SyncHistoryAsync(connectionId);
        Assert.Contains(runs, r => r.GetProperty("trigger").GetString() == "push");
        Assert.Equal(2, (await client.ActivityAsync()).Count);
    }

    [Fact]
    public async Task A_UIDVALIDITY_change_reads_the_window_again_without_duplicates()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login,
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-6)),
            TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-5), "conv-fabrikam"),
            TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-4), "conv-fabrikam"),
            TestMail.NonJob(1, Now.AddDays(-3)).Message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var before = await client.StatusesAsync();
        var oldValidity = await ImapTestServer.UidValidityAsync(login);

        await ImapTestServer.ChangeUidValidityAsync(login, oldValidity + 1000);
        await ImapTestServer.AppendAsync(login, TestMail.Offer("Fabrikam", "Data Scientist", Now.AddHours(-1), "conv-fabrikam"));
        var runsBefore = (await client.SyncHistoryAsync(connectionId)).Count;
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);

        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Fabrikam"] == "offer", TimeSpan.FromSeconds(15), "the offer after the resync");
        await client.WaitForSuccessfulSyncAsync(connectionId, runsBefore);
        Assert.Equal(before.Keys.Order(), (await client.StatusesAsync()).Keys.Order());
        var activity = await client.ActivityAsync();
        Assert.Equal(4, activity.Count);   // 3 before the change + the offer, none twice
        Assert.Equal($"{oldValidity + 1000}:", (await CheckpointAsync(connectionId))[..$"{oldValidity + 1000}:".Length]);
    }

    [Fact]
    public async Task A_malformed_message_is_skipped_without_stopping_the_sync()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)));
        var garbage = Encoding.Latin1.GetBytes(
            "From: =?x-unknown?Q?=FF=FE?= <<<@@>>\r\nSubject: =?utf-8?B?////?=\r\nMessage-ID: <<broken\r\n" +
            "Content-Type: multipart/mixed; boundary=\"never-closed\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            "--never-closed\r\nContent-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            "!!!!not base64\u0000\u0001\u00ff\r\n--never-clo");
        await ImapTestServer.DeliverRawAsync(login, garbage, Now.AddDays(-2));
        await ImapTestServer.DeliverRawAsync(login, [0, 1, 2, 0xff, 0xfe, 13, 10, 13, 10, 0], Now.AddDays(-2));
        await ImapTestServer.AppendAsync(login, TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-1)));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var statuses = await client.StatusesAsync();
        Assert.Equal("applied", statuses["Contoso"]);
        Assert.Equal("interviewing", statuses["Fabrikam"]);
        var run = Assert.Single(await client.SyncHistoryAsync(connectionId));
        Assert.StartsWith("succeeded", run.GetProperty("outcome").GetString());
        Assert.Equal(4, run.GetProperty("messagesSeen").GetInt32());
        Assert.Equal(2, (await client.ActivityAsync()).Count);
    }

    [Fact]
    public async Task A_wrong_password_is_a_422_problem_and_saves_nothing()
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(ImapTestServer.NewLogin(), password: "not-the-password"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("app password", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("not-the-password", await response.Content.ReadAsStringAsync());
        Assert.Empty((await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
        Assert.DoesNotContain("not-the-password", app.Logs.All);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_422_problem()
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(ImapTestServer.NewLogin(), port: OutlookApplication.FreePort()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The IMAP server could not be reached", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Invalid_settings_are_a_validation_problem_with_field_errors()
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", new { host = "not a host!", port = 70000, security = "tls-maybe", username = "", password = "" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "host", "port", "security", "username", "password" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"an error for {field}");
        }
    }

    [Fact]
    public async Task Implicit_TLS_with_a_pinned_self_signed_certificate_connects_and_syncs()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login, security: "ssl", port: ImapTestServer.TlsPort));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var connectionId = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        await client.WaitForSuccessfulSyncAsync(connectionId);

        Assert.Equal("applied", (await client.StatusesAsync())["Contoso"]);
    }

    [Fact]
    public async Task Credentials_are_stored_encrypted_and_a_reconnect_updates_the_same_connection()
    {
        var login = ImapTestServer.NewLogin();
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var again = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login, security: "starttls"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(connectionId, (await again.ReadJsonAsync()).GetProperty("id").GetGuid());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var stored = await db.MailboxConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId);
        Assert.Equal(MailProvider.Imap, stored.Provider);
        Assert.Equal($"{login}@{ImapTestServer.Host}", stored.AccountId);
        var raw = Encoding.Latin1.GetString(stored.Credentials!);
        Assert.DoesNotContain(ImapTestServer.Password, raw);
        Assert.DoesNotContain(login, raw);
        var account = ImapAccount.Decrypt(scope.ServiceProvider.GetRequiredService<MetadataCipher>(), stored.Credentials!);
        Assert.Equal(("starttls", ImapTestServer.Password), (account.Security, account.Password));
        Assert.DoesNotContain(ImapTestServer.Password, account.ToString());
    }

    [Fact]
    public async Task One_users_IMAP_connection_is_404_for_another_user()
    {
        var owner = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(owner, ImapTestServer.NewLogin());
        var stranger = await app.CreateSignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/connections/{connectionId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/connections/{connectionId}/sync", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/settings/integrations/imap?reconnect={connectionId}")).StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("active", (await owner.ConnectionAsync(connectionId)).GetProperty("status").GetString());
    }

    private static async Task<Guid> ConnectAsync(HttpClient client, string login)
    {
        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Connect IMAP answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<string> CheckpointAsync(Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        return await db.FolderCursors.AsNoTracking().Where(c => c.ConnectionId == connectionId).Select(c => c.DeltaLink!).SingleAsync();
    }
}
