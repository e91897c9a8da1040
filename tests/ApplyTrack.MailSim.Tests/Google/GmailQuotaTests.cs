using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GmailQuotaTests : IAsyncLifetime
{
    private const string Email = "sam.rivera@gmail.com";
    private MailSandbox _sandbox = null!;
    private Mailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false });
        _mailbox = _sandbox.Mailboxes.GetOrCreate(Email);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Injected_user_rate_limit_is_403_with_the_usage_limits_reason_then_the_call_succeeds()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        _sandbox.Settings().FailNext(1, GmailFault.UserRateLimit403);
        var (status, body) = await session.Gmail.GetJsonAsync("profile");
        var (retryStatus, _) = await session.Gmail.GetJsonAsync("profile");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("userRateLimitExceeded", body.Reason());
        Assert.Equal("usageLimits", body!["error"]!["errors"]![0]!["domain"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, retryStatus);
    }

    [Fact]
    public async Task Injected_429_says_resource_exhausted_and_when_to_retry()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        _sandbox.Settings().FailNext(1, GmailFault.RateLimit429);
        var (status, body) = await session.Gmail.GetJsonAsync("messages");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("RESOURCE_EXHAUSTED", body!["error"]!["status"]!.GetValue<string>());
        Assert.StartsWith("User-rate limit exceeded.  Retry after ", body["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Injected_503_is_a_backend_error()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        _sandbox.Settings().FailNext(1, GmailFault.Unavailable503);
        var (status, body) = await session.Gmail.GetJsonAsync("labels");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("backendError", body.Reason());
    }

    [Fact]
    public async Task Spending_the_per_user_units_gives_403_user_rate_limit_or_429_when_switched()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        _sandbox.Settings().UserUnitsPerMinute = 10;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await session.Gmail.GetJsonAsync("messages")).Status);
        _sandbox.Settings().QuotaErrorsAs429 = true;
        var (switched, body) = await session.Gmail.GetJsonAsync("messages");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, switched);
        Assert.Equal("rateLimitExceeded", body.Reason());
    }

    [Fact]
    public async Task Missing_or_unknown_tokens_get_401_in_googles_format()
    {
        using var http = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = new Uri(_sandbox.HttpsBaseAddress, "gmail/v1/users/me/") };

        var (missing, missingBody) = await http.GetJsonAsync("profile");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ya29.not-a-token");
        var (invalid, invalidBody) = await http.GetJsonAsync("profile");

        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal("required", missingBody.Reason());
        Assert.Equal(HttpStatusCode.Unauthorized, invalid);
        Assert.Equal("authError", invalidBody.Reason());
    }

    [Fact]
    public async Task A_fault_from_the_general_emu_faults_api_comes_back_in_googles_format()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        _sandbox.Faults.FailNext(1, 429, SandboxSurface.Google, 7);
        using var response = await session.Gmail.GetAsync("profile");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("7", response.Headers.RetryAfter!.ToString());
        Assert.Equal("rateLimitExceeded", body.Reason());
    }

    [Fact]
    public async Task A_batch_of_more_than_100_parts_is_rejected()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var body = new StringBuilder();
        for (var i = 0; i < 101; i++)
            body.Append($"--b\r\nContent-Type: application/http\r\nContent-ID: <{i}>\r\n\r\nGET /gmail/v1/users/me/profile\r\n\r\n");
        body.Append("--b--\r\n");
        var content = new StringContent(body.ToString());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed; boundary=b");

        using var response = await session.Gmail.PostAsync(new Uri(_sandbox.HttpsBaseAddress, "batch/gmail/v1"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_answers_each_part_in_order_with_its_own_status()
    {
        var first = _mailbox.Add(GoogleClients.Letter("First"));
        var second = _mailbox.Add(GoogleClients.Letter("Second"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);
        var boundary = "batch_foobar";
        var body = new StringBuilder();
        foreach (var (id, index) in new[] { first.GmailId(), "00000000000fffff", second.GmailId() }.Select((id, i) => (id, i)))
        {
            body.Append($"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <item{index}>\r\n\r\n");
            body.Append($"GET /gmail/v1/users/me/messages/{id}?format=metadata&metadataHeaders=Subject\r\n\r\n");
        }
        body.Append($"--{boundary}--\r\n");
        var content = new StringContent(body.ToString());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");

        using var response = await session.Gmail.PostAsync(new Uri(_sandbox.HttpsBaseAddress, "batch/gmail/v1"), content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType!.ToString());
        var item0 = text.IndexOf("Content-ID: <response-item0>", StringComparison.Ordinal);
        var item1 = text.IndexOf("Content-ID: <response-item1>", StringComparison.Ordinal);
        var item2 = text.IndexOf("Content-ID: <response-item2>", StringComparison.Ordinal);
        Assert.True(item0 >= 0 && item0 < item1 && item1 < item2);
        Assert.Contains("HTTP/1.1 404 Not Found", text[item1..item2]);
        Assert.Contains("\"Second\"", text[item2..]);
    }
}
