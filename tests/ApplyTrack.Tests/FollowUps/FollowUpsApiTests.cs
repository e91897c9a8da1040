using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.MailSim.Demo;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.FollowUps;

/// <summary>
/// Follow-ups end to end: the app on Kestrel in demo mode, mail synced from the sandbox over Graph, the reminders, drafts
/// and marks read and written through the JSON API and the pages a person uses.
/// </summary>
public class FollowUpsApiTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Demo_mailbox_on_premium_shows_due_follow_ups_on_the_board_and_a_draft_opens_in_outlook()
    {
        var client = await app.CreateSignedInClientAsync();
        var mailbox = $"demo-{Guid.NewGuid():N}@sandbox.test";
        DemoMailbox.Seed(app.Sandbox.Mailboxes, mailbox, "Alex Morgan");
        await SyncAsync(client, mailbox, timeoutSeconds: 90);
        // Litware's receipt is 10.4 days old: due after 3 business days whatever the weekday today.
        (await client.PutAsJsonAsync("/api/follow-ups/settings", new { checkInAfterApplyingDays = 3 })).EnsureSuccessStatusCode();

        var due = await DueAsync(client);
        var board = await client.GetStringAsync("/board");
        var litware = due.Single(f => f.GetProperty("company").GetString() == "Litware");
        var page = await client.GetStringAsync(litware.GetProperty("page").GetString());
        var draft = await (await client.GetAsync(litware.GetProperty("draftUrl").GetString())).ReadJsonAsync();

        Assert.Equal("check-in-after-applying", litware.GetProperty("kind").GetString());
        Assert.Contains("id=\"today\"", board);
        Assert.Contains("Check in on your application", board);
        Assert.Contains($"href=\"/follow-ups/{litware.GetProperty("applicationId").GetGuid()}/check-in-after-applying\"", board);
        Assert.Equal(("en", "casual", "phrases"), (draft.GetProperty("language").GetString(), draft.GetProperty("register").GetString(), draft.GetProperty("generator").GetString()));
        // The receipt names no role the classifier could read ("Role not stated" on the card): the draft leaves it out.
        var role = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray()
            .Single(a => a.GetProperty("company").GetString() == "Litware").GetProperty("role").GetString()!;
        Assert.StartsWith("Hi Litware team,", draft.GetProperty("body").GetString());
        if (ApplyTrack.Features.Pipeline.ApplicationNaming.IsRole(role))
        {
            Assert.Contains(role, draft.GetProperty("body").GetString());
        }
        Assert.DoesNotContain(ApplyTrack.Features.Pipeline.ApplicationNaming.RoleNotStated, draft.GetProperty("body").GetString());
        Assert.Contains("Litware", draft.GetProperty("body").GetString());
        // Lever's no-reply address is nobody's: the person fills in the recruiter.
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("to").ValueKind);
        var outlook = draft.GetProperty("links")[0];
        Assert.Equal("Open in Outlook", outlook.GetProperty("label").GetString());
        Assert.StartsWith("https://outlook.office.com/mail/deeplink/compose?subject=", outlook.GetProperty("url").GetString());
        Assert.Contains("Open in Outlook", page);
        Assert.Contains("id=\"draft-body\"", page);

        // Northwind's offer asks for an answer "by Friday the 19th", from Priya, who writes casually in the last email.
        var northwind = await StoredAsync(mailbox, "Your offer from Northwind Traders");
        Assert.True(northwind.MentionsDeadline);
        Assert.NotNull(northwind.NamedDate);
        Assert.Equal(19, northwind.NamedDate!.Value.UtcDateTime.Day);
        var reply = await StoredAsync(mailbox, "RE: Your offer from Northwind Traders");
        Assert.Equal(("en", "Hi"), (reply.StyleLanguage, reply.StyleGreeting));
        Assert.True(reply.StyleFormality < 50, $"formality {reply.StyleFormality}");
    }

    [Fact]
    public async Task Each_recruiter_gets_a_draft_in_their_language_and_register_with_the_facts_of_the_application()
    {
        var client = await app.CreateSignedInClientAsync();
        var replyBy = Now.AddDays(5);
        var slot = Now.AddHours(-2);
        var marker = TestMail.Marker();
        await SyncAsync(client, $"style-{Guid.NewGuid():N}@sandbox.test",
            Letter("Priya Raman <priya.raman@northwindtraders.example>", "Your offer from Northwind Traders", Now.AddDays(-2), $"""
                Hi Alex,

                Great news – we're delighted to offer you the position of Senior Product Manager at Northwind Traders! Your offer letter
                with the compensation details (base salary, bonus and equity) is attached. Could you let me know by {replyBy.ToString("d MMMM", English)}?
                {marker}

                Cheers,
                Priya
                """),
            Letter("Jana Becker <jana.becker@fabrikam.example>", "Einladung zum Vorstellungsgespräch – Data Engineer", Now.AddDays(-15), $"""
                Hallo Alex,

                danke für deine Bewerbung als Data Engineer bei Fabrikam! Wir würden dich gern zu einem Vorstellungsgespräch mit unserem Team einladen.
                Schick mir einfach ein paar Termine, die dir passen. {marker}

                Viele Grüße
                Jana
                """),
            Letter("Hélène Dubois <helene.dubois@adatum.example>", "Invitation à un entretien – Responsable juridique", Now.AddDays(-15), $"""
                Madame, Monsieur,

                Nous vous remercions de votre candidature au poste de Responsable juridique chez Adatum. Nous souhaiterions vous inviter
                à un entretien avec notre directrice juridique. Pourriez-vous nous indiquer vos disponibilités ? {marker}

                Cordialement,
                Hélène Dubois
                """),
            Letter("Margaret Collins <margaret.collins@tailwindtraders.example>", "Interview invitation – Financial Controller at Tailwind Traders", Now.AddDays(-3), $"""
                Dear Alex,

                Thank you for your application for the Financial Controller position at Tailwind Traders. We are pleased to confirm your interview
                with our Chief Financial Officer on {slot.ToString("d MMMM", English)} at {slot.ToString("HH:mm", English)}. {marker}

                Kind regards,
                Margaret Collins
                """));

        var due = await DueAsync(client);

        var offer = await DraftAsync(client, due, "offer-reply");
        Assert.Equal(("en", "casual"), (offer.GetProperty("language").GetString(), offer.GetProperty("register").GetString()));
        Assert.Equal("priya.raman@northwindtraders.example", offer.GetProperty("to").GetString());
        Assert.StartsWith("Hi Priya,", offer.GetProperty("body").GetString());
        Assert.Contains(replyBy.ToString("d MMMM", English), offer.GetProperty("body").GetString());
        Assert.Equal("Re: Your offer from Northwind Traders", offer.GetProperty("subject").GetString());

        var german = await DraftAsync(client, due, "check-in-after-interview", "de");
        Assert.Equal("casual", german.GetProperty("register").GetString());
        Assert.StartsWith("Hallo Jana,", german.GetProperty("body").GetString());
        Assert.Contains("Data Engineer", german.GetProperty("body").GetString());
        Assert.Contains("Viele Grüße,", german.GetProperty("body").GetString());

        var french = await DraftAsync(client, due, "check-in-after-interview", "fr");
        Assert.Equal("formal", french.GetProperty("register").GetString());
        Assert.StartsWith("Bonjour Hélène Dubois,", french.GetProperty("body").GetString());
        Assert.Contains("vous", french.GetProperty("body").GetString());
        Assert.Contains("Cordialement,", french.GetProperty("body").GetString());

        var thanks = await DraftAsync(client, due, "thank-you");
        Assert.Equal(("en", "formal"), (thanks.GetProperty("language").GetString(), thanks.GetProperty("register").GetString()));
        Assert.StartsWith("Dear Margaret Collins,", thanks.GetProperty("body").GetString());
        Assert.Contains("Financial Controller", thanks.GetProperty("body").GetString());

        // Style is stored as a few values; the text of the emails is not, and the first name only encrypted (the SQLite file scanned).
        if (app is PostgresOutlookApplication)
        {
            return;
        }
        var database = app.ReadDatabaseFilesAsText();
        Assert.DoesNotContain(marker, database);
        Assert.DoesNotContain("Schick mir einfach", database);
        Assert.DoesNotContain("directrice juridique", database);
        Assert.DoesNotContain("Jana", database);
        Assert.DoesNotContain("Dubois", database);
    }

    [Fact]
    public async Task On_free_reminders_work_and_the_draft_explains_what_premium_adds()
    {
        var email = $"free-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        await SetPlanAsync(email, Plan.Free);
        await SyncAsync(client, $"free-{Guid.NewGuid():N}@sandbox.test", TestMail.Receipt("Contoso", "Designer", Now.AddDays(-20)));

        var item = Assert.Single(await DueAsync(client));
        var draft = await client.GetAsync(item.GetProperty("draftUrl").GetString());
        var board = await client.GetStringAsync("/board");
        var page = await client.GetStringAsync(item.GetProperty("page").GetString());
        var done = await client.PostAsync($"/api/follow-ups/{item.GetProperty("applicationId").GetGuid()}/check-in-after-applying/done", null);

        Assert.Equal("check-in-after-applying", item.GetProperty("kind").GetString());
        var problem = await draft.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Premium", problem.GetProperty("title").GetString());
        Assert.Contains("Your plan is Free", problem.GetProperty("detail").GetString());
        Assert.Contains("Reminders are free", board);
        Assert.Contains("Drafts are a Premium feature", page);
        Assert.DoesNotContain("id=\"draft-body\"", page);
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Empty(await DueAsync(client));
    }

    [Fact]
    public async Task Snooze_hides_a_follow_up_bad_requests_are_problems_and_another_users_application_is_not_found()
    {
        var client = await app.CreateSignedInClientAsync();
        await SyncAsync(client, $"snooze-{Guid.NewGuid():N}@sandbox.test", TestMail.Receipt("Fabrikam", "Analyst", Now.AddDays(-20)));
        var id = Assert.Single(await DueAsync(client)).GetProperty("applicationId").GetGuid();
        var stranger = await app.CreateSignedInClientAsync();

        var tooLong = await client.PostAsJsonAsync($"/api/follow-ups/{id}/check-in-after-applying/snooze", new { days = 90 });
        var unknown = await client.PostAsync($"/api/follow-ups/{id}/send-flowers/done", null);
        var notDue = await client.PostAsync($"/api/follow-ups/{id}/thank-you/done", null);
        var theirs = await stranger.PostAsync($"/api/follow-ups/{id}/check-in-after-applying/done", null);
        var theirDraft = await stranger.GetAsync($"/api/follow-ups/{id}/check-in-after-applying/draft");
        var snooze = await client.PostAsJsonAsync($"/api/follow-ups/{id}/check-in-after-applying/snooze", new { days = 3 });

        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("send-flowers", (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("kind")[0].GetString());
        await notDue.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirDraft.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, snooze.StatusCode);
        Assert.Empty(await DueAsync(client));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/follow-ups/{id}/check-in-after-applying")).StatusCode);
    }

    [Fact]
    public async Task Thirty_days_of_silence_marks_the_card_no_response_and_the_delay_is_a_setting()
    {
        var client = await app.CreateSignedInClientAsync();
        await SyncAsync(client, $"ghost-{Guid.NewGuid():N}@sandbox.test", TestMail.Receipt("Proseware", "Writer", Now.AddDays(-35)));

        var board = await client.GetStringAsync("/board");
        var dueBefore = await DueAsync(client);
        var invalid = await client.PutAsJsonAsync("/api/follow-ups/settings", new { noResponseDays = 0 });
        var saved = await client.PutAsJsonAsync("/api/follow-ups/settings", new { noResponseDays = 40 });
        var boardAfter = await client.GetStringAsync("/board");

        Assert.Contains("badge-no-response", board);
        Assert.Empty(dueBefore);
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(40, (await saved.ReadJsonAsync()).GetProperty("noResponseDays").GetInt32());
        Assert.DoesNotContain("badge-no-response", boardAfter);
        Assert.Equal("check-in-after-applying", Assert.Single(await DueAsync(client)).GetProperty("kind").GetString());
    }

    private static NewMailMessage Letter(string from, string subject, DateTimeOffset at, string text)
    {
        var open = from.IndexOf('<');
        return new NewMailMessage
        {
            From = new MailAddress(from[(open + 1)..^1], from[..open].Trim()),
            To = [new MailAddress("alex@example.com", "Alex Morgan")],
            Subject = subject,
            TextBody = text,
            ReceivedDateTime = at,
        };
    }

    private async Task SyncAsync(HttpClient client, string mailboxEmail, params NewMailMessage[] messages) => await SyncAsync(client, mailboxEmail, 30, messages);

    private async Task SyncAsync(HttpClient client, string mailboxEmail, int timeoutSeconds, params NewMailMessage[] messages)
    {
        var mailbox = app.Mailbox(mailboxEmail);
        foreach (var message in messages)
        {
            mailbox.Add(message);
        }
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: timeoutSeconds);
        await Eventually.WaitAsync(async () => (await client.ActivityAsync()).All(e => e.GetProperty("outcome").GetString() != "pending"),
            TimeSpan.FromSeconds(timeoutSeconds), "every stored email applied");
    }

    [Fact]
    public async Task Moving_a_card_to_interviewing_by_hand_makes_a_thank_you_due_and_done_takes_it_off()
    {
        var client = await app.CreateSignedInClientAsync();
        var id = (await client.CreateApplicationAsync("Tailspin Toys", "QA Lead")).GetProperty("id").GetGuid();
        var untouched = (await client.CreateApplicationAsync("Wingtip Toys", "QA Engineer")).GetProperty("id").GetGuid();
        (await client.PatchAsJsonAsync($"/api/applications/{id}", new { status = "interviewing" })).EnsureSuccessStatusCode();

        var due = await DueAsync(client);
        var thankYou = Assert.Single(due, f => f.GetProperty("kind").GetString() == "thank-you");
        Assert.Equal(id, thankYou.GetProperty("applicationId").GetGuid());
        Assert.DoesNotContain(due, f => f.GetProperty("applicationId").GetGuid() == untouched);
        Assert.Contains("Send a thank-you", await client.GetStringAsync("/board"));

        var done = await client.PostAsJsonAsync($"/api/follow-ups/{id}/thank-you/done", new { });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await DueAsync(client), f => f.GetProperty("kind").GetString() == "thank-you");
    }

    private static async Task<List<JsonElement>> DueAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/follow-ups")).ReadJsonAsync()).EnumerateArray().ToList();

    private static async Task<JsonElement> DraftAsync(HttpClient client, List<JsonElement> due, string kind, string? language = null)
    {
        foreach (var item in due.Where(f => f.GetProperty("kind").GetString() == kind))
        {
            var response = await client.GetAsync(item.GetProperty("draftUrl").GetString());
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var draft = await response.ReadJsonAsync();
            if (language is null || draft.GetProperty("language").GetString() == language)
            {
                return draft;
            }
        }
        throw new Xunit.Sdk.XunitException($"No {kind} draft{(language is null ? "" : $" in {language}")} among: {string.Join(", ", due.Select(f => $"{f.GetProperty("company")}/{f.GetProperty("kind")}"))}");
    }

    private async Task<ApplyTrack.Features.Mail.MailEvent> StoredAsync(string mailboxEmail, string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var cipher = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Mail.MetadataCipher>();
        var connection = await db.MailboxConnections.SingleAsync(c => c.AccountEmail == mailboxEmail);
        var events = await db.MailEvents.AsNoTracking().Where(e => e.ConnectionId == connection.Id).ToListAsync();
        return events.Single(e => cipher.DecryptString(e.Subject, ApplyTrack.Features.Mail.CipherPurposes.Subject) == subject);
    }

    private async Task SetPlanAsync(string email, Plan plan)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        await scope.ServiceProvider.GetRequiredService<Plans>().SetPlanAsync(db, user, plan, CancellationToken.None);
    }
}

/// <summary>The same on PostgreSQL (occasions compared as timestamptz, statuses as text).</summary>
public sealed class PostgresFollowUpsApiTests(PostgresOutlookApplication app) : FollowUpsApiTests(app), IClassFixture<PostgresOutlookApplication>;
