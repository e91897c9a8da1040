using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Tests.Infrastructure;

namespace ApplyTrack.MailSim.Tests.Control;

public sealed class ControlApiTests : IAsyncLifetime
{
    private const string Email = "taylor.kim@contoso.example";
    private MailSandbox _sandbox = null!;
    private HttpClient _control = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false });
        _control = new HttpClient { BaseAddress = _sandbox.HttpBaseAddress };
        _sandbox.Mailboxes.GetOrCreate(Email);
    }

    public async Task DisposeAsync()
    {
        _control.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Mail_added_through_the_control_api_shows_up_in_the_next_delta_round()
    {
        var graph = await GraphClients.SignInAsync(_sandbox, Email);
        var delta = graph.Me.MailFolders["inbox"].Messages.Delta;
        var first = await delta.GetAsDeltaGetResponseAsync();

        using var added = await _control.PostAsJsonAsync("_emu/mail", new
        {
            user = Email, from = "Greenhouse <no-reply@greenhouse.example>", subject = "Thanks for applying to Contoso",
            body = "We received your application for Product Manager.", threadId = "thread-contoso-pm",
        });
        var next = await delta.WithUrl(first!.OdataDeltaLink!).GetAsDeltaGetResponseAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var item = Assert.Single(next!.Value!);
        Assert.Equal("Thanks for applying to Contoso", item.Subject);
        Assert.Equal("thread-contoso-pm", item.ConversationId);
    }

    [Fact]
    public async Task Mail_without_a_sender_is_a_validation_problem()
    {
        using var response = await _control.PostAsJsonAsync("_emu/mail", new { user = Email, subject = "No sender" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Move_read_and_delete_change_the_mailbox()
    {
        var mailbox = _sandbox.Mailboxes.Find(Email)!;
        var message = mailbox.Add(new NewMailMessage { From = new("a@example.com"), Subject = "Change me" });

        (await _control.PostAsJsonAsync($"_emu/mail/{message.ImmutableId}/read", new { isRead = true })).EnsureSuccessStatusCode();
        (await _control.PostAsJsonAsync($"_emu/mail/{message.ImmutableId}/move", new { folder = "archive" })).EnsureSuccessStatusCode();
        var moved = mailbox.FindMessage(message.ImmutableId)!;
        (await _control.DeleteAsync($"_emu/mail/{message.ImmutableId}")).EnsureSuccessStatusCode();

        Assert.True(moved.IsRead);
        Assert.Equal(mailbox.FindFolder("archive")!.Id, moved.FolderId);
        Assert.Null(mailbox.FindMessage(message.ImmutableId));
    }

    [Fact]
    public async Task Seeding_json_lines_adds_good_lines_and_reports_bad_ones()
    {
        var lines = """
            {"from":"Lever <no-reply@hire.lever.example>","subject":"Interview availability","body":"Pick a slot."}
            not json
            {"from":"Workday <workday@myworkday.example>","subject":"Application received","folder":"Job search"}
            """;

        using var response = await _control.PostAsync($"_emu/seed?user={Email}", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(2, (int)result["added"]!);
        Assert.Single(result["errors"]!.AsArray());
        Assert.NotNull(_sandbox.Mailboxes.Find(Email)!.Folders.SingleOrDefault(f => f.DisplayName == "Job search"));
    }

    [Fact]
    public async Task Advancing_the_clock_moves_sandbox_time()
    {
        var before = _sandbox.Clock.GetUtcNow();

        using var response = await _control.PostAsJsonAsync("_emu/clock", new { advance = "2.00:00:00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_sandbox.Clock.GetUtcNow() - before >= TimeSpan.FromDays(2));
    }

    [Fact]
    public async Task Fail_next_makes_graph_answer_the_given_status_once()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };

        (await _control.PostAsJsonAsync("_emu/faults/fail-next", new { count = 1, status = 503, target = "Graph" })).EnsureSuccessStatusCode();
        using var failed = await http.GetAsync("v1.0/me");
        using var next = await http.GetAsync("v1.0/me");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("serviceNotAvailable", (string?)JsonNode.Parse(await failed.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
    }

    [Fact]
    public async Task Request_log_lists_requests_without_secrets()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        await MicrosoftClients.SignInAsync(_sandbox, app, Email);

        var log = JsonNode.Parse(await _control.GetStringAsync("_emu/requests?take=10&surface=Identity"))!.AsArray();

        Assert.Contains(log, r => ((string?)r!["path"])!.EndsWith("/oauth2/v2.0/token"));
        Assert.Contains(log, r => ((string?)r!["path"])!.EndsWith("/oauth2/v2.0/authorize") && ((string?)r["query"])!.Contains("code_challenge="));
        Assert.DoesNotContain(log, r => ((string?)r!["query"])!.Contains("code=1."));
    }

    [Fact]
    public async Task Revoke_makes_the_next_refresh_fail_with_aadsts50173()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, Email);
        _sandbox.Clock.Advance(TimeSpan.FromSeconds(1));

        (await _control.PostAsync($"_emu/revoke?user={Email}", null)).EnsureSuccessStatusCode();
        var error = await Assert.ThrowsAsync<Microsoft.Identity.Client.MsalUiRequiredException>(() =>
            app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync());

        Assert.Contains("AADSTS50173", error.Message);
    }

    [Fact]
    public async Task Lifecycle_endpoint_delivers_subscription_removed_and_drops_the_subscription()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var graph = await GraphClients.SignInAsync(_sandbox, Email);
        var subscription = await graph.Subscriptions.PostAsync(new Microsoft.Graph.Models.Subscription
        {
            ChangeType = "created", NotificationUrl = receiver.Url, LifecycleNotificationUrl = receiver.LifecycleUrl,
            Resource = "me/messages", ExpirationDateTime = _sandbox.Clock.GetUtcNow().AddDays(1), ClientState = "cs",
        });

        using var response = await _control.PostAsync($"_emu/lifecycle?sub={subscription!.Id}&event=subscriptionRemoved", null);
        var lifecycle = await receiver.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("subscriptionRemoved", (string?)lifecycle["lifecycleEvent"]);
        Assert.Equal("[]", await _control.GetStringAsync("_emu/subscriptions"));
    }

    [Theory]
    [InlineData("POST", "_emu/users", """{"email":"sam@contoso.example","displayName":"Sam Rivera"}""")]
    [InlineData("GET", "_emu/users/taylor.kim@contoso.example/folders", null)]
    [InlineData("GET", "_emu/users/taylor.kim@contoso.example/messages?folder=inbox&take=20", null)]
    [InlineData("POST", "_emu/faults", """{"transport":{"latencyMs":0,"throttleProbability":0,"serverErrorProbability":0,"retryAfterSeconds":2,"target":"Graph","enforceConcurrencyLimit":true},"identity":{"requireConsent":false,"requireAdminConsent":false,"userDeclines":false,"requireInteraction":false,"strictRotation":false,"temporarilyUnavailable":false},"deltaExpiry":"SyncStateNotFound","delta":{"emptyPages":false,"replays":false}}""")]
    [InlineData("DELETE", "_emu/faults", null)]
    [InlineData("POST", "_emu/delta/invalidate", """{"user":"taylor.kim@contoso.example","mode":"Location"}""")]
    [InlineData("POST", "_emu/tokens/expire", """{"user":"taylor.kim@contoso.example"}""")]
    [InlineData("POST", "_emu/consent", """{"action":"require"}""")]
    [InlineData("POST", "_emu/consent", """{"action":"require-admin"}""")]
    [InlineData("POST", "_emu/consent", """{"action":"revoke","user":"taylor.kim@contoso.example","clientId":"some-client"}""")]
    [InlineData("POST", "_emu/clock", """{"hours":6}""")]
    [InlineData("GET", "_emu/clock", null)]
    [InlineData("GET", "_emu/subscriptions", null)]
    [InlineData("GET", "_emu/requests?take=50&surface=Graph", null)]
    [InlineData("DELETE", "_emu/requests", null)]
    [InlineData("GET", "_emu/clients", null)]
    [InlineData("POST", "_emu/clients", """{"clientId":"6a1c","displayName":"ApplyTrack (dev)","clientSecret":"s3cret","redirectUris":["https://localhost:5001/signin-microsoft"]}""")]
    [InlineData("GET", "_emu/certificate", null)]
    public async Task Readme_control_examples_succeed(string method, string path, string? json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await _control.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
