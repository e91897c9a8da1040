using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Tests.Corrections;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;

namespace ApplyTrack.Tests.Duplicates;

/// <summary>Duplicates that mail makes: the real app syncing from the sandbox's Graph and from a real Dovecot.</summary>
public sealed class DuplicatesMailTests(ImapApplication app) : IClassFixture<ImapApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task A_card_added_by_hand_and_the_card_mail_created_for_that_job_are_a_possible_duplicate()
    {
        var (client, _, _) = await ConnectOutlookAsync(
            async c => await c.CreateApplicationAsync("Contoso", "PM"),
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3), "conv-contoso"));

        var pair = Assert.Single((await (await client.GetAsync("/api/duplicates")).ReadJsonAsync()).GetProperty("pairs").EnumerateArray());

        Assert.Equal("addedAndFromMail", pair.GetProperty("reason").GetString());
        Assert.Equal(new[] { "manual", "outlook" }, new[] { Source(pair.GetProperty("first")), Source(pair.GetProperty("second")) }.Order());
    }

    [Fact]
    public async Task After_a_merge_the_next_email_of_the_thread_lands_on_the_primary_and_undo_takes_the_thread_back()
    {
        var (client, mailbox, connectionId) = await ConnectOutlookAsync(
            async c => await c.CreateApplicationAsync("Contoso", "PM"),
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-3), "conv-contoso"));
        var applications = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().ToList();
        var primary = applications.Single(a => a.GetProperty("source").GetString() == "manual").GetProperty("id").GetGuid();
        var fromMail = applications.Single(a => a.GetProperty("source").GetString() != "manual").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/applications/{primary}/merge", new { otherId = fromMail })).StatusCode);

        // Named after an agency: only the conversation ties it to the application. Sent after the card was added by hand
        // (an older email never overrides a status a person set). Graph dates have whole seconds, so it is dated the next
        // whole second: "now" would read as up to a second before the card was added when the test runs fast.
        mailbox.Add(TestMail.InterviewInvite("Hays Recruitment", "Consultant", NextWholeSecond(), "conv-contoso"));
        await SyncUntilAsync(client, connectionId, async () => (await EmailsOfAsync(client, primary)).Count == 2, "the invitation on the primary");

        var afterMerge = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(primary, Assert.Single(afterMerge).GetProperty("id").GetGuid());
        Assert.Equal("interviewing", afterMerge[0].GetProperty("status").GetString());

        var merge = Assert.Single((await (await client.GetAsync("/api/merges")).ReadJsonAsync()).EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/merges/{merge}/undo", null)).StatusCode);

        Assert.Equal(2, (await EmailsOfAsync(client, fromMail)).Count);
        Assert.Empty(await EmailsOfAsync(client, primary));
        Assert.Equal(2, (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task One_conversation_that_reached_an_outlook_and_an_imap_mailbox_is_one_application()
    {
        // The recruiter's first email reached Outlook; the reply reached the IMAP mailbox, which threads by References.
        // Named after an agency, the reply has nothing but the conversation to tie it to the application.
        var root = $"dup-{Guid.NewGuid():N}";
        var (client, _, _) = await ConnectOutlookAsync(null,
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-4), "conv-outlook") with { InternetMessageId = $"<{root}@thread.test>" });
        await ConnectImapAsync(client, TestMail.InterviewInvite("Hays Recruitment", "Consultant", Now.AddDays(-1), root));

        var application = Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("Contoso", application.GetProperty("company").GetString());
        Assert.Equal("interviewing", application.GetProperty("status").GetString());
        Assert.Equal(2, (await EmailsOfAsync(client, application.GetProperty("id").GetGuid())).Count);
        Assert.Empty((await (await client.GetAsync("/api/duplicates")).ReadJsonAsync()).GetProperty("pairs").EnumerateArray());
    }

    [Fact]
    public async Task The_first_email_reaching_outlook_after_imap_had_the_reply_joins_the_replys_application()
    {
        // The other order: the IMAP mailbox synced the reply first (its thread is the root's Message-ID), then Outlook
        // got the root itself.
        var root = $"dup-{Guid.NewGuid():N}";
        var client = await app.CreateSignedInClientAsync();
        await ConnectImapAsync(client, TestMail.InterviewInvite("Contoso", "Product Manager", Now.AddDays(-1), root));
        var mailboxEmail = $"duplicates-{Guid.NewGuid():N}@sandbox.test";
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Hays Recruitment", "Consultant", Now.AddDays(-4), "conv-outlook-late") with { InternetMessageId = $"<{root}@thread.test>" });
        await client.WaitForSuccessfulSyncAsync(await app.ConnectOutlookAsync(client, mailboxEmail));
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).Count(e => e.GetProperty("outcome").GetString() != "pending") == 2,
            TimeSpan.FromSeconds(30), "both emails applied");

        var application = Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("Contoso", application.GetProperty("company").GetString());
        Assert.Equal(2, (await EmailsOfAsync(client, application.GetProperty("id").GetGuid())).Count);
    }

    [Fact]
    public async Task Two_separate_threads_about_one_job_in_outlook_and_imap_stay_two_cards_flagged_as_a_possible_duplicate()
    {
        // No References tie the IMAP email to the Outlook one: two conversations. The role written in another order makes
        // them two cards to the matcher, which the duplicate finder recognises as one job.
        var (client, _, _) = await ConnectOutlookAsync(null, TestMail.Receipt("Northwind Traders", "Senior Data Engineer", Now.AddDays(-4), "conv-northwind"));
        await ConnectImapAsync(client, TestMail.Receipt("Northwind Traders", "Data Engineer, Senior", Now.AddDays(-2)));

        var applications = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.True(applications.Count == 2, $"two cards: {string.Join(", ", applications.Select(a => a.GetProperty("company").GetString()))}");
        var pair = Assert.Single((await (await client.GetAsync("/api/duplicates")).ReadJsonAsync()).GetProperty("pairs").EnumerateArray());
        Assert.NotEqual("sameThread", pair.GetProperty("reason").GetString());
    }

    private async Task ConnectImapAsync(HttpClient client, NewMailMessage message)
    {
        var login = ImapTestServer.NewLogin();
        var before = (await client.ActivityAsync()).Count;
        await ImapTestServer.AppendAsync(login, message);
        var imap = await client.PostAsJsonAsync("/api/connections/imap", ImapTestServer.ConnectBody(login));
        Assert.Equal(HttpStatusCode.Created, imap.StatusCode);
        await client.WaitForSuccessfulSyncAsync((await imap.ReadJsonAsync()).GetProperty("id").GetGuid());
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).Count(e => e.GetProperty("outcome").GetString() != "pending") == before + 1,
            TimeSpan.FromSeconds(30), "the IMAP email applied");
    }

    private async Task<(HttpClient Client, Mailbox Mailbox, Guid ConnectionId)> ConnectOutlookAsync(Func<HttpClient, Task>? before, params NewMailMessage[] messages)
    {
        ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"duplicates-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        foreach (var message in messages) mailbox.Add(message);
        var client = await app.CreateSignedInClientAsync();
        if (before is not null) await before(client);
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).Count(e => e.GetProperty("outcome").GetString() != "pending") == messages.Length,
            TimeSpan.FromSeconds(30), "the emails applied");
        return (client, mailbox, connectionId);
    }

    private static Task SyncUntilAsync(HttpClient client, Guid connectionId, Func<Task<bool>> condition, string description) =>
        Eventually.WaitAsync(async () =>
        {
            if (await condition()) return true;
            await client.PostAsync($"/api/connections/{connectionId}/sync", null);
            await Task.Delay(300);
            return await condition();
        }, TimeSpan.FromSeconds(30), description);

    private static async Task<List<JsonElement>> EmailsOfAsync(HttpClient client, Guid applicationId) =>
        (await (await client.GetAsync($"/api/applications/{applicationId}/emails")).ReadJsonAsync()).EnumerateArray().ToList();

    private static DateTimeOffset NextWholeSecond()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
    }

    private static string Source(JsonElement card) => card.GetProperty("source").GetString() is "manual" ? "manual" : "outlook";
}
