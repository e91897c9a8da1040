using System.Net;
using System.Text;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Hardening;

/// <summary>The Graph notification endpoint against strangers: bounded work, 400s for garbage, one log line, 429s.</summary>
public sealed class WebhookHardeningTests(HardenedApplication app) : IClassFixture<HardenedApplication>
{
    private const string NotifyPath = "/webhooks/graph";

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"value\"")]
    [InlineData("42")]
    [InlineData("{\"value\":{}}")]
    [InlineData("{\"value\":[1]}")]
    [InlineData("{\"value\":[{\"subscriptionId\":7,\"clientState\":\"x\"}]}")]
    [InlineData("not json")]
    public async Task A_body_that_is_not_a_notification_batch_is_a_400_problem(string body)
    {
        var response = await app.ClientFrom("127.0.3.1").PostAsync(NotifyPath, new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_huge_body_is_refused_before_it_is_read_whole()
    {
        var body = Batch(200_000);
        // As a well-behaved sender of a large body would: the server answers before any of it is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, NotifyPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;

        var response = await app.ClientFrom("127.0.3.2").SendAsync(request);

        Assert.True(body.Length > 9_000_000);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task More_items_than_Graph_ever_batches_is_a_400()
    {
        var response = await app.ClientFrom("127.0.3.3").PostAsync(NotifyPath, new StringContent(Batch(1_500), Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_batch_of_strangers_notifications_is_accepted_with_one_log_line()
    {
        var before = app.Logs.Lines.Count(l => l.Contains("ApplyTrack.OutlookWebhooks", StringComparison.Ordinal));

        var response = await app.ClientFrom("127.0.3.4").PostAsync(NotifyPath, new StringContent(Batch(500), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before + 1, app.Logs.Lines.Count(l => l.Contains("ApplyTrack.OutlookWebhooks", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Webhook_endpoints_are_rate_limited_per_address()
    {
        var client = app.ClientFrom("127.0.3.5");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
        {
            statuses.Add((await client.PostAsync(NotifyPath, new StringContent(Batch(1), Encoding.UTF8, "application/json"))).StatusCode);
        }
        var gmail = await client.PostAsync("/webhooks/gmail?token=x", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, gmail.StatusCode);
    }

    private static string Batch(int count) => JsonSerializer.Serialize(new
    {
        value = Enumerable.Range(0, count).Select(i => new
        {
            id = $"n{i}",
            subscriptionId = Guid.NewGuid().ToString(),
            clientState = "guess",
            changeType = "created",
            resource = $"Users/x/Messages/{i}",
        }),
    });
}

/// <summary>A valid notification delivered again queues no further sync.</summary>
public sealed class WebhookReplayTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    [Fact]
    public async Task Replaying_a_valid_notification_queues_no_further_sync()
    {
        var email = $"premium-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, Plan.Premium, CancellationToken.None);
        }
        var mailboxEmail = $"jordan-{Guid.NewGuid():N}@sandbox.test";
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        string subscriptionId, clientState;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var cursor = await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().FolderCursors.AsNoTracking()
                .SingleAsync(c => c.ConnectionId == connectionId && c.SubscriptionId != null);
            (subscriptionId, clientState) = (cursor.SubscriptionId!, cursor.ClientState!);
        }
        var body = JsonSerializer.Serialize(new
        {
            value = new[] { new { id = "replayed-1", subscriptionId, clientState, changeType = "created", resource = "Users/x/Messages/replayed" } },
        });
        using var stranger = new HttpClient { BaseAddress = app.BaseAddress };

        var first = await stranger.PostAsync("/webhooks/graph", new StringContent(body, Encoding.UTF8, "application/json"));
        await Eventually.WaitAsync(async () => (await client.SyncHistoryAsync(connectionId)).Count(r => r.GetProperty("trigger").GetString() == "push" && !r.GetProperty("endedAt").ValueKind.Equals(JsonValueKind.Null)) == 1,
            TimeSpan.FromSeconds(15), "the notification's sync");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await stranger.PostAsync("/webhooks/graph", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);
            await Task.Delay(700);
        }

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(1, (await client.SyncHistoryAsync(connectionId)).Count(r => r.GetProperty("trigger").GetString() == "push"));
    }
}
