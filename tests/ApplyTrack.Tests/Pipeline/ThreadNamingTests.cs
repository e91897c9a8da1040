using System.Net;
using System.Net.Http.Json;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Corrections;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;

namespace ApplyTrack.Tests.Pipeline;

/// <summary>Company and role from the whole thread, end to end: the real app over HTTP, syncing from the sandbox's Graph.</summary>
public abstract class ThreadNamingTests(OutlookApplication app)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly MailAddress Recruiter = new("priya@haysrecruitment.example", "Priya Shah (Hays Recruitment)");

    [Fact]
    public async Task A_name_the_person_typed_stays_when_a_later_email_of_the_thread_names_the_client_and_a_longer_role()
    {
        var conversation = $"conv-{Guid.NewGuid():N}";
        var (client, mailbox, connectionId) = await ConnectAsync(AgencyReceipt(conversation));
        var card = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Single();
        var id = card.GetProperty("id").GetGuid();

        // The person's own label still mentions the agency, which would otherwise give way to the client.
        var edit = await client.PatchAsJsonAsync($"/api/applications/{id}", new { company = "Northwind via Hays", role = "Analyst" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        mailbox.Add(TestMail.InterviewInvite("Contoso", "Data Analyst", Now.AddHours(-1), conversation) with { From = Recruiter });
        await SyncUntilAsync(client, connectionId, async () => (await client.ActivityAsync()) is { Count: 2 } emails
            && emails.All(e => e.GetProperty("outcome").GetString() != "pending"), "the interview invitation applied");

        var application = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        Assert.Equal("Northwind via Hays", application.GetProperty("company").GetString());
        Assert.Equal("Analyst", application.GetProperty("role").GetString());
        Assert.Equal("interviewing", application.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_person_s_edit_the_later_email_names_the_client_and_the_role()
    {
        var conversation = $"conv-{Guid.NewGuid():N}";
        var (client, mailbox, connectionId) = await ConnectAsync(AgencyReceipt(conversation, subject: "Thanks for applying through Hays Recruitment"));
        var id = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Single().GetProperty("id").GetGuid();

        mailbox.Add(TestMail.InterviewInvite("Contoso", "Data Analyst", Now.AddHours(-1), conversation) with { From = Recruiter });
        // Stored, then applied once the sync has read everything: wait for the second step, which names the card.
        await SyncUntilAsync(client, connectionId, async () => (await client.ActivityAsync()) is { Count: 2 } emails
            && emails.All(e => e.GetProperty("outcome").GetString() != "pending"), "the interview invitation applied");

        var application = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        Assert.Equal("Contoso", application.GetProperty("company").GetString());
        Assert.Equal("Data Analyst", application.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_later_email_that_writes_the_employer_out_and_names_the_role_renames_a_card_opened_by_a_phone_screen()
    {
        var conversation = $"conv-{Guid.NewGuid():N}";
        var manager = new MailAddress("dana.reyes@westridgecu.example", "Dana Reyes");
        var (client, mailbox, connectionId) = await ConnectAsync(new NewMailMessage
        {
            From = manager,
            To = [new MailAddress("jordan@example.com", "Jordan Lee")],
            Subject = "Phone screen",
            TextBody = "Hi Jordan,\n\nThanks for applying. We would like to invite you to a 30-minute phone screen with me on Tuesday at 10am. " +
                       "Please let me know if that time works for you.\n\nDana Reyes\nref " + TestMail.Marker(),
            ReceivedDateTime = Now.AddDays(-5),
            ConversationId = conversation,
        });
        var card = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().Single();
        var id = card.GetProperty("id").GetGuid();
        // The first email named no role (a phone screen is a step, not a job) and the employer only by its address.
        Assert.Equal("Role not stated", card.GetProperty("role").GetString());
        Assert.Equal("Westridgecu", card.GetProperty("company").GetString());

        mailbox.Add(new NewMailMessage
        {
            From = manager,
            To = [new MailAddress("jordan@example.com", "Jordan Lee")],
            Subject = "Re: Phone screen",
            TextBody = "Hi Jordan,\n\nGreat speaking with you. We are delighted to offer you the position of Member Services Representative at " +
                       "Westridge Credit Union. Your offer letter with the salary and start date is attached.\n\nDana Reyes\nref " + TestMail.Marker(),
            ReceivedDateTime = Now.AddHours(-1),
            ConversationId = conversation,
        });
        await SyncUntilAsync(client, connectionId, async () => (await client.ActivityAsync()).Count == 2, "the offer");

        var application = await (await client.GetAsync($"/api/applications/{id}")).ReadJsonAsync();
        Assert.Equal("Westridge Credit Union", application.GetProperty("company").GetString());
        Assert.Equal("Member Services Representative", application.GetProperty("role").GetString());
    }

    private static NewMailMessage AgencyReceipt(string conversation, string subject = "Your application for Data Analyst at Hays Recruitment") => new()
    {
        From = Recruiter,
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = subject,
        TextBody = "Hi Jordan,\n\nThank you for applying through Hays Recruitment. We have received your application and will review it carefully before we put you forward.\n\nBest regards,\nPriya Shah\nHays Recruitment\nref " + TestMail.Marker(),
        ReceivedDateTime = Now.AddDays(-6),
        ConversationId = conversation,
    };

    private async Task<(HttpClient Client, Mailbox Mailbox, Guid ConnectionId)> ConnectAsync(params NewMailMessage[] messages)
    {
        ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"naming-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        foreach (var message in messages) mailbox.Add(message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        Assert.Equal(messages.Length, (await client.ActivityAsync()).Count);
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
}

public sealed class SqliteThreadNamingTests(OutlookApplication app) : ThreadNamingTests(app), IClassFixture<OutlookApplication>;

public sealed class PostgresThreadNamingTests(PostgresOutlookApplication app) : ThreadNamingTests(app), IClassFixture<PostgresOutlookApplication>;
