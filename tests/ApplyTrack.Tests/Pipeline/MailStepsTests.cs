using ApplyTrack.Classification;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Steps;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Pipeline;

/// <summary>Each step of the mail pipeline on its own, as the app composes it (real classifier, real database).</summary>
public sealed class MailStepsTests(SqliteApplication app) : IClassFixture<SqliteApplication>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Read_passes_only_messages_this_mailbox_has_not_stored_oldest_first_and_counts_all()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var stored = scope.StoredEmail(EmailLabel.Applied, EmailEvent.ApplicationReceived, "Contoso", "Designer", Now);
        await scope.Db.SaveChangesAsync();
        var context = scope.NewSyncContext();
        await scope.Get<MatchIndex>().LoadAsync(scope.Connection, CancellationToken.None);
        var newer = PipelineScope.Incoming(TestMail.Receipt("Fabrikam", "Analyst", Now.AddHours(2)));
        var older = PipelineScope.Incoming(TestMail.Receipt("Adatum", "SRE", Now.AddHours(1)));
        var again = PipelineScope.Incoming(TestMail.Receipt("Contoso", "Designer", Now), stored.ProviderMessageId);

        var unread = await scope.Get<ReadStep>().UnreadAsync(context, [newer, again, older, older], CancellationToken.None);

        Assert.Equal([older.ProviderMessageId, newer.ProviderMessageId], unread.Select(m => m.ProviderMessageId));
        Assert.Equal(4, context.Run.MessagesSeen);
    }

    [Fact]
    public async Task Classify_keeps_a_receipt_with_its_company_and_drops_a_newsletter()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var classify = scope.Get<IEnumerable<IMailStep>>().OfType<ClassifyStep>().Single();
        var receipt = new MailCandidate(PipelineScope.Incoming(TestMail.Receipt("Contoso", "Product Manager", Now)));
        var newsletter = new MailCandidate(PipelineScope.Incoming(TestMail.NonJob(1, Now).Message));

        Assert.True(await classify.RunAsync(receipt, scope.NewSyncContext(), CancellationToken.None));
        Assert.False(await classify.RunAsync(newsletter, scope.NewSyncContext(), CancellationToken.None));
        Assert.Equal(EmailLabels.Applied, receipt.Verdict!.Label);
        Assert.Equal("Contoso", receipt.Verdict.Company);
        Assert.Equal(EmailLabels.None, newsletter.Verdict!.Label);
    }

    [Fact]
    public async Task Dedupe_drops_an_email_the_user_already_has_by_its_message_id()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var stored = scope.StoredEmail(EmailLabel.Applied, EmailEvent.ApplicationReceived, "Contoso", "Designer", Now);
        await scope.Db.SaveChangesAsync();
        await scope.Get<MatchIndex>().LoadAsync(scope.Connection, CancellationToken.None);
        var dedupe = scope.Get<IEnumerable<IMailStep>>().OfType<DedupeStep>().Single();
        var verdict = new EmailClassification(EmailLabels.Applied, EmailEvents.ApplicationReceived, 0.9, "Contoso", "Designer", null, []);
        var same = new MailCandidate(PipelineScope.Incoming(TestMail.Receipt("Contoso", "Designer", Now) with { InternetMessageId = stored.InternetMessageId })) { Verdict = verdict };
        var other = new MailCandidate(PipelineScope.Incoming(TestMail.Receipt("Contoso", "Designer", Now))) { Verdict = verdict };

        Assert.False(await dedupe.RunAsync(same, scope.NewSyncContext(), CancellationToken.None));
        Assert.True(await dedupe.RunAsync(other, scope.NewSyncContext(), CancellationToken.None));
        Assert.NotNull(other.Fingerprint);
    }

    [Fact]
    public async Task Rules_pass_everything_without_rules_and_a_registered_rule_can_drop_or_relabel()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var index = scope.Get<MatchIndex>();
        await index.LoadAsync(scope.Connection, CancellationToken.None);
        var verdict = new EmailClassification(EmailLabels.Applied, EmailEvents.ApplicationReceived, 0.9, "Contoso", "Designer", null, []);
        MailCandidate Candidate() => new(PipelineScope.Incoming(TestMail.Receipt("Contoso", "Designer", Now))) { Verdict = verdict };
        var relabelled = Candidate();

        Assert.True(await scope.Get<IEnumerable<IMailStep>>().OfType<RulesStep>().Single().RunAsync(Candidate(), scope.NewSyncContext(), CancellationToken.None));
        Assert.False(await new RulesStep(index, [new NotJobFrom("contoso")]).RunAsync(Candidate(), scope.NewSyncContext(), CancellationToken.None));
        Assert.True(await new RulesStep(index, [new Relabel(EmailLabels.Interviewing)]).RunAsync(relabelled, scope.NewSyncContext(), CancellationToken.None));
        Assert.Equal(EmailLabels.Interviewing, relabelled.Verdict!.Label);
    }

    [Fact]
    public async Task Record_stores_encrypted_metadata_as_pending_and_no_body()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        await scope.Get<MatchIndex>().LoadAsync(scope.Connection, CancellationToken.None);
        var message = TestMail.Receipt("Contoso", "Designer", Now);
        var candidate = new MailCandidate(PipelineScope.Incoming(message))
        {
            Verdict = new EmailClassification(EmailLabels.Applied, EmailEvents.ApplicationReceived, 0.9, "Contoso", "Designer", null, ["receipt phrase"]),
        };
        var context = scope.NewSyncContext();

        Assert.True(await scope.Get<IEnumerable<IMailStep>>().OfType<RecordStep>().Single().RunAsync(candidate, context, CancellationToken.None));
        await scope.Db.SaveChangesAsync();

        var stored = await scope.Db.MailEvents.AsNoTracking().SingleAsync(e => e.ProviderMessageId == candidate.Mail.ProviderMessageId);
        Assert.Equal(MailEventOutcome.Pending, stored.Outcome);
        Assert.Equal(("Contoso", "Designer", EmailLabel.Applied, EmailEvent.ApplicationReceived), (stored.Company, stored.Role, stored.Label, stored.Event));
        Assert.Equal(message.Subject, scope.Get<MetadataCipher>().DecryptString(stored.Subject, CipherPurposes.Subject));
        Assert.DoesNotContain(message.Subject, System.Text.Encoding.UTF8.GetString(stored.Subject));
        Assert.Equal(1, context.Run.JobEvents);
        // Typed in code, the same names in the database as when they were strings.
        var providerId = candidate.Mail.ProviderMessageId;
        var raw = await scope.Db.Database.SqlQuery<string>($"SELECT \"Label\" || '/' || \"Event\" AS \"Value\" FROM mail_events WHERE \"ProviderMessageId\" = {providerId}").SingleAsync();
        Assert.Equal("applied/application_received", raw);
    }

    [Fact]
    public async Task Match_finds_the_thread_first_then_company_and_role_and_not_another_role()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var designer = await scope.Commands.CreateAsync(scope.UserId, "Contoso, Inc.", "Sr. Designer", ApplicationStatus.Applied, CancellationToken.None);
        var analyst = await scope.Commands.CreateAsync(scope.UserId, "Fabrikam", "Analyst", ApplicationStatus.Applied, CancellationToken.None);
        var inThread = scope.StoredEmail(EmailLabel.Applied, EmailEvent.ApplicationReceived, "Fabrikam", "Analyst", Now, thread: "thread-1");
        inThread.ApplicationId = analyst.Id;
        inThread.Outcome = MailEventOutcome.CreatedApplication;
        await scope.Db.SaveChangesAsync();
        await scope.Get<MatchIndex>().LoadAsync(scope.Connection, CancellationToken.None);
        var match = scope.Get<MatchStep>();

        var byThread = await match.FindAsync(scope.StoredEmail(EmailLabel.Interviewing, EmailEvent.InterviewInvite, "Contoso", "Senior Designer", Now, thread: "thread-1"), CancellationToken.None);
        var byName = await match.FindAsync(scope.StoredEmail(EmailLabel.Interviewing, EmailEvent.InterviewInvite, "contoso", "Senior Designer", Now), CancellationToken.None);
        var otherRole = await match.FindAsync(scope.StoredEmail(EmailLabel.Interviewing, EmailEvent.InterviewInvite, "Contoso", "Head of Finance", Now), CancellationToken.None);

        Assert.Equal(analyst.Id, byThread?.Id);
        Assert.Equal(designer.Id, byName?.Id);
        Assert.Null(otherRole);
    }

    [Fact]
    public async Task A_receipt_lands_on_the_saved_job_and_moves_it_to_applied()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var saved = await scope.Commands.CreateAsync(scope.UserId, "Northwind Traders", "Data Engineer", ApplicationStatus.Saved, CancellationToken.None);
        await scope.Get<MatchIndex>().LoadAsync(scope.Connection, CancellationToken.None);
        var receipt = scope.StoredEmail(EmailLabel.Applied, EmailEvent.ApplicationReceived, "Northwind Traders Ltd", "Data Engineer (m/f/d)", Now.AddMinutes(5));

        var match = await scope.Get<MatchStep>().FindAsync(receipt, CancellationToken.None);
        await scope.Get<ApplyStep>().ApplyAsync(receipt, match, scope.NewSyncContext(), CancellationToken.None);
        await scope.Db.SaveChangesAsync();

        var application = await scope.Db.Applications.AsNoTracking().Include(a => a.History).SingleAsync(a => a.UserId == scope.UserId);
        Assert.Equal(saved.Id, match?.Id);
        Assert.Equal(saved.Id, application.Id);
        Assert.Equal(ApplicationStatus.Applied, application.Status);
        Assert.Equal([ApplicationStatus.Saved, ApplicationStatus.Applied], application.History.OrderBy(h => h.At).Select(h => h.To));
        Assert.Equal((saved.Id, MailEventOutcome.MovedStatus), (receipt.ApplicationId, receipt.Outcome));
    }

    [Fact]
    public async Task Apply_creates_the_application_then_applies_a_rejection_that_waited_unmatched()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        await scope.Get<MatchIndex>().LoadAsync(scope.Connection, CancellationToken.None);
        var apply = scope.Get<ApplyStep>();
        var context = scope.NewSyncContext();
        var rejection = scope.StoredEmail(EmailLabel.Rejected, EmailEvent.Rejection, "Contoso", "Designer", Now.AddDays(1));
        var receipt = scope.StoredEmail(EmailLabel.Applied, EmailEvent.ApplicationReceived, "Contoso", "Designer", Now);

        await apply.ApplyAsync(rejection, null, context, CancellationToken.None);
        Assert.Equal(MailEventOutcome.Unmatched, rejection.Outcome);
        scope.Get<MatchIndex>().Remember(rejection);
        await apply.ApplyAsync(receipt, null, context, CancellationToken.None);
        await scope.Db.SaveChangesAsync();

        var application = await scope.Db.Applications.AsNoTracking().Include(a => a.History).SingleAsync(a => a.UserId == scope.UserId);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal([TransitionCause.Email, TransitionCause.Email], application.History.Select(h => h.Cause));
        Assert.Equal((application.Id, MailEventOutcome.MovedStatus), (rejection.ApplicationId, rejection.Outcome));
        Assert.Equal(MailEventOutcome.CreatedApplication, receipt.Outcome);
        var heard = Assert.Single(await scope.HeardAsync(1));
        Assert.Equal(("synced", application.Id), (heard.Kind, Assert.Single(heard.Changed!)));
    }

    private sealed class NotJobFrom(string domain) : IMailRule
    {
        public Task<bool> ApplyAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken) =>
            Task.FromResult(candidate.Mail.FromAddress?.Contains(domain, StringComparison.OrdinalIgnoreCase) != true);
    }

    private sealed class Relabel(string label) : IMailRule
    {
        public Task<bool> ApplyAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken)
        {
            candidate.Verdict = candidate.Verdict! with { Label = label };
            return Task.FromResult(true);
        }
    }
}
