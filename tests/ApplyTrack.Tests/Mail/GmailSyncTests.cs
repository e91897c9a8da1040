using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Hosting;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SandboxWatches = ApplyTrack.MailSim.Google.GmailWatches;

namespace ApplyTrack.Tests.Mail;

/// <summary>The Gmail integration end to end: the real app over HTTP against the sandbox's Google OAuth and Gmail API.</summary>
public sealed partial class GmailSyncTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static string NewMailbox() => $"casey-{Guid.NewGuid():N}@gmail.test";

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
    public async Task Full_sync_fills_the_board_from_the_inbox_only()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-20)));
        mailbox.Add(TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddDays(-19), "conv-fabrikam"));
        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "Data Scientist", Now.AddDays(-12), "conv-fabrikam"));
        mailbox.Add(TestMail.Receipt("Tailspin Toys", "UX Researcher", Now.AddDays(-15), "conv-tailspin"));
        mailbox.Add(TestMail.Rejection("Tailspin Toys", "UX Researcher", Now.AddDays(-5), "conv-tailspin"));
        mailbox.Add(TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-120)));                // outside the demo's Premium 90 days
        mailbox.Add(TestMail.Receipt("Spamco", "Closer", Now.AddDays(-3)), "junkemail");            // SPAM is never read
        for (var i = 0; i < 8; i++) mailbox.Add(TestMail.NonJob(i, Now.AddDays(-i - 1)).Message);
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var statuses = await client.StatusesAsync();
        Assert.Equal(new Dictionary<string, string> { ["Contoso"] = "applied", ["Fabrikam"] = "interviewing", ["Tailspin Toys"] = "rejected" }, statuses);
        Assert.Equal(5, (await client.ActivityAsync()).Count);
        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal("gmail", connection.GetProperty("provider").GetString());
        Assert.Equal(mailboxEmail, connection.GetProperty("accountEmail").GetString());
        Assert.Equal(3, connection.GetProperty("threadsMonitored").GetInt32());
    }

    [Fact]
    public async Task Free_plan_reads_30_days_of_the_inbox_without_push()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await SetPlanAsync(email, Plan.Free);
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Analyst", Now.AddDays(-2)));
        mailbox.Add(TestMail.Receipt("Litware", "Support Lead", Now.AddDays(-45)));

        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        Assert.Equal(["Contoso"], (await client.StatusesAsync()).Keys);
        var connection = await client.ConnectionAsync(connectionId);
        Assert.Equal(30, connection.GetProperty("historyDays").GetInt32());
        Assert.False(connection.GetProperty("pushEnabled").GetBoolean());
        Assert.DoesNotContain(Watches.Active, w => w.Email == mailboxEmail);
    }

    [Fact]
    public async Task Premium_plan_monitors_a_chosen_label_and_never_offers_spam_or_sent()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        var recruiters = mailbox.AddFolder("Recruiters");
        mailbox.Add(TestMail.Receipt("Contoso", "Analyst", Now.AddDays(-2)));
        mailbox.Add(TestMail.Receipt("Northwind", "Buyer", Now.AddDays(-3)), recruiters.Id);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        var folders = await (await client.GetAsync($"/api/connections/{connectionId}/folders")).ReadJsonAsync();
        var available = folders.GetProperty("available").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("id").GetString()!);
        var choose = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", available["Recruiters"] } });
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey("Northwind"), TimeSpan.FromSeconds(20), "the chosen label to be synced");

        Assert.Contains("Inbox", available.Keys);
        Assert.DoesNotContain(available.Values, id => GmailSync.NeverMonitored.Contains(id));
        Assert.Equal(HttpStatusCode.NoContent, choose.StatusCode);
        Assert.Contains(Watches.Active, w => w.Email == mailboxEmail && w.LabelIds.Order().SequenceEqual(new[] { "INBOX", available["Recruiters"] }.Order()));
    }

    [Fact]
    public async Task Nested_labels_are_listed_as_a_tree_and_a_chosen_nested_label_is_synced()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        var jobs = mailbox.AddFolder("Jobs");
        var recruiters = mailbox.AddFolder("Recruiters", jobs.Id);
        var agencies = mailbox.AddFolder("Agencies", recruiters.Id);
        mailbox.Add(TestMail.Receipt("Contoso", "Analyst", Now.AddDays(-2)));
        mailbox.Add(TestMail.Receipt("Wingtip Toys", "Buyer", Now.AddDays(-3)), agencies.Id);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        // Gmail's labels.list names them "Jobs", "Jobs/Recruiters", "Jobs/Recruiters/Agencies"; the app nests them.
        var available = (await (await client.GetAsync($"/api/connections/{connectionId}/folders")).ReadJsonAsync()).GetProperty("available")
            .EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        string Id(string name) => available[name].GetProperty("id").GetString()!;
        string? Parent(string name) => available[name].GetProperty("parentId").GetString();
        Assert.Null(Parent("Jobs"));
        Assert.Equal(Id("Jobs"), Parent("Recruiters"));
        Assert.Equal(Id("Recruiters"), Parent("Agencies"));
        Assert.All(available.Values, f => Assert.True(f.GetProperty("selectable").GetBoolean()));
        var runs = (await client.SyncHistoryAsync(connectionId)).Count;

        var choose = await client.PutAsJsonAsync($"/api/connections/{connectionId}/folders", new { folders = new[] { "inbox", Id("Agencies") } });
        await client.WaitForSuccessfulSyncAsync(connectionId, runs);

        Assert.Equal(HttpStatusCode.NoContent, choose.StatusCode);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey("Wingtip Toys"), TimeSpan.FromSeconds(30), "the nested label to be synced");
    }

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
    public async Task Incremental_sync_reads_history_and_picks_up_a_new_email()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Adatum", "Platform Engineer", Now.AddDays(-3), "conv-adatum"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var historyCallsBefore = HistoryCalls();

        mailbox.Add(TestMail.InterviewInvite("Adatum", "Platform Engineer", DateTimeOffset.UtcNow, "conv-adatum"));
        mailbox.Add(TestMail.NonJob(1, DateTimeOffset.UtcNow).Message);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/connections/{connectionId}/sync", null)).StatusCode);

        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Adatum"] == "interviewing", TimeSpan.FromSeconds(20), "Adatum moved to interviewing");
        Assert.True(HistoryCalls() > historyCallsBefore, "the second sync reads history.list");
        Assert.Equal(2, (await client.ActivityAsync()).Count);
    }

    [Fact]
    public async Task Expired_history_starts_a_full_sync_without_duplicates()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        for (var i = 0; i < 4; i++) mailbox.Add(TestMail.Receipt($"History{i} Systems", $"Engineer {i}", Now.AddDays(-i - 1)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var runsBefore = (await client.SyncHistoryAsync(connectionId)).Count;

        // No push for this change: the stored history id must be the one from before it, so that expiring history hits it.
        Google.DropPushNotifications = true;
        try
        {
            mailbox.Add(TestMail.Receipt("Late Arrivals", "Analyst", DateTimeOffset.UtcNow));
            using var sandbox = SandboxClient();
            var expire = await sandbox.PostAsync($"/_emu/google/history/expire?user={Uri.EscapeDataString(mailboxEmail)}", null);
            Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
            await client.PostAsync($"/api/connections/{connectionId}/sync", null);
            await client.WaitForSuccessfulSyncAsync(connectionId, afterRuns: runsBefore);
        }
        finally
        {
            Google.DropPushNotifications = false;
        }
        await Eventually.WaitAsync(async () => (await client.StatusesAsync()).ContainsKey("Late Arrivals"), TimeSpan.FromSeconds(20), "the resync to find the new email");

        var activity = await client.ActivityAsync();
        Assert.Equal(5, activity.Count);
        Assert.Equal(5, activity.Select(e => e.GetProperty("subject").GetString()).Distinct().Count());
        Assert.Contains(app.Logs.Lines, m => m.Contains("no longer available; starting a full sync", StringComparison.Ordinal));
    }

    [Fact]
    [Trait(CultureMatrixTests.Trait, CultureMatrixTests.Matrix)]
    public async Task Push_through_watch_moves_the_card_within_seconds()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Northwind Traders", "Backend Engineer", Now.AddDays(-3), "conv-northwind"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.True((await client.ConnectionAsync(connectionId)).GetProperty("pushEnabled").GetBoolean());
        Assert.Contains(Watches.Active, w => w.Email == mailboxEmail && w.LabelIds.SequenceEqual(["INBOX"]));

        mailbox.Add(TestMail.Offer("Northwind Traders", "Backend Engineer", DateTimeOffset.UtcNow, "conv-northwind"));

        // Polling is hourly in this fixture: only a Pub/Sub push explains a move within seconds.
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Northwind Traders"] == "offer", TimeSpan.FromSeconds(10), "Northwind moved to offer");
        Assert.Contains(await client.SyncHistoryAsync(connectionId), r => r.GetProperty("trigger").GetString() == "push");
        Assert.Contains(Watches.Log, p => p.Email == mailboxEmail && p.Outcome == "delivered");
    }

    [Fact]
    public async Task Dead_refresh_token_asks_to_reconnect_and_reconnect_resumes_without_duplicates()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Proseware", "Growth PM", Now.AddDays(-4), "conv-proseware"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);

        // Google now answers the refresh grant with invalid_grant, and the access token has expired.
        using var sandbox = SandboxClient();
        (await sandbox.PostAsync($"/_emu/google/refresh-tokens/expire?user={Uri.EscapeDataString(mailboxEmail)}", null)).EnsureSuccessStatusCode();
        app.Sandbox.Clock.Advance(TimeSpan.FromHours(2));
        mailbox.Add(TestMail.InterviewInvite("Proseware", "Growth PM", app.Sandbox.Clock.GetUtcNow(), "conv-proseware"));
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await Eventually.WaitAsync(async () => (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString() == "authenticationRequired",
            TimeSpan.FromSeconds(20), "the connection to need re-authentication");

        var reconnect = await (await client.PostAsync($"/api/connections/gmail/{connectionId}/reconnect", null)).ReadJsonAsync();
        var reconnectedId = await app.FollowAuthorizationAsync(client, reconnect.GetProperty("authorizeUrl").GetString()!);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Proseware"] == "interviewing", TimeSpan.FromSeconds(20), "the sync to resume");

        Assert.Equal(connectionId, reconnectedId);
        Assert.Equal(2, (await client.ActivityAsync()).Count);
        Assert.Single((await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Expired_access_token_is_refreshed_once_and_the_refresh_token_is_kept()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Blue Yonder", "Pilot", Now.AddDays(-2), "conv-blue"));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var before = await TokensAsync(connectionId);
        var runsBefore = (await client.SyncHistoryAsync(connectionId)).Count;

        // Google's clock moves past the access token's lifetime; ours does not, so only the 401 can tell.
        app.Sandbox.Clock.Advance(TimeSpan.FromHours(2));
        mailbox.Add(TestMail.InterviewInvite("Blue Yonder", "Pilot", app.Sandbox.Clock.GetUtcNow(), "conv-blue"));
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await client.WaitForSuccessfulSyncAsync(connectionId, afterRuns: runsBefore);
        await Eventually.WaitAsync(async () => (await client.StatusesAsync())["Blue Yonder"] == "interviewing", TimeSpan.FromSeconds(20), "the sync to go on");

        var after = await TokensAsync(connectionId);
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.Equal(before.RefreshToken, after.RefreshToken);
    }

    [Fact]
    public async Task A_watch_older_than_a_day_is_renewed_by_the_next_sync()
    {
        var mailboxEmail = NewMailbox();
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Trey Research", "Chemist", Now.AddDays(-2)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var first = Watches.Active.Single(w => w.Email == mailboxEmail).Expiration;
        var runsBefore = (await client.SyncHistoryAsync(connectionId)).Count;

        // As if the watch had been made a day and a bit ago.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            await db.FolderCursors.Where(c => c.ConnectionId == connectionId)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.SubscriptionExpiresAt, DateTimeOffset.UtcNow.AddDays(5.9)));
        }
        app.Sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.PostAsync($"/api/connections/{connectionId}/sync", null);
        await client.WaitForSuccessfulSyncAsync(connectionId, afterRuns: runsBefore);

        var renewed = Watches.Active.Single(w => w.Email == mailboxEmail).Expiration;
        Assert.True(renewed > first, "watch called again");
        await using var check = app.Services.CreateAsyncScope();
        var expiries = await check.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().FolderCursors
            .Where(c => c.ConnectionId == connectionId).Select(c => c.SubscriptionExpiresAt).ToListAsync();
        Assert.All(expiries, e => Assert.Equal(renewed.ToUnixTimeMilliseconds(), e!.Value.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public async Task Quota_errors_and_server_errors_are_retried_and_lose_nothing()
    {
        var mailboxEmail = NewMailbox();
        var mailbox = app.Mailbox(mailboxEmail);
        for (var i = 0; i < 6; i++) mailbox.Add(TestMail.Receipt($"Quota{i} Labs", "Analyst", Now.AddDays(-i - 1)));
        for (var i = 0; i < 10; i++) mailbox.Add(TestMail.NonJob(i, Now.AddHours(-i - 1)).Message);
        var client = await app.CreateSignedInClientAsync();
        Google.FailNext(1, GmailFault.UserRateLimit403);
        Google.FailNext(1, GmailFault.RateLimit429);
        Google.FailNext(1, GmailFault.RateLimit403);
        Google.FailNext(1, GmailFault.Unavailable503);

        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);

        Assert.Equal(0, Google.PendingFaults);
        Assert.Equal(6, (await client.StatusesAsync()).Count);
        Assert.Equal(6, (await client.ActivityAsync()).Count);
        var run = Assert.Single(await client.SyncHistoryAsync(connectionId));
        Assert.Equal("succeeded", run.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task One_users_gmail_connection_is_not_found_for_another_user()
    {
        var mailboxEmail = NewMailbox();
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Woodgrove", "Teller", Now.AddDays(-1)));
        var owner = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(owner, mailboxEmail);
        var stranger = await app.CreateSignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/connections/gmail/{connectionId}/reconnect", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/connections/{connectionId}/sync", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/connections/{connectionId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_callback_with_another_users_state_is_refused_and_the_state_is_burnt()
    {
        var mailboxEmail = NewMailbox();
        var owner = await app.CreateSignedInClientAsync();
        var start = await (await owner.PostAsJsonAsync("/api/connections/gmail", new { loginHint = mailboxEmail })).ReadJsonAsync();
        using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var consent = await sandboxClient.GetAsync(start.GetProperty("authorizeUrl").GetString());
        var callback = consent.Headers.Location!.PathAndQuery;
        var attacker = await app.CreateSignedInClientAsync();

        var stolen = await attacker.GetAsync(callback);
        var replay = await owner.GetAsync(callback);

        Assert.StartsWith("/connections/problem?", stolen.Headers.Location!.ToString());
        Assert.StartsWith("/connections/problem?", replay.Headers.Location!.ToString());
        Assert.Empty((await (await attacker.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
        Assert.Empty((await (await owner.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Authorize_url_asks_for_offline_read_only_access_with_pkce()
    {
        var client = await app.CreateSignedInClientAsync();

        var start = await (await client.PostAsJsonAsync("/api/connections/gmail", new { loginHint = "someone@gmail.test" })).ReadJsonAsync();

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(start.GetProperty("authorizeUrl").GetString()!).Query);
        Assert.Equal("openid email https://www.googleapis.com/auth/gmail.readonly", query["scope"].ToString());
        Assert.Equal("offline", query["access_type"].ToString());
        Assert.Equal("consent", query["prompt"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal("someone@gmail.test", query["login_hint"].ToString());
        Assert.EndsWith("/connections/gmail/callback", query["redirect_uri"].ToString());
    }

    [Fact]
    public async Task Denied_consent_lands_on_the_problem_page()
    {
        var client = await app.CreateSignedInClientAsync();
        var start = await (await client.PostAsJsonAsync("/api/connections/gmail", new { loginHint = NewMailbox() })).ReadJsonAsync();
        Google.DenyConsent = true;
        HttpResponseMessage consent;
        try
        {
            using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
            consent = await sandboxClient.GetAsync(start.GetProperty("authorizeUrl").GetString());
        }
        finally
        {
            Google.DenyConsent = false;
        }

        var landing = await client.GetAsync(consent.Headers.Location!.PathAndQuery);

        Assert.StartsWith("/connections/problem?code=gmail-cancelled", landing.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Consent_without_the_gmail_scope_is_refused_with_a_clear_message()
    {
        var client = await app.CreateSignedInClientAsync();
        var start = await (await client.PostAsJsonAsync("/api/connections/gmail", new { loginHint = NewMailbox() })).ReadJsonAsync();
        Google.PartialGrant = true;
        HttpResponseMessage consent;
        try
        {
            using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
            consent = await sandboxClient.GetAsync(start.GetProperty("authorizeUrl").GetString());
        }
        finally
        {
            Google.PartialGrant = false;
        }

        var landing = await client.GetAsync(consent.Headers.Location!.PathAndQuery);

        Assert.StartsWith("/connections/problem?code=gmail-scope", landing.Headers.Location!.ToString());
        Assert.Empty((await (await client.GetAsync("/api/connections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Connect_gmail_form_needs_the_antiforgery_token_and_redirects_to_google()
    {
        var client = await app.CreateSignedInClientAsync();
        var page = await (await client.GetAsync("/settings/integrations")).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(page).Groups[1].Value;

        var forged = await client.PostAsync("/connections/gmail/start", new FormUrlEncodedContent([]));
        var genuine = await client.PostAsync("/connections/gmail/start", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.StartsWith(new Uri(app.Sandbox.HttpBaseAddress, "o/oauth2/v2/auth").ToString(), genuine.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Push_endpoint_accepts_only_a_google_signed_token_for_the_configured_audience_and_service_account()
    {
        var anonymous = app.CreateCookieClient();
        var endpoints = app.Services.GetRequiredService<GoogleEndpoints>();
        var sandboxKeys = app.Sandbox.Services.GetRequiredService<SandboxKeys>();
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"emailAddress":"nobody@gmail.test","historyId":"123"}"""));
        var envelope = $$"""{"message":{"data":"{{data}}","messageId":"1"},"subscription":"projects/p/subscriptions/s"}""";
        Task<HttpResponseMessage> PushAsync(string? bearer, string body = "", string query = "")
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gmail" + query)
            {
                Content = new StringContent(body.Length > 0 ? body : envelope, Encoding.UTF8, "application/json"),
            };
            if (bearer is not null) request.Headers.Authorization = new("Bearer", bearer);
            return anonymous.SendAsync(request);
        }
        string Token(SandboxKeys keys, string? audience = null, string? email = null, string issuer = "https://accounts.google.com", int expiresIn = 3600)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return keys.CreateJwt(new System.Text.Json.Nodes.JsonObject
            {
                ["iss"] = issuer, ["aud"] = audience ?? endpoints.PushAudience, ["email"] = email ?? endpoints.PushServiceAccount,
                ["email_verified"] = true, ["sub"] = "1234567890", ["iat"] = now - 10, ["exp"] = now + expiresIn,
            });
        }

        var none = await PushAsync(null);
        var urlSecretOnly = await PushAsync(null, query: $"?token={endpoints.PushToken}");
        var otherKey = await PushAsync(Token(SandboxKeys.Create()));
        var otherAudience = await PushAsync(Token(sandboxKeys, audience: "https://attacker.example/webhooks/gmail"));
        var otherAccount = await PushAsync(Token(sandboxKeys, email: "someone@attacker.iam.gserviceaccount.com"));
        var otherIssuer = await PushAsync(Token(sandboxKeys, issuer: "https://login.microsoftonline.com/common/v2.0"));
        var expired = await PushAsync(Token(sandboxKeys, expiresIn: -3600));
        var malformed = await PushAsync(Token(sandboxKeys), """{"message":{"data":"%%%"}}""");
        var genuine = await PushAsync(Token(sandboxKeys));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, urlSecretOnly.StatusCode);   // the URL secret is only a fallback an operator opts into
        Assert.Equal(HttpStatusCode.Unauthorized, otherKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAudience.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAccount.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherIssuer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        await malformed.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, genuine.StatusCode);
    }

    [Fact]
    public async Task Disconnect_stops_the_watch_revokes_the_grant_and_keeps_the_board()
    {
        var mailboxEmail = NewMailbox();
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Coho Winery", "Sommelier", Now.AddDays(-2)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.Contains(Watches.Active, w => w.Email == mailboxEmail);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/connections/{connectionId}")).StatusCode);

        Assert.DoesNotContain(Watches.Active, w => w.Email == mailboxEmail);
        Assert.False(await app.HasCredentialsAsync(connectionId));
        Assert.Equal("disconnected", (await client.ConnectionAsync(connectionId)).GetProperty("status").GetString());
        Assert.Equal("applied", (await client.StatusesAsync())["Coho Winery"]);
    }

    [Fact]
    public async Task The_same_email_in_outlook_and_gmail_is_one_row_in_the_activity_log()
    {
        var outlookEmail = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        var gmailEmail = NewMailbox();
        var messageId = $"<offer-{Guid.NewGuid():N}@mail.margiestravel.example>";
        var offer = TestMail.Offer("Margie's Travel", "Travel Designer", Now.AddDays(-1)) with { InternetMessageId = messageId };
        app.Mailbox(outlookEmail).Add(offer);
        app.Mailbox(gmailEmail).Add(offer);
        var client = await app.CreateSignedInClientAsync();

        var outlookId = await app.ConnectOutlookAsync(client, outlookEmail);
        await client.WaitForSuccessfulSyncAsync(outlookId);
        var gmailId = await app.ConnectGmailAsync(client, gmailEmail);
        await client.WaitForSuccessfulSyncAsync(gmailId);

        Assert.Single(await client.ActivityAsync());
        Assert.Single(await client.StatusesAsync());
        Assert.Equal(1, (await client.SyncHistoryAsync(gmailId)).Single().GetProperty("messagesSeen").GetInt32());
    }

    private async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }

    private async Task<ApplyTrack.Features.Mail.Gmail.GoogleTokens> TokensAsync(Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var credentials = await db.MailboxConnections.Where(c => c.Id == connectionId).Select(c => c.Credentials).SingleAsync();
        return app.Services.GetRequiredService<GoogleIdentity>().Decrypt(credentials!);
    }

    private GoogleSandbox Google => app.Sandbox.Services.GetRequiredService<GoogleSandbox>();

    private SandboxWatches Watches => app.Sandbox.Services.GetRequiredService<SandboxWatches>();

    private HttpClient SandboxClient() => new(app.Sandbox.CreateTrustingHandler()) { BaseAddress = app.Sandbox.HttpsBaseAddress };

    private int HistoryCalls() => app.Sandbox.Services.GetRequiredService<RequestLog>().Recent(RequestLog.Capacity)
        .Count(r => r.Path.EndsWith("/history", StringComparison.Ordinal));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

internal static class GmailConnections
{
    /// <summary>Connect Gmail → follow the sandbox's (auto-consent) authorize redirect → the app's callback. Returns the connection id.</summary>
    public static async Task<Guid> ConnectGmailAsync(this OutlookApplication app, HttpClient client, string mailboxEmail)
    {
        var start = await client.PostAsJsonAsync("/api/connections/gmail", new { loginHint = mailboxEmail });
        start.EnsureSuccessStatusCode();
        var authorizeUrl = (await start.ReadJsonAsync()).GetProperty("authorizeUrl").GetString()!;
        return await app.FollowAuthorizationAsync(client, authorizeUrl);
    }
}
