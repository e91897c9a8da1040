using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ApplyTrack.Classification;
using ApplyTrack.Features.Corrections;
using ApplyTrack.Features.Data;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Corrections;

/// <summary>"This was classified wrong", end to end: the real app over HTTP, syncing from the sandbox's Graph.</summary>
public abstract class CorrectionsTests(OutlookApplication app)
{
    protected static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Not_job_on_the_only_email_of_a_card_removes_the_card_and_the_sender_is_not_stored_again()
    {
        var (client, mailbox, connectionId) = await ConnectAsync(TestMail.Receipt("Litware", "Product Manager", Now.AddDays(-3), "conv-litware"));
        var email = (await client.ActivityAsync()).Single();

        var response = await client.PostAsJsonAsync($"/api/activity/{email.GetProperty("id")}/correction", new { label = "none" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await client.StatusesAsync());
        var entry = (await client.ActivityAsync()).Single();
        Assert.Equal("corrected", entry.GetProperty("outcome").GetString());
        Assert.Equal("none", entry.GetProperty("label").GetString());
        Assert.Equal("", entry.GetProperty("subject").GetString());
        Assert.Contains("not a job email", entry.GetProperty("outcomeDetail").GetString());
        Assert.Contains("deleted", entry.GetProperty("outcomeDetail").GetString());

        // Later mail from the same sender (a new thread) is ignored; a control email from someone else is not.
        mailbox.Add(TestMail.Receipt("Litware", "Data Scientist", Now.AddHours(-2)));
        mailbox.Add(TestMail.Receipt("Fabrikam", "Data Scientist", Now.AddHours(-1)));
        await SyncUntilAsync(client, connectionId, async () => (await client.StatusesAsync()).ContainsKey("Fabrikam"), "the control email");

        Assert.False((await client.StatusesAsync()).ContainsKey("Litware"));
        Assert.Equal(2, (await client.ActivityAsync()).Count);
    }

    [Fact]
    public async Task Not_job_on_a_misread_interview_moves_the_card_back_and_the_history_names_the_correction()
    {
        var (client, _, _) = await ConnectAsync(
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-6), "conv-contoso"),
            TestMail.InterviewInvite("Contoso", "Product Manager", Now.AddDays(-2), "conv-contoso"));
        Assert.Equal("interviewing", (await client.StatusesAsync())["Contoso"]);
        var invite = (await client.ActivityAsync()).Single(e => e.GetProperty("label").GetString() == "interviewing");

        await client.PostAsJsonAsync($"/api/activity/{invite.GetProperty("id")}/correction", new { label = "none" });

        Assert.Equal("applied", (await client.StatusesAsync())["Contoso"]);
        var applicationId = (await (await client.GetAsync("/api/applications")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        var history = await (await client.GetAsync($"/api/applications/{applicationId}/history")).ReadJsonAsync();
        var last = history.EnumerateArray().Last();
        Assert.Equal("correction", last.GetProperty("cause").GetString());
        Assert.Equal("applied", last.GetProperty("to").GetString());
        var emails = await (await client.GetAsync($"/api/applications/{applicationId}/emails")).ReadJsonAsync();
        Assert.Single(emails.EnumerateArray());
    }

    [Fact]
    public async Task A_reassigned_thread_keeps_its_later_emails_with_the_chosen_application()
    {
        var (client, mailbox, connectionId) = await ConnectAsync(
            TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-8), "conv-contoso"),
            TestMail.Receipt("Fabrikam", "Product Manager", Now.AddDays(-5), "conv-agency"));
        var contoso = await ApplicationIdAsync(client, "Contoso");
        var agencyEmail = (await client.ActivityAsync()).Single(e => e.GetProperty("company").GetString() == "Fabrikam");

        var response = await client.PostAsJsonAsync($"/api/activity/{agencyEmail.GetProperty("id")}/correction", new { label = "applied", applicationId = contoso });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { "Contoso" }, (await client.StatusesAsync()).Keys.ToArray());

        mailbox.Add(TestMail.InterviewInvite("Fabrikam", "Product Manager", Now.AddHours(-1), "conv-agency"));
        await SyncUntilAsync(client, connectionId, async () => (await client.ActivityAsync()).Count == 3, "the later email of the thread");

        var statuses = await client.StatusesAsync();
        Assert.Equal("interviewing", statuses["Contoso"]);
        Assert.False(statuses.ContainsKey("Fabrikam"));
        var later = (await client.ActivityAsync()).Single(e => e.GetProperty("label").GetString() == "interviewing");
        Assert.Equal(contoso, later.GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task A_correction_to_another_status_moves_the_card_through_the_state_machine()
    {
        var (client, _, _) = await ConnectAsync(
            TestMail.Receipt("Tailspin Toys", "UX Researcher", Now.AddDays(-6), "conv-tailspin"),
            TestMail.Rejection("Tailspin Toys", "UX Researcher", Now.AddDays(-1), "conv-tailspin"));
        var application = await ApplicationIdAsync(client, "Tailspin Toys");
        var rejection = (await client.ActivityAsync()).Single(e => e.GetProperty("label").GetString() == "rejected");

        var corrected = await (await client.PostAsJsonAsync($"/api/activity/{rejection.GetProperty("id")}/correction",
            new { label = "offer", applicationId = application })).ReadJsonAsync();

        Assert.Equal("offer", (await client.StatusesAsync())["Tailspin Toys"]);
        Assert.Equal("offer", corrected.GetProperty("label").GetString());
        Assert.Equal("rejected", corrected.GetProperty("formerLabel").GetString());
        Assert.False(corrected.GetProperty("reported").GetBoolean());
    }

    [Fact]
    public async Task A_report_stores_the_text_encrypted_and_nothing_is_stored_without_opting_in()
    {
        var reported = TestMail.Receipt("Adatum", "Platform Engineer", Now.AddDays(-4), "conv-adatum");
        var notReported = TestMail.Receipt("Proseware", "Growth PM", Now.AddDays(-3), "conv-proseware");
        var (client, _, _) = await ConnectAsync(reported, notReported);
        var activity = await client.ActivityAsync();
        var reportedId = activity.Single(e => e.GetProperty("company").GetString() == "Adatum").GetProperty("id").GetGuid();
        var otherId = activity.Single(e => e.GetProperty("company").GetString() == "Proseware").GetProperty("id").GetGuid();

        var withReport = await client.PostAsJsonAsync($"/api/activity/{reportedId}/correction", new { label = "none", report = true });
        var withoutReport = await client.PostAsJsonAsync($"/api/activity/{otherId}/correction", new { label = "none" });

        Assert.Equal(HttpStatusCode.OK, withReport.StatusCode);
        Assert.True((await withReport.ReadJsonAsync()).GetProperty("reported").GetBoolean());
        Assert.False((await withoutReport.ReadJsonAsync()).GetProperty("reported").GetBoolean());
        var database = ReadDatabase();
        Assert.DoesNotContain(BodyMarker(reported), database);
        Assert.DoesNotContain(BodyMarker(notReported), database);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var cipher = scope.ServiceProvider.GetRequiredService<ApplyTrack.Features.Mail.MetadataCipher>();
        var stored = await db.Corrections.AsNoTracking().SingleAsync(c => c.MailEventId == reportedId);
        Assert.Contains(BodyMarker(reported), EmailCorrections.ReadReport(stored, cipher)!.Body);
        Assert.Null((await db.Corrections.AsNoTracking().SingleAsync(c => c.MailEventId == otherId)).Report);
        Assert.DoesNotContain(BodyMarker(notReported), app.Logs.All);
        Assert.DoesNotContain(BodyMarker(reported), app.Logs.All);
    }

    [Fact]
    public async Task The_account_export_holds_corrections_and_the_users_own_reported_text()
    {
        var message = TestMail.InterviewInvite("Woodgrove", "Analyst", Now.AddDays(-2), "conv-woodgrove");
        var (client, _, _) = await ConnectAsync(message);
        var emailId = (await client.ActivityAsync()).Single().GetProperty("id").GetGuid();
        var application = await ApplicationIdAsync(client, "Woodgrove");
        await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "applied", applicationId = application });
        await client.PostAsync($"/api/activity/{emailId}/report", null);

        var export = await (await client.GetAsync("/api/me/export")).ReadJsonAsync();

        var correction = export.GetProperty("corrections").EnumerateArray().Single();
        Assert.Equal("applied", correction.GetProperty("correction").GetProperty("label").GetString());
        Assert.Contains(BodyMarker(message), correction.GetProperty("report").GetProperty("body").GetString());
    }

    [Fact]
    public async Task Reported_corrections_export_in_the_training_format_and_train_reads_them()
    {
        var message = TestMail.InterviewInvite("Northwind Traders", "Buyer", Now.AddDays(-2), "conv-northwind");
        var (client, _, _) = await ConnectAsync(message);
        var emailId = (await client.ActivityAsync()).Single().GetProperty("id").GetGuid();
        var report = await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "none", report = true });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var folder = Directory.CreateTempSubdirectory("corrections-export-").FullName;
        var exportFile = Path.Combine(folder, "corrections.jsonl");

        var exported = await new RootCommand { CorrectionCommands.Create() }
            .Parse(["corrections", "export", "--output", exportFile, $"--ApplyTrack:DataDirectory={app.DataFolder}", .. DatabaseArguments])
            .InvokeAsync();

        Assert.Equal(0, exported);
        var rows = File.ReadAllLines(exportFile).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        var row = rows.Single(r => r.GetProperty("body").GetString()!.Contains(BodyMarker(message), StringComparison.Ordinal));
        Assert.Equal(new[] { "id", "from", "to", "subject", "body", "date", "label", "event", "company", "role", "lang", "source" }, row.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(("none", "not_job"), (row.GetProperty("label").GetString(), row.GetProperty("event").GetString()));
        Assert.Equal(message.Subject, row.GetProperty("subject").GetString());

        var corpus = Path.Combine(folder, "tiny.jsonl");
        await File.WriteAllLinesAsync(corpus, TinyCorpus());
        var model = Path.Combine(folder, "model.zip");
        var errors = new StringWriter();
        var trained = await new RootCommand { ClassificationCommands.Create().Single(c => c.Name == "train") }
            .Parse(["train", "--data", corpus, exportFile, "--output", model])
            .InvokeAsync(new InvocationConfiguration { Error = errors, Output = new StringWriter() });

        Assert.True(trained == 0, $"train exited with {trained}: {errors}");
        await using var artifact = File.OpenRead(model);
        Assert.Contains(EmailClassifier.Load(artifact).Classify(new EmailInput(null, null, "Interview invitation", "We would like to invite you to an interview.", null)).Label, EmailLabels.All);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_corrections_and_reports()
    {
        var (client, _, _) = await ConnectAsync(TestMail.Receipt("Contoso", "Product Manager", Now.AddDays(-2), "conv-contoso"));
        var emailId = (await client.ActivityAsync()).Single().GetProperty("id").GetGuid();
        await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "none", report = true });
        var userId = (await (await client.GetAsync("/api/me")).ReadJsonAsync()).GetProperty("id").GetString();
        await using (var before = app.Services.CreateAsyncScope())
        {
            Assert.True(await before.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().Corrections.AnyAsync(c => c.UserId == userId && c.Report != null));
        }

        var delete = await client.DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().Corrections.AnyAsync(c => c.UserId == userId));
    }

    [Fact]
    public async Task Another_users_emails_and_applications_are_not_found()
    {
        var (owner, _, _) = await ConnectAsync(TestMail.Receipt("Fourth Coffee", "Barista Lead", Now.AddDays(-2), "conv-coffee"));
        var emailId = (await owner.ActivityAsync()).Single().GetProperty("id").GetGuid();
        var ownersApplication = await ApplicationIdAsync(owner, "Fourth Coffee");
        var stranger = await app.CreateSignedInClientAsync();
        var strangersApplication = (await stranger.CreateApplicationAsync("Stranger Inc", "Spy")).GetProperty("id").GetGuid();

        var correctOthers = await stranger.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "none" });
        var reportOthers = await stranger.PostAsync($"/api/activity/{emailId}/report", null);
        var intoOthersApplication = await owner.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "applied", applicationId = strangersApplication });
        var strangersList = await (await stranger.GetAsync("/api/corrections")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, correctOthers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reportOthers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, intoOthersApplication.StatusCode);
        Assert.Empty(strangersList.EnumerateArray());
        Assert.Equal("applied", (await owner.StatusesAsync())["Fourth Coffee"]);
        Assert.Equal(ownersApplication, (await owner.ActivityAsync()).Single().GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_details_400_and_changes_nothing()
    {
        var (client, _, _) = await ConnectAsync(TestMail.Receipt("Alpine Ski House", "Instructor", Now.AddDays(-2), "conv-alpine"));
        var emailId = (await client.ActivityAsync()).Single().GetProperty("id").GetGuid();
        var application = await ApplicationIdAsync(client, "Alpine Ski House");

        var unknownLabel = await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "maybe" });
        var missingLabel = await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { applicationId = application });
        var jobWithoutApplication = await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "offer" });
        var notJobWithApplication = await client.PostAsJsonAsync($"/api/activity/{emailId}/correction", new { label = "none", applicationId = application });
        var reportUncorrected = await client.PostAsync($"/api/activity/{emailId}/report", null);
        var unknownEmail = await client.PostAsJsonAsync($"/api/activity/{Guid.NewGuid()}/correction", new { label = "none" });

        Assert.True((await unknownLabel.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("label", out _));
        await missingLabel.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True((await jobWithoutApplication.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("applicationId", out _));
        await notJobWithApplication.AssertProblemAsync(HttpStatusCode.BadRequest);
        await reportUncorrected.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, unknownEmail.StatusCode);
        Assert.Equal("applied", (await client.StatusesAsync())["Alpine Ski House"]);
        Assert.Empty((await (await client.GetAsync("/api/corrections")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task A_later_email_of_the_thread_that_names_the_client_renames_an_application_named_after_the_agency()
    {
        var recruiter = new MailAddress("priya@haysrecruitment.example", "Priya Shah (Hays Recruitment)");
        var (client, mailbox, connectionId) = await ConnectAsync(new NewMailMessage
        {
            From = recruiter,
            To = [new MailAddress("jordan@example.com", "Jordan Lee")],
            Subject = "Your application for Data Analyst at Hays Recruitment",
            TextBody = "Hi Jordan,\n\nThank you for applying for the Data Analyst position through Hays Recruitment. We have received your application and will review it carefully before we put you forward.\n\nBest regards,\nPriya Shah\nHays Recruitment",
            ReceivedDateTime = Now.AddDays(-6),
            ConversationId = "conv-hays",
        });
        // The classifier reads the agency's name from the subject ("Hays", with "Recruitment" taken for a team name).
        var agency = Assert.Single((await client.StatusesAsync()).Keys);
        Assert.StartsWith("Hays", agency);

        mailbox.Add(TestMail.InterviewInvite("Contoso", "Data Analyst", Now.AddHours(-1), "conv-hays") with { From = recruiter });
        await SyncUntilAsync(client, connectionId, async () => (await client.ActivityAsync()).Count == 2, "the interview invitation");

        var statuses = await client.StatusesAsync();
        Assert.Equal("interviewing", statuses["Contoso"]);
        Assert.False(statuses.ContainsKey(agency));
        Assert.Single(statuses);
    }

    /// <summary>How the operator's command line names the app's database.</summary>
    protected virtual string[] DatabaseArguments => ["--Database:Provider=Sqlite"];

    protected async Task<(HttpClient Client, Mailbox Mailbox, Guid ConnectionId)> ConnectAsync(params NewMailMessage[] messages)
    {
        ClassifierWarmUp.Run(app.Services);
        var mailboxEmail = $"corrections-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = app.Mailbox(mailboxEmail);
        foreach (var message in messages) mailbox.Add(message);
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectOutlookAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        var stored = (await client.ActivityAsync()).Count;
        Assert.True(stored == messages.Length,
            $"{stored} of {messages.Length} job emails stored; skipped: {string.Join(" | ", app.Logs.Lines.Where(l => l.Contains("skipped", StringComparison.Ordinal)))}");
        return (client, mailbox, connectionId);
    }

    /// <summary>Free plans are polled hourly in this fixture: ask for syncs until the condition holds.</summary>
    protected static Task SyncUntilAsync(HttpClient client, Guid connectionId, Func<Task<bool>> condition, string description) =>
        Eventually.WaitAsync(async () =>
        {
            if (await condition()) return true;
            await client.PostAsync($"/api/connections/{connectionId}/sync", null);
            await Task.Delay(300);
            return await condition();
        }, TimeSpan.FromSeconds(30), description);

    protected static async Task<Guid> ApplicationIdAsync(HttpClient client, string company) =>
        (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray()
            .Single(a => a.GetProperty("company").GetString() == company).GetProperty("id").GetGuid();

    private static string BodyMarker(NewMailMessage message) => message.TextBody!.Split("ref ")[1].Trim();

    /// <summary>The database as a thief of the disk would see it (SQLite file and WAL, or every text column of PostgreSQL).</summary>
    protected virtual string ReadDatabase() => app.ReadDatabaseFilesAsText();

    /// <summary>A few examples of each event, as the Classification tests train on: enough for the trainer to run.</summary>
    private static IEnumerable<string> TinyCorpus()
    {
        (string Label, string Event, string Subject, string Body)[] examples =
        [
            ("applied", "application_received", "Thank you for applying", "We received your application for the Analyst role."),
            ("applied", "application_received", "Application received", "Your application has been received and is under review."),
            ("interviewing", "interview_invite", "Interview invitation", "We would like to invite you to an interview next week."),
            ("interviewing", "assessment", "Coding assessment", "Please complete the HackerRank assessment within five days."),
            ("offer", "offer", "Your offer letter", "We are delighted to offer you the position with a base salary of 90,000."),
            ("rejected", "rejection", "Update on your application", "Unfortunately we will not be moving forward with your application."),
            ("none", "not_job", "Your order has shipped", "Your package is on its way."),
            ("none", "marketing", "50% off today only", "Shop now and save with this exclusive deal."),
            ("none", "job_alert", "New jobs for you", "Data Analyst at Acme. Apply now. Unsubscribe."),
        ];
        // Each row's template keeps it out of the trainer's dev split (a hash of it, one in five): this test is about
        // reading the export, and a tiny dev split keeps the trainer's own evaluation short.
        return Enumerable.Range(0, 5).SelectMany(copy => examples.Select((e, i) => JsonSerializer.Serialize(new
        {
            id = $"tiny-{copy}-{i}", from = "Sender <s@example.com>", to = "", subject = e.Subject, body = e.Body,
            date = "2026-11-01T09:00:00+00:00", label = e.Label, @event = e.Event, lang = "en", source = "tiny",
            template = Enumerable.Range(0, 100).Select(k => $"tiny-{copy}-{i}-{k}").First(t => Fnv1a(t) % 5 != 0),
        })));
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}

public sealed class SqliteCorrectionsTests(OutlookApplication app) : CorrectionsTests(app), IClassFixture<OutlookApplication>;

/// <summary>The same flows with PostgreSQL as the database (the sandbox and the app as in demo mode).</summary>
public sealed class PostgresCorrectionsTests(PostgresOutlookApplication app) : CorrectionsTests(app), IClassFixture<PostgresOutlookApplication>
{
    protected override string[] DatabaseArguments => ["--Database:Provider=Postgres", $"--Database:ConnectionString={app.DatabaseConnectionString}", $"--ApplyTrack:EncryptionKey={app.EncryptionKey}"];

    /// <summary>Every stored text and blob of the tables this feature writes, as a thief of the database would read them.</summary>
    protected override string ReadDatabase()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var builder = new StringBuilder();
        foreach (var c in db.Corrections.AsNoTracking().ToList())
        {
            builder.Append(Encoding.Latin1.GetString(c.Sender)).Append(Encoding.Latin1.GetString(c.Subject))
                .Append(c.Report is null ? "" : Encoding.Latin1.GetString(c.Report)).Append(c.Company).Append(c.Role);
        }
        foreach (var e in db.MailEvents.AsNoTracking().ToList())
        {
            builder.Append(Encoding.Latin1.GetString(e.Sender)).Append(Encoding.Latin1.GetString(e.Subject))
                .Append(e.Company).Append(e.Role).Append(e.Note).Append(e.Reasons).Append(e.OutcomeDetail);
        }
        return builder.ToString();
    }
}
