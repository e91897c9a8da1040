using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Subscriptions;
using ApplyTrack.MailSim.Tests.Infrastructure;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.MailSim.Tests.Subscriptions;

public sealed class ChangeNotificationTests : IAsyncLifetime
{
    private const string Email = "morgan.diaz@contoso.example";
    private MailSandbox _sandbox = null!;
    private WebhookReceiver _receiver = null!;
    private GraphServiceClient _graph = null!;
    private MailSim.Mailboxes.Mailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false });
        _receiver = await WebhookReceiver.StartAsync();
        _graph = await GraphClients.SignInAsync(_sandbox, Email);
        _mailbox = _sandbox.Mailboxes.Find(Email)!;
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private Task<Subscription?> SubscribeAsync(string resource = "me/mailFolders('Inbox')/messages", string? lifecycleUrl = null) =>
        _graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = _receiver.Url,
            LifecycleNotificationUrl = lifecycleUrl,
            Resource = resource,
            ExpirationDateTime = _sandbox.Clock.GetUtcNow().AddDays(2),
            ClientState = "s3cr3t-client-state",
        });

    private MailMessage Receive(string subject) =>
        _mailbox.Add(new NewMailMessage { From = new("jobs@contoso.example", "Contoso Jobs"), Subject = subject, TextBody = "Hello" });

    [Fact]
    public async Task Creating_a_subscription_echoes_the_validation_token_before_it_is_created()
    {
        var subscription = await SubscribeAsync();

        Assert.NotNull(subscription!.Id);
        Assert.Equal("s3cr3t-client-state", subscription.ClientState);
        Assert.StartsWith("Validation: ", Assert.Single(_receiver.ValidationTokens));
    }

    [Fact]
    public async Task Endpoint_that_fails_validation_gets_400_and_no_subscription()
    {
        _receiver.EchoValidation = false;

        var error = await Assert.ThrowsAsync<ODataError>(() => SubscribeAsync());

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.StartsWith("Subscription validation request failed", error.Error!.Message);
        Assert.Empty(_sandbox.Services.GetRequiredService<SubscriptionStore>().Active);
    }

    [Fact]
    public async Task New_mail_is_notified_with_client_state_and_message_resource()
    {
        var subscription = await SubscribeAsync();

        var message = Receive("Interview on Thursday");
        var notification = await _receiver.NextAsync();

        Assert.Equal(subscription!.Id, (string?)notification["subscriptionId"]);
        Assert.Equal("created", (string?)notification["changeType"]);
        Assert.Equal("s3cr3t-client-state", (string?)notification["clientState"]);
        Assert.Equal($"Users/{_mailbox.Id}/Messages/{message.Id}", (string?)notification["resource"]);
        Assert.Equal(message.Id, (string?)notification["resourceData"]!["id"]);
        Assert.Equal("?tenant=contoso", (string?)notification["_query"]);
    }

    [Fact]
    public async Task Moving_mail_out_of_the_folder_is_notified_as_deleted_and_reading_as_updated()
    {
        await SubscribeAsync();
        var message = Receive("Rejection");
        await _receiver.NextAsync();

        _mailbox.SetRead(message.Id, true);
        var read = await _receiver.NextAsync();
        _mailbox.Move(message.Id, WellKnownFolder.Archive);
        var moved = await _receiver.NextAsync();

        Assert.Equal("updated", (string?)read["changeType"]);
        Assert.Equal("deleted", (string?)moved["changeType"]);
        Assert.Equal(message.Id, (string?)moved["resourceData"]!["id"]);
    }

    [Fact]
    public async Task Failed_delivery_is_retried_until_the_endpoint_accepts_it()
    {
        await SubscribeAsync();
        _receiver.FailNext(1);

        Receive("Assessment invitation");
        var notification = await _receiver.NextAsync(TimeSpan.FromSeconds(15));

        Assert.Equal("created", (string?)notification["changeType"]);
        Assert.True(_receiver.Deliveries >= 2);
    }

    [Fact]
    public async Task Renewal_extends_the_expiry_and_an_expired_subscription_is_gone()
    {
        var subscription = await SubscribeAsync("me/messages");
        var renewedUntil = _sandbox.Clock.GetUtcNow().AddDays(5);

        var renewed = await _graph.Subscriptions[subscription!.Id].PatchAsync(new Subscription { ExpirationDateTime = renewedUntil });
        _sandbox.Clock.Advance(TimeSpan.FromDays(6));
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Subscriptions[subscription.Id].GetAsync());

        Assert.Equal(renewedUntil.ToUnixTimeSeconds(), renewed!.ExpirationDateTime!.Value.ToUnixTimeSeconds());
        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Expiry_beyond_the_outlook_maximum_is_rejected()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created",
            NotificationUrl = _receiver.Url,
            Resource = "me/messages",
            ExpirationDateTime = _sandbox.Clock.GetUtcNow().AddDays(8),
        }));

        Assert.Equal(400, error.ResponseStatusCode);
    }

    [Fact]
    public async Task Lifecycle_event_goes_to_the_lifecycle_url_with_client_state()
    {
        var subscription = await SubscribeAsync(lifecycleUrl: _receiver.LifecycleUrl);
        var dispatcher = _sandbox.Services.GetRequiredService<NotificationDispatcher>();

        dispatcher.SendLifecycleEvent(_sandbox.Services.GetRequiredService<SubscriptionStore>().Find(subscription!.Id!)!, "missed");
        var lifecycle = await _receiver.NextAsync();

        Assert.Equal("lifecycle", (string?)lifecycle["_endpoint"]);
        Assert.Equal("missed", (string?)lifecycle["lifecycleEvent"]);
        Assert.Equal("s3cr3t-client-state", (string?)lifecycle["clientState"]);
        Assert.Equal(2, _receiver.ValidationTokens.Count);
    }

    [Fact]
    public async Task Deleting_a_subscription_stops_notifications()
    {
        var subscription = await SubscribeAsync();

        await _graph.Subscriptions[subscription!.Id].DeleteAsync();
        Receive("After unsubscribe");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _receiver.NextAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Rich_notifications_are_refused_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created", NotificationUrl = _receiver.Url, Resource = "me/messages",
            ExpirationDateTime = _sandbox.Clock.GetUtcNow().AddHours(12), IncludeResourceData = true,
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("includeResourceData", error.Error!.Message);
    }
}
