using System.Net;
using System.Net.Http.Json;
using System.Text;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Imap;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace ApplyTrack.Tests.Mail;

/// <summary>The IMAP integration end to end: the real app and MailKit over IMAP against a real Dovecot on loopback.</summary>
public sealed class ImapSyncTests(ImapApplication app, ITestOutputHelper output) : IClassFixture<ImapApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
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
            TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-100)));   // outside even Premium's 90 days
        await ImapTestServer.AppendAsync(login, Enumerable.Range(0, 8).Select(i => TestMail.NonJob(i, Now.AddDays(-i - 1)).Message).ToArray());
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var statuses = await client.StatusesAsync();
        Assert.Equal("applied", statuses["Contoso"]);
        Assert.Equal("interviewing", statuses["Fabrikam"]);
        Assert.Equal("offer", statuses["Northwind Traders"]);
        Assert.Equal("rejected", statuses["Tailspin Toys"]);
        Assert.False(statuses.ContainsKey("Litware"), "mail older than the plan's history window is not read");
        Assert.Equal(8, (await client.ActivityAsync()).Count);
        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal("imap", connection.GetProperty("provider").GetString());
        Assert.Equal($"{login}@{ImapTestServer.Host}", connection.GetProperty("accountEmail").GetString());
        Assert.Equal(4, connection.GetProperty("threadsMonitored").GetInt32());
        // The connect request, the scheduler and IDLE may each ask for a sync; whichever runs first reads all 16 messages
        // and the others find nothing new. A later one may still be running when the board is complete, and IDLE may start
        // another at any moment: judge the first history read in which every run has ended, not a second read.
        var runs = await client.WaitForEveryRunToEndAsync(connectionId);
        var run = Assert.Single(runs, r => r.GetProperty("messagesSeen").GetInt32() > 0);
        Assert.Equal(16, run.GetProperty("messagesSeen").GetInt32());
        Assert.All(runs, r => Assert.Equal("succeeded", r.GetProperty("outcome").GetString()));
    }

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
    public async Task New_mail_arrives_through_IDLE_within_seconds()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Adatum", "Platform Engineer", Now.AddDays(-3), "conv-adatum"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await app.WaitForIdleAsync(connectionId);

        var delivered = System.Diagnostics.Stopwatch.StartNew();
        await ImapTestServer.AppendAsync(login, TestMail.InterviewInvite("Adatum", "Platform Engineer", DateTimeOffset.UtcNow, "conv-adatum"));

        // Polling is hourly in this fixture: only IDLE explains a move within seconds.
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Adatum"] == "interviewing", TimeSpan.FromSeconds(10), "Adatum moved to interviewing");
        output.WriteLine($"IMAP APPEND to card moved through IDLE: {delivered.ElapsedMilliseconds} ms");
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
        // One of them cannot be read at all (FormatException): skipped and counted. The other parses as an empty non-job message.
        Assert.Equal(1, run.GetProperty("errors").GetInt32());
        Assert.Contains(app.Logs.Lines, l => l.Contains($"A message of connection {connectionId} could not be read and was skipped", StringComparison.Ordinal));
        Assert.Equal(2, (await client.ActivityAsync()).Count);
    }

    [Fact]
    public async Task A_large_job_email_is_classified_from_its_text_part_without_downloading_the_attachment()
    {
        var login = ImapTestServer.NewLogin();
        var source = TestMail.Offer("Northwind Traders", "Backend Engineer", Now.AddDays(-1));
        var offer = ImapTestServer.ToMime(source);
        var body = new MimeKit.BodyBuilder { TextBody = source.TextBody };
        body.Attachments.Add("offer-letter.pdf", new byte[3 * 1024 * 1024], new MimeKit.ContentType("application", "pdf"));
        offer.Body = body.ToMessageBody();
        await ImapTestServer.AppendMimeAsync(login, offer, Now.AddDays(-1));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        Assert.Equal("offer", (await client.StatusesAsync())["Northwind Traders"]);
        Assert.Equal(0, (await client.SyncHistoryAsync(connectionId))[0].GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task An_interrupted_round_resumes_from_its_page_checkpoint_without_duplicates()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, Enumerable.Range(0, 9).Select(i => TestMail.Receipt($"Company{i} Labs", "Analyst", Now.AddDays(-9 + i))).ToArray());
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        // The connect request, the scheduler and IDLE may each ask for a sync: let every run end before the checkpoint is
        // set, or a run still going would save its own cursor over it.
        await client.WaitForEveryRunToEndAsync(connectionId);
        var validity = await ImapTestServer.UidValidityAsync(login);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The checkpoint a round leaves when the connection drops after its second page of 3 (UIDs 1-6) was saved.
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            await db.FolderCursors.Where(c => c.ConnectionId == connectionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Checkpoint, $"{validity}:6:0"));
        }
        var runs = (await client.SyncHistoryAsync(connectionId)).Count;

        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await client.WaitForSuccessfulSyncAsync(connectionId, runs);

        // IDLE may start another run beside the one asked for.
        var history = await client.WaitForEveryRunToEndAsync(connectionId);
        var resumed = history.Take(history.Count - runs).ToList();   // newest first
        Assert.Equal(3, resumed.Sum(r => r.GetProperty("messagesSeen").GetInt32()));   // UIDs 7-9 only, each once
        Assert.Equal(9, (await client.StatusesAsync()).Count);
        Assert.Equal(9, (await client.ActivityAsync()).Count);   // nothing stored twice
    }

    [Fact]
    public async Task An_HTML_only_latin1_quoted_printable_job_email_is_classified()
    {
        var login = ImapTestServer.NewLogin();
        var message = new MimeKit.MimeMessage();
        message.From.Add(new MimeKit.MailboxAddress("Façade Café Careers", "jobs@facadecafe.example"));
        message.To.Add(new MimeKit.MailboxAddress("Jordan Lee", "jordan@example.com"));
        message.Subject = "We've received your application – Barista Team Lead";
        message.Date = Now.AddDays(-1);
        var html = new MimeKit.TextPart("html")
        {
            Text = "<html><body><p>Hi Jordan,</p><p>Thank you for applying for the <b>Barista Team Lead</b> position at Façade Café. " +
                   "We have received your application and our recruiting team will review it carefully. We will be in touch about next steps.</p>" +
                   "<p>Best regards,<br>The Façade Café Talent Acquisition Team</p></body></html>",
        };
        html.SetText("iso-8859-1", html.Text);
        html.ContentTransferEncoding = MimeKit.ContentEncoding.QuotedPrintable;
        message.Body = html;
        await ImapTestServer.AppendMimeAsync(login, message, Now.AddDays(-1));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var application = Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("applied", application.GetProperty("status").GetString());
        Assert.Contains("Caf", application.GetProperty("company").GetString());
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
    public async Task An_OAuth2_access_token_logs_in_through_SASL_XOAUTH2()
    {
        // Dovecot checks the bearer token like a password here; Gmail and Microsoft 365 check it against their identity platform.
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();
        var body = new { host = ImapTestServer.Host, port = ImapTestServer.Port, security = "none", username = login, xoauth2Token = ImapTestServer.Password };

        var refused = await client.PostAsJsonAsync("/api/connections/imap", body with { xoauth2Token = "expired-token" });
        var accepted = await client.PostAsJsonAsync("/api/connections/imap", body);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("OAuth 2.0 access token", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var connectionId = (await accepted.ReadJsonAsync()).GetProperty("id").GetGuid();
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.Equal("applied", (await client.StatusesAsync())["Contoso"]);
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
    public async Task A_password_is_never_sent_unencrypted_to_another_machine()
    {
        var client = await app.CreateSignedInClientAsync();

        var response = await client.PostAsJsonAsync("/api/connections/imap", new { host = "imap.example.com", port = 143, security = "none", username = "jordan", password = "secret" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("clear text", problem.GetProperty("errors").GetProperty("security")[0].GetString());
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
        await owner.WaitForSuccessfulSyncAsync(connectionId);
        var stranger = await app.CreateSignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/connections/{connectionId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/connections/{connectionId}/sync", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/settings/integrations/imap?reconnect={connectionId}")).StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("active", (await owner.ConnectionAsync(connectionId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Free_plan_reads_30_days_of_the_inbox_and_is_polled_not_pushed()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login,
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-20)),
            TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-45)));
        await ImapTestServer.AppendToFolderAsync(login, "Archive", TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-2)));
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await SetPlanAsync(email, Plan.Free);
        var connectionId = await ConnectAsync(client, login);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A setting left over from a Premium past.
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            await db.MailboxConnections.Where(c => c.Id == connectionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Folders, "inbox,Archive"));
        }

        await client.WaitForSuccessfulSyncAsync(connectionId);
        await Task.Delay(TimeSpan.FromSeconds(3));   // the IDLE watcher re-reads connections every second

        var statuses = await client.StatusesAsync();
        Assert.Equal(["Contoso"], statuses.Keys);
        Assert.Equal(30, (await client.ConnectionAsync(connectionId)).GetProperty("historyDays").GetInt32());
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains($"Watching the inbox of connection {connectionId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disconnect_ends_the_IDLE_session_and_keeps_the_history()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Adatum", "Platform Engineer", Now.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await app.WaitForIdleAsync(connectionId);
        var idle = app.Services.GetRequiredService<ImapIdleService>();
        Assert.True(idle.IsIdling(connectionId));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);

        await Eventually.WaitAsync(() => Task.FromResult(!idle.IsIdling(connectionId)), TimeSpan.FromSeconds(10), "the IDLE session to end");
        var runs = (await client.SyncHistoryAsync(connectionId)).Count;
        await ImapTestServer.AppendAsync(login, TestMail.InterviewInvite("Adatum", "Platform Engineer", DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(runs, (await client.SyncHistoryAsync(connectionId)).Count);
        Assert.Equal("applied", (await client.StatusesAsync())["Adatum"]);
        Assert.Equal("disconnected", (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IDLE_reconnects_after_the_server_drops_the_session()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Proseware", "QA Engineer", Now.AddDays(-3), "conv-proseware"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await app.WaitForIdleAsync(connectionId);

        await ImapTestServer.KickAsync(login);
        await app.WaitForIdleAsync(connectionId, times: 2);
        await ImapTestServer.AppendAsync(login, TestMail.Rejection("Proseware", "QA Engineer", DateTimeOffset.UtcNow, "conv-proseware"));

        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Proseware"] == "rejected", TimeSpan.FromSeconds(10), "Proseware rejected");
        Assert.Contains(app.Logs.Lines, l => l.Contains($"IMAP IDLE session of connection {connectionId} dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sync_with_nothing_new_reads_nothing()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)), TestMail.NonJob(2, Now.AddDays(-2)).Message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var runs = (await client.SyncHistoryAsync(connectionId)).Count;

        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await client.WaitForSuccessfulSyncAsync(connectionId, runs);

        var latest = (await client.SyncHistoryAsync(connectionId))[0];
        Assert.Equal("manual", latest.GetProperty("trigger").GetString());
        Assert.Equal(0, latest.GetProperty("messagesSeen").GetInt32());
        Assert.Single(await client.ActivityAsync());
    }

    [Fact]
    public async Task Junk_is_never_read_even_when_configured_but_other_folders_are()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)));
        // "Quarantine" is the server's junk folder: only its SPECIAL-USE flag (\Junk) says so.
        await ImapTestServer.AppendToFolderAsync(login, "Quarantine", TestMail.Offer("Spammy Corp", "Millionaire", Now.AddDays(-2)));
        await ImapTestServer.AppendToFolderAsync(login, "Archive", TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-2)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var folders = (await (await client.GetAsync($"/api/connections/{connectionId}/folders")).ReadJsonAsync()).GetProperty("available")
            .EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(["inbox", "Archive"], folders);
        var runs = (await client.SyncHistoryAsync(connectionId)).Count;

        // The API only accepts folders the mailbox lists; an old setting may still name others: the junk folder is
        // still never read, and a folder that is gone is skipped.
        var put = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "Quarantine", "Archive", "Missing" } });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().MailboxConnections.Where(c => c.Id == connectionId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Folders, "inbox,Quarantine,Archive,Missing"));
        }
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await client.WaitForSuccessfulSyncAsync(connectionId, runs);

        var statuses = await client.StatusesAsync();
        Assert.Equal("applied", statuses["Contoso"]);
        Assert.Equal("applied", statuses["Fabrikam"]);
        Assert.False(statuses.ContainsKey("Spammy Corp"), "the junk folder is never read");
    }

    [Fact]
    public async Task Nested_folders_are_listed_as_a_tree_without_containers_or_junk_and_a_chosen_subfolder_is_synced()
    {
        var login = ImapTestServer.NewLogin();
        await ImapTestServer.AppendAsync(login, TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3)));
        await ImapTestServer.AppendToFolderAsync(login, "Quarantine", TestMail.Offer("Spammy Corp", "Millionaire", Now.AddDays(-2)));
        // Jobs > Recruiters > Agencies, created with CREATE; "Quarantine" (\Junk) gets a child that must stay hidden too;
        // "Projects.Hiring" exists on disk without "Projects", which Dovecot lists as \Noselect (or \NonExistent).
        await ImapTestServer.AppendToPathAsync(login, ["Jobs", "Recruiters", "Agencies"], TestMail.Receipt("Wingtip Toys", "Buyer", Now.AddDays(-2)));
        await ImapTestServer.AppendToPathAsync(login, ["Quarantine", "Old"], TestMail.Offer("Spammy Corp Two", "Millionaire", Now.AddDays(-2)));
        await ImapTestServer.CreateMaildirFolderAsync(login, "Projects.Hiring");
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var available = (await (await client.GetAsync($"/api/connections/{connectionId}/folders")).ReadJsonAsync()).GetProperty("available")
            .EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        output.WriteLine(string.Join(" | ", available.Values));
        Assert.Equal(["Jobs", "Jobs.Recruiters", "Jobs.Recruiters.Agencies", "Projects", "Projects.Hiring", "inbox"], available.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Agencies", available["Jobs.Recruiters.Agencies"].GetProperty("name").GetString());
        Assert.Equal("Jobs.Recruiters", available["Jobs.Recruiters.Agencies"].GetProperty("parentId").GetString());
        Assert.Equal("Jobs", available["Jobs.Recruiters"].GetProperty("parentId").GetString());
        Assert.False(available["Projects"].GetProperty("selectable").GetBoolean(), "a \\Noselect folder holds no mail");
        Assert.Equal("Projects", available["Projects.Hiring"].GetProperty("parentId").GetString());
        Assert.True(available["Projects.Hiring"].GetProperty("selectable").GetBoolean());

        var container = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "Projects" } });
        Assert.Equal(HttpStatusCode.BadRequest, container.StatusCode);
        Assert.Contains("only holds other folders", await container.Content.ReadAsStringAsync());
        var junkChild = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "Quarantine.Old" } });
        Assert.Equal(HttpStatusCode.BadRequest, junkChild.StatusCode);

        var runs = (await client.SyncHistoryAsync(connectionId)).Count;
        var choose = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", "Jobs.Recruiters.Agencies" } });
        Assert.Equal(HttpStatusCode.NoContent, choose.StatusCode);
        await client.WaitForSuccessfulSyncAsync(connectionId, runs);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey("Wingtip Toys"), TimeSpan.FromSeconds(30), "the chosen subfolder to be synced");
        Assert.False((await client.StatusesAsync()).ContainsKey("Spammy Corp Two"));
    }

    [Fact]
    public async Task A_password_the_server_no_longer_accepts_turns_the_connection_into_authentication_required()
    {
        var login = ImapTestServer.NewLogin();
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // The user revoked the app password at the provider.
            var cipher = scope.ServiceProvider.GetRequiredService<MetadataCipher>();
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            var connection = await db.MailboxConnections.SingleAsync(c => c.Id == connectionId);
            connection.Credentials = (ImapAccount.Decrypt(cipher, connection.Credentials!) with { Password = "revoked-app-password" }).Encrypt(cipher);
            await db.SaveChangesAsync();
        }

        await client.PostAsync($"/api/connections/{connectionId}/sync", null);

        await Eventually.WaitAsync(async () => (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString() == "authenticationRequired",
            TimeSpan.FromSeconds(15), "Authentication Required");
        Assert.Contains("refused the password", (await client.ConnectionAsync(connectionId)).GetProperty("statusDetail").GetString());
    }

    [Fact]
    public async Task The_connect_page_offers_presets_and_prefills_a_reconnect_without_the_password()
    {
        var client = await app.CreateSignedInClientAsync();
        var login = ImapTestServer.NewLogin();
        var connectionId = await ConnectAsync(client, login);

        var preset = await client.GetStringAsync("/settings/integrations/imap?preset=icloud");
        var reconnect = await client.GetStringAsync($"/settings/integrations/imap?reconnect={connectionId}");

        Assert.Contains("value=\"imap.mail.me.com\"", preset);
        Assert.Contains("App-Specific Passwords", preset);
        foreach (var provider in new[] { "Fastmail", "Yahoo Mail", "iCloud Mail", "Gmail", "Outlook.com" })
        {
            Assert.Contains(provider, preset);
        }
        Assert.Contains($"value=\"{login}\"", reconnect);
        Assert.Contains($"value=\"{ImapTestServer.Host}\"", reconnect);
        Assert.DoesNotContain(ImapTestServer.Password, reconnect);
    }

    [Fact]
    public async Task Non_job_mail_leaves_no_trace_and_job_metadata_is_encrypted()
    {
        var login = ImapTestServer.NewLogin();
        var markers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var (message, marker) = TestMail.NonJob(i, Now.AddHours(-i - 1));
            await ImapTestServer.AppendAsync(login, message);
            markers.Add(marker);
        }
        var job = TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-2));
        await ImapTestServer.AppendAsync(login, job);
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        Assert.Single(await client.ActivityAsync());
        var database = ReadDatabase();
        var logs = app.Logs.All;
        foreach (var marker in markers.Append(job.TextBody!.Split("ref ")[1].Trim()))
        {
            Assert.DoesNotContain(marker, database);
            Assert.DoesNotContain(marker, logs);
        }
        Assert.DoesNotContain(job.Subject, database);
        Assert.DoesNotContain(job.From.Address, database);
        Assert.DoesNotContain(ImapTestServer.Password, database);
        Assert.DoesNotContain(ImapTestServer.Password, logs);
    }

    [Fact]
    public async Task The_same_email_in_Outlook_and_in_an_IMAP_mailbox_is_one_email_on_one_application()
    {
        var outlookMailbox = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        var login = ImapTestServer.NewLogin();
        var receipt = TestMail.Receipt("Woodgrove Bank", "Risk Analyst", Now.AddDays(-4)) with { InternetMessageId = $"<{Guid.NewGuid():N}@woodgrovebank.example>" };
        var invite = TestMail.InterviewInvite("Woodgrove Bank", "Risk Analyst", Now.AddDays(-1)) with { InternetMessageId = $"<{Guid.NewGuid():N}@woodgrovebank.example>" };
        app.Mailbox(outlookMailbox).Add(receipt);
        app.Mailbox(outlookMailbox).Add(invite);
        await ImapTestServer.AppendAsync(login, receipt, invite);   // e.g. forwarded to the other mailbox by a rule
        var client = await app.CreateSignedInClientAsync();

        var outlookId = await app.ConnectOutlookAsync(client, outlookMailbox);
        await client.WaitForSuccessfulSyncAsync(outlookId);
        var imapId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(imapId);

        var applications = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().ToList();
        var application = Assert.Single(applications);
        Assert.Equal("interviewing", application.GetProperty("status").GetString());
        Assert.Equal(2, (await client.ActivityAsync()).Count);
        Assert.Equal(2, (await client.SyncHistoryAsync(imapId))[0].GetProperty("messagesSeen").GetInt32());
    }

    [Fact]
    public async Task One_user_with_Outlook_Gmail_and_IMAP_sees_a_cross_posted_email_once()
    {
        var outlookMailbox = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        var gmailMailbox = $"jordan.lee-{Guid.NewGuid():N}@gmail.test";
        var login = ImapTestServer.NewLogin();
        var offer = TestMail.Offer("Litware", "Staff Engineer", Now.AddDays(-1)) with { InternetMessageId = $"<{Guid.NewGuid():N}@litware.example>" };
        app.Mailbox(outlookMailbox).Add(offer);
        app.Mailbox(gmailMailbox).Add(offer);
        await ImapTestServer.AppendAsync(login, offer);
        var client = await app.CreateSignedInClientAsync();

        var outlookId = await app.ConnectOutlookAsync(client, outlookMailbox);
        await client.WaitForSuccessfulSyncAsync(outlookId);
        var gmailId = await app.ConnectGmailAsync(client, gmailMailbox);
        await client.WaitForSuccessfulSyncAsync(gmailId);
        var imapId = await ConnectAsync(client, login);
        await client.WaitForSuccessfulSyncAsync(imapId);

        var connections = await (await client.GetAsync("/api/connections")).ReadJsonAsync();
        Assert.Equal(["gmail", "imap", "outlook"], connections.EnumerateArray().Select(c => c.GetProperty("provider").GetString()).Order());
        var application = Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("offer", application.GetProperty("status").GetString());
        Assert.Single(await client.ActivityAsync());
    }

    [Fact]
    public async Task The_connect_form_reports_a_refused_login_and_connects_with_the_right_one()
    {
        var login = ImapTestServer.NewLogin();
        var client = await app.CreateSignedInClientAsync();

        var refused = await PostFormAsync(client, login, "wrong-password");
        var connected = await PostFormAsync(client, login, ImapTestServer.Password);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The IMAP server refused the login", page);
        Assert.DoesNotContain("wrong-password", page);
        Assert.Equal(HttpStatusCode.Redirect, connected.StatusCode);
        var id = Guid.Parse(connected.Headers.Location!.ToString()["/settings/integrations?connected=".Length..]);
        await client.WaitForSuccessfulSyncAsync(id);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string login, string password)
    {
        var form = await client.GetStringAsync("/settings/integrations/imap");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/settings/integrations/imap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Host"] = ImapTestServer.Host,
            ["Port"] = ImapTestServer.Port.ToString(),
            ["Security"] = "none",
            ["Username"] = login,
            ["Password"] = password,
        }));
    }

    private string ReadDatabase() => app.ReadDatabaseFilesAsText();

    private static async Task<Guid> ConnectAsync(HttpClient client, string login)
    {
        var response = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Connect IMAP answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }

    private async Task<string> CheckpointAsync(Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        return await db.FolderCursors.AsNoTracking().Where(c => c.ConnectionId == connectionId).Select(c => c.Checkpoint!).SingleAsync();
    }
}
