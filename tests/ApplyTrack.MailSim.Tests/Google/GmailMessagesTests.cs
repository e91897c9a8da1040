using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GmailMessagesTests : IAsyncLifetime
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

    private DateTimeOffset Now => _sandbox.Mailboxes.Time.GetUtcNow();

    [Fact]
    public async Task Profile_reports_the_address_counts_and_a_history_id()
    {
        _mailbox.Add(GoogleClients.Letter("One"));
        _mailbox.Add(GoogleClients.Letter("Two"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var profile = await session.Gmail.GetOkAsync("profile");

        Assert.Equal(Email, profile["emailAddress"]!.GetValue<string>());
        Assert.Equal(2, profile["messagesTotal"]!.GetValue<int>());
        Assert.True(ulong.Parse(profile["historyId"]!.GetValue<string>()) > 0);
    }

    [Fact]
    public async Task List_with_newer_than_keeps_only_recent_mail_newest_first()
    {
        _mailbox.Add(GoogleClients.Letter("Old", Now.AddDays(-40)));
        var recent = _mailbox.Add(GoogleClients.Letter("Recent", Now.AddDays(-3)));
        var newest = _mailbox.Add(GoogleClients.Letter("Newest", Now.AddHours(-1)));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var list = await session.Gmail.GetOkAsync("messages?q=newer_than:30d");

        Assert.Equal([newest.GmailId(), recent.GmailId()], list["messages"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal(2, list["resultSizeEstimate"]!.GetValue<int>());
    }

    [Fact]
    public async Task Repeated_label_ids_must_all_match_and_an_empty_result_has_no_messages_key()
    {
        var unreadInInbox = _mailbox.Add(GoogleClients.Letter("Unread"));
        _mailbox.Add(GoogleClients.Letter("Read") with { IsRead = true });
        _mailbox.Add(GoogleClients.Letter("Archived"), WellKnownFolder.Archive);
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var both = await session.Gmail.GetOkAsync("messages?labelIds=INBOX&labelIds=UNREAD");
        var none = (await session.Gmail.GetOkAsync("messages?labelIds=SENT")).AsObject();

        Assert.Equal(unreadInInbox.GmailId(), Assert.Single(both["messages"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.False(none.ContainsKey("messages"));
        Assert.Equal(0, none["resultSizeEstimate"]!.GetValue<int>());
    }

    [Fact]
    public async Task Paging_with_page_tokens_returns_every_message_exactly_once()
    {
        for (var i = 0; i < 23; i++) _mailbox.Add(GoogleClients.Letter($"Message {i}", Now.AddMinutes(-i)));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var seen = new List<string>();
        string? pageToken = null;
        do
        {
            var page = await session.Gmail.GetOkAsync($"messages?maxResults=10{(pageToken is null ? "" : "&pageToken=" + pageToken)}");
            seen.AddRange(page["messages"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
            pageToken = page["nextPageToken"]?.GetValue<string>();
        }
        while (pageToken is not null);

        Assert.Equal(23, seen.Count);
        Assert.Equal(23, seen.Distinct().Count());
    }

    [Fact]
    public async Task More_than_500_results_per_page_is_a_400()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var (status, body) = await session.Gmail.GetJsonAsync("messages?maxResults=501");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body!["error"]!["code"]!.GetValue<int>());
        Assert.Equal("INVALID_ARGUMENT", body["error"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Full_format_has_a_multipart_alternative_payload_with_base64url_text_and_html()
    {
        var message = _mailbox.Add(GoogleClients.Letter("Interview – next steps", text: "Plain text ✓", html: "<p>HTML <b>body</b></p>"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var full = await session.Gmail.GetOkAsync($"messages/{message.GmailId()}?format=full");

        var payload = full["payload"]!;
        Assert.Equal("multipart/alternative", payload["mimeType"]!.GetValue<string>());
        var parts = payload["parts"]!.AsArray();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p!["mimeType"]!.GetValue<string>()));
        Assert.Equal("Plain text ✓", Decode(parts[0]!["body"]!["data"]!.GetValue<string>()));
        Assert.Equal("<p>HTML <b>body</b></p>", Decode(parts[1]!["body"]!["data"]!.GetValue<string>()));
        Assert.Contains(payload["headers"]!.AsArray(), h => h!["name"]!.GetValue<string>() == "Subject" && h["value"]!.GetValue<string>() == "Interview – next steps");
        Assert.Equal(message.ReceivedDateTime.ToUnixTimeMilliseconds().ToString(), full["internalDate"]!.GetValue<string>());
        Assert.Equal(["INBOX", "UNREAD"], full["labelIds"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task Metadata_format_returns_only_the_requested_headers_and_no_bodies()
    {
        var message = _mailbox.Add(GoogleClients.Letter("Offer letter"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var metadata = await session.Gmail.GetOkAsync($"messages/{message.GmailId()}?format=metadata&metadataHeaders=From&metadataHeaders=subject");

        var headers = metadata["payload"]!["headers"]!.AsArray().Select(h => h!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Subject", "From"], headers);
        Assert.Null(metadata["payload"]!["parts"]);
        Assert.Null(metadata["payload"]!["body"]!["data"]);
    }

    [Fact]
    public async Task Raw_format_is_the_rfc_5322_message_in_base64url()
    {
        var message = _mailbox.Add(GoogleClients.Letter("Assessment invitation", text: "Please complete the test."));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var raw = Decode((await session.Gmail.GetOkAsync($"messages/{message.GmailId()}?format=raw"))["raw"]!.GetValue<string>());

        Assert.Contains("Subject: Assessment invitation\r\n", raw);
        Assert.Contains($"Message-ID: {message.InternetMessageId}\r\n", raw);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("Please complete the test.")), raw);
    }

    [Fact]
    public async Task Metadata_scope_forbids_search_and_full_bodies_but_allows_metadata()
    {
        var message = _mailbox.Add(GoogleClients.Letter("Hello"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email, ["openid", "email", GoogleScopes.GmailMetadata]);

        var (searchStatus, searchBody) = await session.Gmail.GetJsonAsync("messages?q=newer_than:30d");
        var (fullStatus, fullBody) = await session.Gmail.GetJsonAsync($"messages/{message.GmailId()}?format=full");
        var (metadataStatus, _) = await session.Gmail.GetJsonAsync($"messages/{message.GmailId()}?format=metadata");

        Assert.Equal(HttpStatusCode.Forbidden, searchStatus);
        Assert.Equal("Metadata scope does not support 'q' parameter", searchBody!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, fullStatus);
        Assert.Equal("forbidden", fullBody.Reason());
        Assert.Equal(HttpStatusCode.OK, metadataStatus);
    }

    [Fact]
    public async Task Unknown_message_is_404_not_found_in_googles_error_format()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var (status, body) = await session.Gmail.GetJsonAsync("messages/00000000000fffff");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("notFound", body.Reason());
        Assert.Equal("Requested entity was not found.", body!["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Threads_group_a_conversation_and_thread_get_returns_its_messages_oldest_first()
    {
        var first = _mailbox.Add(GoogleClients.Letter("Application received", Now.AddDays(-2), conversationId: "conv-1"));
        var second = _mailbox.Add(GoogleClients.Letter("RE: Application received", Now.AddDays(-1), conversationId: "conv-1"));
        _mailbox.Add(GoogleClients.Letter("Newsletter", Now.AddHours(-1)));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var threads = await session.Gmail.GetOkAsync("threads");
        var threadId = (await session.Gmail.GetOkAsync($"messages/{first.GmailId()}?format=minimal"))["threadId"]!.GetValue<string>();
        var thread = await session.Gmail.GetOkAsync($"threads/{threadId}?format=metadata");

        Assert.Equal(2, threads["threads"]!.AsArray().Count);
        Assert.Equal([first.GmailId(), second.GmailId()], thread["messages"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Labels_list_has_system_labels_and_user_labels_for_folders()
    {
        _mailbox.AddFolder("Job search");
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var labels = (await session.Gmail.GetOkAsync("labels"))["labels"]!.AsArray();

        Assert.Contains(labels, l => l!["id"]!.GetValue<string>() == "INBOX" && l["type"]!.GetValue<string>() == "system");
        Assert.Contains(labels, l => l!["name"]!.GetValue<string>() == "Job search" && l["id"]!.GetValue<string>().StartsWith("Label_"));
    }

    [Fact]
    public async Task Fields_parameter_keeps_only_the_selected_properties()
    {
        _mailbox.Add(GoogleClients.Letter("One"));
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var list = (await session.Gmail.GetOkAsync("messages?fields=messages(id)")).AsObject();

        Assert.Equal(["messages"], list.Select(p => p.Key));
        Assert.Equal(["id"], list["messages"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Another_users_address_is_refused_with_delegation_denied()
    {
        var session = await GoogleClients.SignInAsync(_sandbox, Email);

        var (status, body) = await session.Gmail.GetJsonAsync(new Uri(_sandbox.HttpsBaseAddress, "gmail/v1/users/someone.else@gmail.com/profile").ToString());

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith("Delegation denied", body!["error"]!["message"]!.GetValue<string>());
    }

    private static string Decode(string base64Url) => Encoding.UTF8.GetString(Convert.FromBase64String(base64Url.Replace('-', '+').Replace('_', '/')));
}
