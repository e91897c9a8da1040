using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Tests.Infrastructure;
using Microsoft.Graph;
using BodyType = Microsoft.Graph.Models.BodyType;
using Microsoft.Graph.Models.ODataErrors;

namespace ApplyTrack.MailSim.Tests.Graph;

public sealed class MessageTests : IAsyncLifetime
{
    private const string Email = "casey.nguyen@contoso.example";
    private MailSandbox _sandbox = null!;
    private Mailbox _mailbox = null!;
    private MailMessage _offer = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false });
        _mailbox = _sandbox.Mailboxes.GetOrCreate(Email);
        _offer = _mailbox.Add(new NewMailMessage
        {
            From = new("offers@fabrikam.example", "Fabrikam Recruiting"),
            Subject = "Your offer from Fabrikam",
            HtmlBody = "<html><body><p>Dear Casey,</p><p>We are delighted to offer you the role.</p></body></html>",
        });
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Body_is_html_by_default_and_text_when_preferred()
    {
        var graph = await GraphClients.SignInAsync(_sandbox, Email);

        var html = await graph.Me.Messages[_offer.Id].GetAsync();
        var text = await graph.Me.Messages[_offer.Id].GetAsync(r => r.Headers.Add("Prefer", "outlook.body-content-type=\"text\""));

        Assert.Equal(BodyType.Html, html!.Body!.ContentType);
        Assert.Contains("<p>Dear Casey,</p>", html.Body.Content);
        Assert.Equal(BodyType.Text, text!.Body!.ContentType);
        Assert.StartsWith("Dear Casey,", text.Body.Content);
        Assert.DoesNotContain("<p>", text.Body.Content);
    }

    [Fact]
    public async Task Mail_ReadBasic_token_sees_metadata_but_no_body_or_preview()
    {
        var graph = await GraphClients.SignInAsync(_sandbox, Email, ["Mail.ReadBasic", "User.Read"]);

        var message = await graph.Me.Messages[_offer.Id].GetAsync(r => r.QueryParameters.Select = ["subject", "body", "bodyPreview", "from"]);

        Assert.Equal("Your offer from Fabrikam", message!.Subject);
        Assert.Equal("offers@fabrikam.example", message.From!.EmailAddress!.Address);
        Assert.Null(message.Body);
        Assert.Null(message.BodyPreview);
    }

    [Fact]
    public async Task Select_projects_the_message_to_the_asked_properties_plus_id()
    {
        var graph = await GraphClients.SignInAsync(_sandbox, Email);

        var message = await graph.Me.MailFolders["inbox"].Messages[_offer.Id].GetAsync(r => r.QueryParameters.Select = ["subject"]);

        Assert.Equal(_offer.Id, message!.Id);
        Assert.Equal("Your offer from Fabrikam", message.Subject);
        Assert.Null(message.ReceivedDateTime);
    }

    [Fact]
    public async Task Unknown_message_is_404_item_not_found()
    {
        var graph = await GraphClients.SignInAsync(_sandbox, Email);

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Me.Messages["AAMkADnope"].GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", error.Error!.Code);
    }

    [Fact]
    public async Task Throttled_request_is_retried_by_the_graph_sdk_after_retry_after()
    {
        var graph = await GraphClients.SignInAsync(_sandbox, Email);
        _sandbox.Faults.FailNext(1, 429, SandboxSurface.Graph, retryAfterSeconds: 1);

        var message = await graph.Me.Messages[_offer.Id].GetAsync();

        Assert.Equal(_offer.Subject, message!.Subject);
        var log = _sandbox.Services.GetService(typeof(RequestLog)) as RequestLog;
        Assert.Equal([200, 429], log!.Recent(2, SandboxSurface.Graph).Select(r => r.Status));
    }

    [Fact]
    public async Task Throttle_response_carries_retry_after_and_graphs_error_body()
    {
        using var http = await AuthorizedHttpAsync();
        _sandbox.Faults.FailNext(1, 429, SandboxSurface.Graph, retryAfterSeconds: 7);

        using var response = await http.GetAsync("v1.0/me/messages");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);
        Assert.Equal("TooManyRequests", (string?)error["code"]);
        Assert.NotNull(error["innerError"]!["request-id"]);
    }

    [Fact]
    public async Task Missing_token_is_401_invalid_authentication_token_with_www_authenticate()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };

        using var response = await http.GetAsync("v1.0/me/mailFolders");
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", (string?)error["code"]);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Expired_access_token_is_401()
    {
        using var http = await AuthorizedHttpAsync();
        _sandbox.Clock.Advance(TimeSpan.FromHours(2));

        using var response = await http.GetAsync("v1.0/me/messages");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_without_mail_scope_is_403_for_mail()
    {
        using var http = await AuthorizedHttpAsync(["User.Read"]);

        using var response = await http.GetAsync("v1.0/me/mailFolders");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ErrorAccessDenied", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Theory]
    [InlineData("v1.0/me/mailFolders('Inbox')/messages/microsoft.graph.delta()")]
    [InlineData("v1.0/me/mailfolders/INBOX/messages/delta()")]
    [InlineData("v1.0/users/casey.nguyen@contoso.example/mailFolders/inbox/messages/delta?%24select=subject")]
    [InlineData("v1.0/me/mailFolders/msgfolderroot/childFolders/inbox/messages")]
    public async Task Graph_path_forms_used_by_clients_all_resolve(string path)
    {
        using var http = await AuthorizedHttpAsync();

        using var response = await http.GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your offer from Fabrikam", (string?)body["value"]![0]!["subject"]);
    }

    [Fact]
    public async Task Orderby_on_a_property_not_filtered_first_is_an_inefficient_filter()
    {
        using var http = await AuthorizedHttpAsync();

        using var response = await http.GetAsync("v1.0/me/messages?$filter=isRead eq false&$orderby=receivedDateTime desc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InefficientFilter", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task Mime_value_starts_with_headers()
    {
        using var http = await AuthorizedHttpAsync();

        var mime = await http.GetStringAsync($"v1.0/me/messages/{_offer.Id}/$value");

        Assert.StartsWith("From: \"Fabrikam Recruiting\" <offers@fabrikam.example>", mime);
        Assert.Contains($"Message-ID: {_offer.InternetMessageId}", mime);
    }

    [Fact]
    public async Task A_fifth_concurrent_request_for_the_same_app_and_mailbox_is_throttled()
    {
        using var http = await AuthorizedHttpAsync();
        _sandbox.Faults.Transport = new TransportFaults { LatencyMs = 700 };

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => http.GetAsync("v1.0/me/mailFolders/inbox")));

        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests && r.Headers.RetryAfter is not null));
        var error = JsonNode.Parse(await responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests).Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("ApplicationThrottled", (string?)error["code"]);
        Assert.Equal("Application is over its MailboxConcurrency limit.", (string?)error["message"]);
    }

    private async Task<HttpClient> AuthorizedHttpAsync(string[]? scopes = null)
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox);
        var result = await MicrosoftClients.SignInAsync(_sandbox, app, Email, scopes ?? MicrosoftClients.MailScopes);
        var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", result.AccessToken);
        return http;
    }
}
