using System.Net;
using System.Net.Http.Json;
using ApplyTrack.MailSim.Control;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

/// <summary>The Outlook integration end to end: the real app, MSAL and the Graph SDK over HTTP against the sandbox.</summary>
public sealed class OutlookSyncTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static string NewMailbox() => $"jordan-{Guid.NewGuid():N}@sandbox.test";

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
    public async Task Initial_sync_fills_the_board_with_the_right_statuses()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-20)));
        mailbox.Add(TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-19), "conv-fabrikam"));
        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-12), "conv-fabrikam"));
        mailbox.Add(TestMail.Receipt("Northwind Traders", "Backend Engineer", Now.AddDays(-18), "conv-northwind"));
        mailbox.Add(TestMail.InterviewInvite("Northwind Traders", "Backend Engineer", Now.AddDays(-10), "conv-northwind"));
        mailbox.Add(TestMail.Offer("Northwind Traders", "Backend Engineer", Now.AddDays(-2), "conv-northwind"));
        mailbox.Add(TestMail.Receipt("Tailspin Toys", "UX Researcher", Now.AddDays(-15), "conv-tailspin"));
        mailbox.Add(TestMail.Rejection("Tailspin Toys", "UX Researcher", Now.AddDays(-5), "conv-tailspin"));
        mailbox.Add(TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-120)));   // outside even Premium's 90 days
        for (var i = 0; i < 8; i++) mailbox.Add(TestMail.NonJob(i, Now.AddDays(-i - 1)).Message);
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var statuses = await client.StatusesAsync();
        Assert.Equal("applied", statuses["Contoso"]);
        Assert.Equal("interviewing", statuses["Fabrikam"]);
        Assert.Equal("offer", statuses["Northwind Traders"]);
        Assert.Equal("rejected", statuses["Tailspin Toys"]);
        Assert.False(statuses.ContainsKey("Litware"), "mail older than the plan's history window is not read");
        Assert.Equal(8, (await client.ActivityAsync()).Count);
        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal(4, connection.GetProperty("threadsMonitored").GetInt32());
    }

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
    public async Task Injected_email_moves_the_card_through_push_within_seconds()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Adatum", "Platform Engineer", Now.AddDays(-3), "conv-adatum"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.True((await client.ConnectionAsync(connectionId)).GetProperty("pushEnabled").GetBoolean());

        mailbox.Add(TestMail.InterviewInvite("Adatum", "Platform Engineer", DateTimeOffset.UtcNow, "conv-adatum"));

        // Polling is hourly in this fixture: only a change notification explains a move within seconds.
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Adatum"] == "interviewing", TimeSpan.FromSeconds(10), "Adatum moved to interviewing");
        var runs = await client.SyncHistoryAsync(connectionId);
        Assert.Contains(runs, r => r.GetProperty("trigger").GetString() == "push");
    }

    [Fact]
    public async Task Throttling_and_server_errors_lose_nothing_and_duplicate_nothing()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        var jobSubjects = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var message = TestMail.Receipt($"Company{i:00} Labs", "Analyst", Now.AddDays(-i - 1));
            mailbox.Add(message);
            jobSubjects.Add(message.Subject);
        }
        for (var i = 0; i < 30; i++) mailbox.Add(TestMail.NonJob(i, Now.AddHours(-i - 1)).Message);
        var client = await app.CreateSignedInClientAsync();
        app.Sandbox.Faults.Transport = new TransportFaults { ThrottleProbability = 0.1, ServerErrorProbability = 0.1, RetryAfterSeconds = 1 };
        try
        {
            var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
            await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);
        }
        finally
        {
            app.Sandbox.Faults.Transport = new TransportFaults();
        }

        var activity = await client.ActivityAsync();
        Assert.Equal(jobSubjects.Order(), activity.Select(e => e.GetProperty("subject").GetString()!).Order());
        Assert.Equal(12, (await client.StatusesAsync()).Count);
    }

    [Fact]
    public async Task Revoked_refresh_token_asks_to_reconnect_and_reconnect_resumes_without_duplicates()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Proseware", "Growth PM", Now.AddDays(-4), "conv-proseware"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        // The user's sessions are revoked and the cached access token has expired.
        mailbox.RevokeSignInSessions();
        app.Sandbox.Clock.Advance(TimeSpan.FromHours(2));
        mailbox.Add(TestMail.InterviewInvite("Proseware", "Growth PM", app.Sandbox.Clock.GetUtcNow(), "conv-proseware"));
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await Eventually.WaitAsync(async () => (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString() == "authenticationRequired",
            TimeSpan.FromSeconds(20), "the connection to need re-authentication");
        var syncWhileBroken = await client.PostAsync($"/api/connections/{connectionId}/sync", null);

        var reconnect = await (await client.PostAsync($"/api/connections/{connectionId}/reconnect", null)).ReadJsonAsync();
        var reconnectedId = await app.FollowAuthorizationAsync(client, reconnect.GetProperty("authorizeUrl").GetString()!);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Proseware"] == "interviewing", TimeSpan.FromSeconds(20), "the sync to resume");

        Assert.Equal(HttpStatusCode.Conflict, syncWhileBroken.StatusCode);
        Assert.Equal(connectionId, reconnectedId);
        Assert.Equal(2, (await client.ActivityAsync()).Count);
        Assert.Single(await (await client.GetAsync("/api/connections")).ReadJsonAsync() is var all ? all.EnumerateArray() : default);
    }

    [Fact]
    public async Task Expired_delta_token_mid_round_starts_over_without_duplicates()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        for (var i = 0; i < 6; i++) mailbox.Add(TestMail.Receipt($"Delta{i} Systems", $"Engineer {i}", Now.AddDays(-i - 1)));
        for (var i = 0; i < 40; i++) mailbox.Add(TestMail.NonJob(i, Now.AddHours(-i - 1)).Message);
        var client = await app.CreateSignedInClientAsync();
        app.Sandbox.Faults.Transport = new TransportFaults { LatencyMs = 150 };
        try
        {
            var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
            // As soon as the first page is checkpointed, every delta token the sandbox issued becomes invalid.
            await Eventually.WaitAsync(async () => await app.CursorHasNextLinkAsync(connectionId), TimeSpan.FromSeconds(20), "a mid-round checkpoint");
            app.Sandbox.Faults.InvalidateDeltaTokens(mailbox.Id);
            await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 60);
        }
        finally
        {
            app.Sandbox.Faults.Transport = new TransportFaults();
        }

        var activity = await client.ActivityAsync();
        var runs = string.Join("; ", (await client.SyncHistoryAsync(await app.ConnectionIdOfAsync(client))).Select(r => r.ToString()));
        Assert.True(activity.Count == 6, $"{activity.Count} events; runs: {runs}");
        Assert.Equal(6, activity.Select(e => e.GetProperty("subject").GetString()).Distinct().Count());
        Assert.Contains(app.Logs.Lines, line => line.Contains("expired; starting a fresh round", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disconnect_keeps_applications_and_history_and_stops_syncing()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Wide World Importers", "Buyer", Now.AddDays(-2)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var disconnect = await client.DeleteAsync($"/api/connections/{connectionId}");
        mailbox.Add(TestMail.InterviewInvite("Wide World Importers", "Buyer", DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.NoContent, disconnect.StatusCode);
        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal("disconnected", connection.GetProperty("status").GetString());
        Assert.Equal("applied", (await client.StatusesAsync())["Wide World Importers"]);
        Assert.Single(await client.ActivityAsync());
        Assert.False(await app.HasCredentialsAsync(connectionId), "tokens are deleted on disconnect");
    }

    [Fact]
    public async Task Another_users_connection_is_not_found()
    {
        var mailboxEmail = NewMailbox();
        app.Mailbox(mailboxEmail).Add(TestMail.Rejection("Blue Yonder", "Pilot", Now.AddDays(-1)));
        var owner = await app.CreateSignedInClientAsync();
        var intruder = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(owner, mailboxEmail);
        await owner.WaitForSuccessfulSyncAsync(connectionId);
        var unmatched = (await owner.ActivityAsync()).Single();
        var intrudersApplication = (await intruder.CreateApplicationAsync("Blue Yonder", "Pilot")).GetProperty("id").GetGuid();
        var attach = await intruder.PostAsJsonAsync($"/api/activity/{unmatched.GetProperty("id").GetGuid()}/attach", new { applicationId = intrudersApplication });

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync($"/api/connections/{connectionId}/sync", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/api/connections/{connectionId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync($"/api/connections/{connectionId}/reconnect", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/api/connections/{connectionId}/folders")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/settings/integrations/{connectionId}/folders")).StatusCode);
        Assert.Empty(await intruder.ActivityAsync());
        Assert.Equal("unmatched", (await owner.ActivityAsync()).Single().GetProperty("outcome").GetString());
        Assert.Empty((await intruder.GetAsync("/api/connections") is var r ? await r.ReadJsonAsync() : default).EnumerateArray());
    }

    [Fact]
    public async Task An_unmatched_rejection_can_be_attached_in_one_call()
    {
        var mailboxEmail = NewMailbox();
        var client = await app.CreateSignedInClientAsync();
        var applicationId = (await client.CreateApplicationAsync("Margie's Travel Agency", "Agent")).GetProperty("id").GetGuid();
        app.Mailbox(mailboxEmail).Add(TestMail.Rejection("Margie's Travel", "Travel Agent", DateTimeOffset.UtcNow.AddSeconds(1)));
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var unmatched = (await client.ActivityAsync()).Single();

        var attach = await client.PostAsJsonAsync($"/api/activity/{unmatched.GetProperty("id").GetGuid()}/attach", new { applicationId });
        var emails = await (await client.GetAsync($"/api/applications/{applicationId}/emails")).ReadJsonAsync();

        Assert.Equal("unmatched", unmatched.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.OK, attach.StatusCode);
        Assert.Equal("rejected", (await client.StatusesAsync())["Margie's Travel Agency"]);
        Assert.Single(emails.EnumerateArray());
    }

    [Fact]
    public async Task Two_mailboxes_one_forwarding_a_recruiter_email_give_one_email_on_one_application()
    {
        var personal = NewMailbox();
        var work = NewMailbox();
        var original = TestMail.Rejection("Contoso", "Product Manager", Now.AddDays(-2));
        app.Mailbox(personal).Add(TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-9)));
        app.Mailbox(personal).Add(original);
        app.Mailbox(work).Add(TestMail.Forward(original, personal, Now.AddDays(-2).AddHours(3)));
        var client = await app.CreateSignedInClientAsync();

        var first = await app.ConnectOutlookAsync(client, personal);
        await client.WaitForSuccessfulSyncAsync(first);
        var second = await app.ConnectOutlookAsync(client, work);
        await client.WaitForSuccessfulSyncAsync(second);

        var connections = await (await client.GetAsync("/api/connections")).ReadJsonAsync();
        Assert.Equal(2, connections.GetArrayLength());
        Assert.Equal(2, (await client.ActivityAsync()).Count);   // the receipt and the rejection, once each
        Assert.Equal("rejected", (await client.StatusesAsync())["Contoso"]);
        Assert.Single(await client.StatusesAsync());
    }

    [Fact]
    public async Task A_callback_for_another_user_or_a_replayed_state_is_refused()
    {
        var mailboxEmail = NewMailbox();
        var victim = await app.CreateSignedInClientAsync();
        var attacker = await app.CreateSignedInClientAsync();
        var start = await (await victim.PostAsJsonAsync("/api/connections/outlook", new { loginHint = mailboxEmail })).ReadJsonAsync();
        using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var consent = await sandboxClient.GetAsync(start.GetProperty("authorizeUrl").GetString());
        var callback = consent.Headers.Location!.PathAndQuery;

        var asAttacker = await attacker.GetAsync(callback);
        var asVictimAfterwards = await victim.GetAsync(callback);

        Assert.StartsWith("/connections/problem", asAttacker.Headers.Location!.ToString());
        Assert.StartsWith("/connections/problem", asVictimAfterwards.Headers.Location!.ToString());
        Assert.Empty((await (await attacker.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
        Assert.Empty((await (await victim.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_replayed_callback_is_refused_after_a_successful_connect()
    {
        var client = await app.CreateSignedInClientAsync();
        var start = await (await client.PostAsJsonAsync("/api/connections/outlook", new { loginHint = NewMailbox() })).ReadJsonAsync();
        using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var consent = await sandboxClient.GetAsync(start.GetProperty("authorizeUrl").GetString());
        var callback = consent.Headers.Location!.PathAndQuery;

        var first = await client.GetAsync(callback);
        var replay = await client.GetAsync(callback);

        Assert.StartsWith("/settings/integrations?connected=", first.Headers.Location!.ToString());
        Assert.StartsWith("/connections/problem", replay.Headers.Location!.ToString());
        Assert.Single((await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_folder_with_more_mail_than_one_delta_round_returns_is_read_in_full_and_the_page_says_so()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        // Oldest first in time: the job mail sits behind 30 newer non-job messages, past a cap of 20.
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-25)));
        mailbox.Add(TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-24)));
        mailbox.Add(TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-23)));
        for (var i = 0; i < 30; i++) mailbox.Add(TestMail.NonJob(i, Now.AddHours(-i - 1)).Message);
        mailbox.Add(TestMail.Receipt("Northwind Traders", "Backend Engineer", Now.AddMinutes(-10)));
        var client = await app.CreateSignedInClientAsync();
        app.Sandbox.Faults.Delta = new DeltaQuirks { FilteredRoundCap = 20 };
        try
        {
            var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
            await client.WaitForSuccessfulSyncAsync(connectionId);

            var statuses = await client.StatusesAsync();
            Assert.Equal(["Contoso", "Fabrikam", "Litware", "Northwind Traders"], statuses.Keys.Order());
            var connection = await client.ConnectionAsync(connectionId);
            Assert.Contains("more than 5,000 messages", connection.GetProperty("notice").GetString());
            Assert.Contains("more than 5,000 messages", await client.GetStringAsync("/settings/integrations"));
        }
        finally
        {
            app.Sandbox.Faults.Delta = new DeltaQuirks();
        }
    }

    [Fact]
    public async Task An_html_only_email_is_classified_from_its_html_body()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Adatum", "Site Reliability Engineer", Now.AddDays(-6), "conv-adatum-html"));
        mailbox.Add(new ApplyTrack.MailSim.Mailboxes.NewMailMessage
        {
            From = new("recruiting@adatum.example", "Sam Rivera (Adatum)"),
            To = [new("jordan@example.com", "Jordan Lee")],
            Subject = "Interview invitation – Site Reliability Engineer at Adatum",
            HtmlBody = """
                <html><head><style>p{margin:0}</style></head><body><table role="presentation"><tr><td>
                <p>Hi Jordan,</p><p>Thanks again for your interest in the <b>Site Reliability Engineer</b> role at Adatum. We were impressed
                by your background and would like to invite you to a 45-minute interview with the hiring manager.</p>
                <p>Please pick a time that suits you using the <a href="https://adatum.example/schedule">scheduling link</a>.</p>
                <p>Looking forward to speaking with you,<br>Sam Rivera, Recruiter at Adatum</p></td></tr></table></body></html>
                """,
            ReceivedDateTime = Now.AddDays(-2),
            ConversationId = "conv-adatum-html",
        });
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        Assert.Equal("interviewing", (await client.StatusesAsync())["Adatum"]);
    }

    [Fact]
    public async Task Subscriptions_ask_for_immutable_ids_so_notifications_name_messages_as_the_delta_does()
    {
        var mailboxEmail = NewMailbox();
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Proseware", "QA Engineer", Now.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var mailboxId = app.Mailbox(mailboxEmail).Id;
        var subscriptions = app.Sandbox.Services.GetRequiredService<ApplyTrack.MailSim.Subscriptions.SubscriptionStore>().Active
            .Where(s => s.MailboxId == mailboxId).ToList();
        Assert.NotEmpty(subscriptions);
        Assert.All(subscriptions, s => Assert.True(s.ImmutableIds));
    }

    [Fact]
    public async Task Everything_that_calls_graph_for_one_mailbox_shares_its_four_slots()
    {
        var mailboxEmail = NewMailbox();
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Woodgrove", "Analyst", Now.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var throttling = app.Services.GetRequiredService<ApplyTrack.Features.Mail.Outlook.GraphThrottling>();
        var before = throttling.MailboxConcurrencyCount;
        var startedAt = DateTimeOffset.UtcNow;
        app.Sandbox.Faults.Transport = new TransportFaults { LatencyMs = 400 };
        try
        {
            // Six folder listings and a sync at once: separate Graph clients, one mailbox.
            var listings = Enumerable.Range(0, 6).Select(_ => client.GetAsync($"/api/connections/{connectionId}/folders")).ToList();
            var sync = client.PostAsync($"/api/connections/{connectionId}/sync", null);
            var responses = await Task.WhenAll(listings);
            await sync;

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var throttled = app.Sandbox.Services.GetRequiredService<RequestLog>().Recent(RequestLog.Capacity, SandboxSurface.Graph)
                .Count(r => r.At >= startedAt && r.Status == 429);
            Assert.Equal(0, throttled);
            Assert.Equal(before, throttling.MailboxConcurrencyCount);
        }
        finally
        {
            app.Sandbox.Faults.Transport = new TransportFaults();
        }
    }

    [Fact]
    public async Task A_mailbox_concurrency_429_is_counted_and_logged_as_such()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Coho Winery", "Sommelier", Now.AddDays(-3)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var throttling = app.Services.GetRequiredService<ApplyTrack.Features.Mail.Outlook.GraphThrottling>();
        var before = (throttling.MailboxConcurrencyCount, throttling.OtherCount);
        // Another instance of the app holds all four of this mailbox's slots at Graph for a moment.
        var limiter = app.Sandbox.Services.GetRequiredService<ApplyTrack.MailSim.Graph.OutlookThrottle>();
        var key = $"{ApplyTrack.Features.Mail.Outlook.OutlookEndpoints.DemoClientId}|{mailbox.Id}";
        for (var i = 0; i < 4; i++) Assert.Null(limiter.TryEnter(key, enforceConcurrency: true));
        try
        {
            await client.PostAsync($"/api/connections/{connectionId}/sync", null);
            await Eventually.WaitAsync(() => Task.FromResult(throttling.MailboxConcurrencyCount > before.MailboxConcurrencyCount), TimeSpan.FromSeconds(10), "a MailboxConcurrency 429 was counted");
        }
        finally
        {
            for (var i = 0; i < 4; i++) limiter.Exit(key);
        }
        await client.WaitForSuccessfulSyncAsync(connectionId, afterRuns: 1);

        Assert.Equal(before.OtherCount, throttling.OtherCount);
        Assert.Contains(app.Logs.Lines, m => m.Contains("429 MailboxConcurrency", StringComparison.Ordinal));
    }
}
