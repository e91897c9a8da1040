using System.Text.Json;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

/// <summary>What a sync writes carries the mail's dates, and a first sync applies mail oldest first.</summary>
public sealed class MailDatesAndOrderTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static string NewMailbox() => $"jordan-{Guid.NewGuid():N}@sandbox.test";

    [Fact]
    public async Task Status_history_notes_and_added_carry_the_emails_received_dates()
    {
        var mailboxEmail = NewMailbox();
        var receiptAt = Truncate(Now.AddDays(-12));
        var inviteAt = Truncate(Now.AddDays(-6));
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Woodgrove Bank", "Risk Analyst", receiptAt, "conv-woodgrove"));
        mailbox.Add(TestMail.InterviewInvite("Woodgrove Bank", "Risk Analyst", inviteAt, "conv-woodgrove"));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);

        var application = Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(receiptAt, application.GetProperty("createdAt").GetDateTimeOffset());
        var history = await HistoryAsync(client, application);
        Assert.Equal([receiptAt, inviteAt], history.Select(h => h.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(["applied", "interviewing"], history.Select(h => h.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task First_sync_applies_mail_oldest_first_so_the_receipt_names_the_card_and_the_final_round_moves_it()
    {
        var mailboxEmail = NewMailbox();
        var receiptAt = Truncate(Now.AddDays(-20));
        var finalRoundAt = Truncate(Now.AddDays(-2));
        var mailbox = app.Mailbox(mailboxEmail);
        mailbox.Add(TestMail.Receipt("Contoso", "Product Manager", receiptAt, "conv-contoso"));
        // Enough newer mail that the receipt lands on a later page than the final round (page size 10, newest first).
        for (var i = 0; i < 12; i++) mailbox.Add(TestMail.NonJob(i, Now.AddDays(-3).AddHours(-i)).Message);
        mailbox.Add(FinalRound("Contoso", finalRoundAt, "conv-contoso"));
        var client = await app.CreateSignedInClientAsync();

        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 90);

        var activity = string.Join("; ", (await client.ActivityAsync()).Select(e => e.ToString()));
        var runs = string.Join("; ", (await client.SyncHistoryAsync(connectionId)).Select(r => r.ToString()));
        var application = Assert.Single((await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray());
        Assert.True(application.GetProperty("status").GetString() == "interviewing", $"activity: {activity}; runs: {runs}");
        Assert.Equal("Contoso", application.GetProperty("company").GetString());
        Assert.Equal("Product Manager", application.GetProperty("role").GetString());
        Assert.Equal("interviewing", application.GetProperty("status").GetString());
        Assert.Equal(receiptAt, application.GetProperty("createdAt").GetDateTimeOffset());
        var history = await HistoryAsync(client, application);
        Assert.Equal(["applied", "interviewing"], history.Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(finalRoundAt, history[1].GetProperty("at").GetDateTimeOffset());
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient client, JsonElement application) =>
        [.. (await (await client.GetAsync($"/api/applications/{application.GetProperty("id").GetGuid()}/history")).ReadJsonAsync()).EnumerateArray()];

    // Graph dates have second precision in the sandbox's JSON.
    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static NewMailMessage FinalRound(string company, DateTimeOffset at, string conversation) => new()
    {
        From = new MailAddress($"recruiting@{company.ToLowerInvariant()}.example", $"Sam Rivera ({company})"),
        To = [new MailAddress("jordan@example.com", "Jordan Lee")],
        Subject = "Final round",
        TextBody = $"""
            Hi Jordan,

            Great news: the team enjoyed your interviews and would like to invite you to the final round, a panel
            interview with the leadership team. Please use the scheduling link to pick a slot next week.

            Best,
            Sam Rivera, Recruiter at {company}
            ref {TestMail.Marker()}
            """,
        ReceivedDateTime = at,
        ConversationId = conversation,
    };
}
