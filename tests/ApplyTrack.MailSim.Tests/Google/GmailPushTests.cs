using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.MailSim.Tests.Google;

/// <summary>A tiny Kestrel app standing in for the product's Pub/Sub push endpoint; answers with the queued statuses, then 204.</summary>
public sealed class PushReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonNode> _received = Channel.CreateUnbounded<JsonNode>();
    private readonly Queue<int> _statuses = new();

    private PushReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The Authorization header of each accepted push ("" when there was none), in arrival order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<PushReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new PushReceiver(app);
        app.MapPost("/pubsub/push", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!;
            int status;
            lock (receiver._statuses) status = receiver._statuses.Count > 0 ? receiver._statuses.Dequeue() : 204;
            if (status < 300)
            {
                receiver.Authorizations.Enqueue(request.Headers.Authorization.ToString());
                receiver._received.Writer.TryWrite(body);
            }
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Endpoint = new Uri($"{address}/pubsub/push");
        return receiver;
    }

    public void FailNext(params int[] statuses)
    {
        lock (_statuses) foreach (var status in statuses) _statuses.Enqueue(status);
    }

    public async Task<JsonNode> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public bool TryTake(out JsonNode? push) => _received.Reader.TryRead(out push);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed class GmailPushTests : IAsyncLifetime
{
    private const string Email = "sam.rivera@gmail.com";
    private const string Topic = "projects/applytrack-sandbox/topics/gmail-push";
    private MailSandbox _sandbox = null!;
    private PushReceiver _receiver = null!;
    private Mailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false });
        _receiver = await PushReceiver.StartAsync();
        _mailbox = _sandbox.Mailboxes.GetOrCreate(Email);
        _sandbox.Settings().SubscribePush(Topic, _receiver.Endpoint);
        _sandbox.Settings().PushRetryDelay = TimeSpan.FromMilliseconds(100);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Watch_then_new_mail_pushes_a_pubsub_envelope_with_the_address_and_history_id()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var (status, watch) = await session.Gmail.PostJsonAsync("watch", new { topicName = Topic, labelIds = new[] { "INBOX" }, labelFilterBehavior = "include" });

        _mailbox.Add(GoogleClients.Letter("Offer extended"));
        var push = await _receiver.NextAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(long.Parse(watch!["expiration"]!.GetValue<string>()) > DateTimeOffset.UtcNow.AddDays(6).ToUnixTimeMilliseconds());
        var data = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(push["message"]!["data"]!.GetValue<string>())))!;
        Assert.Equal(Email, data["emailAddress"]!.GetValue<string>());
        var profile = await session.Gmail.GetOkAsync("profile");
        Assert.Equal(profile["historyId"]!.GetValue<string>(), data["historyId"]!.ToJsonString());
        Assert.False(string.IsNullOrEmpty(push["message"]!["messageId"]!.GetValue<string>()));
        Assert.StartsWith("projects/applytrack-sandbox/subscriptions/", push["subscription"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_authenticated_push_subscription_sends_a_google_signed_oidc_token()
    {
        _sandbox.Settings().SubscribePush(Topic, _receiver.Endpoint, new GmailPushAuth("pusher@applytrack-sandbox.iam.gserviceaccount.com", "https://app.example/webhooks/gmail"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        await session.Gmail.PostJsonAsync("watch", new { topicName = Topic });

        _mailbox.Add(GoogleClients.Letter("Interview invitation"));
        await _receiver.NextAsync();

        Assert.True(_receiver.Authorizations.TryDequeue(out var authorization));
        Assert.StartsWith("Bearer ", authorization);
        // Verified the way a receiver does: Google's own library, the sandbox's published keys, issuer and audience.
        var options = new global::Google.Apis.Auth.SignedTokenVerificationOptions
        {
            CertificatesUrl = new Uri(_sandbox.HttpBaseAddress, "oauth2/v3/certs").ToString(),
            TrustedAudiences = { "https://app.example/webhooks/gmail" },
            TrustedIssuers = { "https://accounts.google.com" },
        };
        var payload = await global::Google.Apis.Auth.JsonWebSignature.VerifySignedTokenAsync<global::Google.Apis.Auth.GoogleJsonWebSignature.Payload>(authorization[7..], options);
        Assert.Equal("pusher@applytrack-sandbox.iam.gserviceaccount.com", payload.Email);
        Assert.True(payload.EmailVerified);
    }

    [Fact]
    public async Task A_push_without_an_authenticated_subscription_carries_no_token()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        await session.Gmail.PostJsonAsync("watch", new { topicName = Topic });

        _mailbox.Add(GoogleClients.Letter("Interview invitation"));
        await _receiver.NextAsync();

        Assert.True(_receiver.Authorizations.TryDequeue(out var authorization));
        Assert.Equal("", authorization);
    }

    [Fact]
    public async Task A_push_answered_with_an_error_is_redelivered()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        await session.Gmail.PostJsonAsync("watch", new { topicName = Topic });
        _receiver.FailNext(500, 503);

        _mailbox.Add(GoogleClients.Letter("Rejection"));
        var push = await _receiver.NextAsync();

        var log = _sandbox.Services.GetRequiredService<GmailWatches>();
        for (var i = 0; i < 50 && !log.Log.Any(a => a.Outcome == "delivered"); i++) await Task.Delay(20);

        Assert.NotNull(push["message"]);
        Assert.Contains(log.Log, a => a.Outcome == "delivered" && a.Attempt == 3);
    }

    [Fact]
    public async Task Changes_outside_the_watched_labels_are_not_pushed()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        await session.Gmail.PostJsonAsync("watch", new { topicName = Topic, labelIds = new[] { "INBOX" } });

        _mailbox.Add(GoogleClients.Letter("Sent by me"), WellKnownFolder.SentItems);
        _mailbox.Add(GoogleClients.Letter("In the inbox"));
        var push = await _receiver.NextAsync();
        await Task.Delay(300);

        var data = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(push["message"]!["data"]!.GetValue<string>())))!;
        Assert.Equal((await session.Gmail.GetOkAsync("profile"))["historyId"]!.GetValue<string>(), data["historyId"]!.ToJsonString());
        Assert.False(_receiver.TryTake(out _));
    }

    [Fact]
    public async Task Stop_ends_the_pushes()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        await session.Gmail.PostJsonAsync("watch", new { topicName = Topic });

        using var stop = await session.Gmail.PostAsync("stop", null);
        _mailbox.Add(GoogleClients.Letter("After stop"));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.NoContent, stop.StatusCode);
        Assert.False(_receiver.TryTake(out _));
    }

    [Fact]
    public async Task Watch_rejects_a_malformed_topic_and_a_topic_the_publisher_may_not_write()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var (badStatus, _) = await session.Gmail.PostJsonAsync("watch", new { topicName = "gmail-push" });
        _sandbox.Settings().PublisherGranted = false;
        var (deniedStatus, denied) = await session.Gmail.PostJsonAsync("watch", new { topicName = Topic });

        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Equal(HttpStatusCode.Forbidden, deniedStatus);
        Assert.Contains("User not authorized to perform this action", denied!["error"]!["message"]!.GetValue<string>());
    }
}
