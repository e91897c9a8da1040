using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Pipeline;

/// <summary>Each application command against the real database: what it records, and what open boards hear.</summary>
public sealed class ApplicationCommandsTests(SqliteApplication app) : IClassFixture<SqliteApplication>
{
    [Fact]
    public async Task Create_records_the_first_history_entry_and_publishes_the_new_id()
    {
        await using var scope = await PipelineScope.StartAsync(app);

        var created = await scope.Commands.CreateAsync(scope.UserId, " Contoso ", " Product Manager ", ApplicationStatus.Interviewing, CancellationToken.None);

        var stored = await scope.Db.Applications.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == created.Id);
        Assert.Equal(("Contoso", "Product Manager", ApplicationStatus.Interviewing), (stored.Company, stored.Role, stored.Status));
        var entry = Assert.Single(stored.History);
        Assert.Equal((null, ApplicationStatus.Interviewing, TransitionCause.Manual), (entry.From, entry.To, entry.Cause));
        var heard = Assert.Single(await scope.HeardAsync(1));
        Assert.Equal("created", heard.Kind);
        Assert.Equal([created.Id], heard.Changed!);
        Assert.Empty(heard.Deleted!);
    }

    [Fact]
    public async Task Move_records_from_and_to_and_publishes_only_the_moved_id()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var other = await scope.Commands.CreateAsync(scope.UserId, "Fabrikam", "Analyst", ApplicationStatus.Applied, CancellationToken.None);
        var moved = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Designer", ApplicationStatus.Offer, CancellationToken.None);

        await scope.Commands.MoveAsync(scope.UserId, moved.Id, ApplicationStatus.Applied, CancellationToken.None);

        var history = await scope.Db.StatusChanges.AsNoTracking().Where(h => h.ApplicationId == moved.Id).OrderBy(h => h.At).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.Equal((ApplicationStatus.Offer, ApplicationStatus.Applied, TransitionCause.Manual), (history[1].From, history[1].To, history[1].Cause));
        var heard = (await scope.HeardAsync(3))[2];
        Assert.Equal("updated", heard.Kind);
        Assert.Equal([moved.Id], heard.Changed!);
        Assert.DoesNotContain(other.Id, heard.Changed!);
    }

    [Fact]
    public async Task Move_of_another_users_application_changes_nothing_and_publishes_nothing()
    {
        await using var owner = await PipelineScope.StartAsync(app);
        await using var stranger = await PipelineScope.StartAsync(app);
        var application = await owner.Commands.CreateAsync(owner.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);

        var moved = await stranger.Commands.MoveAsync(stranger.UserId, application.Id, ApplicationStatus.Rejected, CancellationToken.None);
        await stranger.Commands.CreateAsync(stranger.UserId, "Marker", "Marker", ApplicationStatus.Applied, CancellationToken.None);

        Assert.Null(moved);
        Assert.Equal(ApplicationStatus.Applied, (await owner.Db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id)).Status);
        Assert.Equal(["created"], (await stranger.HeardAsync(1)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Note_is_stored_and_publishes_the_application()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var application = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);

        var note = await scope.Commands.AddNoteAsync(scope.UserId, application.Id, "  Spoke to the hiring manager  ", CancellationToken.None);

        Assert.Equal("Spoke to the hiring manager", (await scope.Db.ApplicationNotes.AsNoTracking().SingleAsync(n => n.Id == note!.Id)).Text);
        var heard = (await scope.HeardAsync(2))[1];
        Assert.Equal([application.Id], heard.Changed!);
    }

    [Fact]
    public async Task Delete_removes_the_application_and_publishes_it_as_deleted()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var application = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);

        Assert.True(await scope.Commands.DeleteAsync(scope.UserId, application.Id, CancellationToken.None));

        Assert.False(await scope.Db.Applications.AnyAsync(a => a.Id == application.Id));
        Assert.False(await scope.Db.StatusChanges.AnyAsync(h => h.ApplicationId == application.Id));
        var heard = (await scope.HeardAsync(2))[1];
        Assert.Equal("deleted", heard.Kind);
        Assert.Equal([application.Id], heard.Deleted!);
        Assert.Empty(heard.Changed!);
    }

    [Fact]
    public async Task Attached_email_moves_the_application_forward_with_the_email_in_its_history()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var application = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);
        var email = scope.StoredEmail(EmailLabel.Interviewing, EmailEvent.InterviewInvite, "Contoso", "Designer", DateTimeOffset.UtcNow.AddMinutes(1));
        email.Outcome = MailEventOutcome.Unmatched;
        await scope.Db.SaveChangesAsync();

        var attached = await scope.Commands.AttachEmailAsync(scope.UserId, email.Id, application.Id, CancellationToken.None);

        Assert.Equal(MailEventOutcome.MovedStatus, attached!.Outcome);
        var last = await scope.Db.StatusChanges.AsNoTracking().Where(h => h.ApplicationId == application.Id).OrderBy(h => h.At).LastAsync();
        Assert.Equal((ApplicationStatus.Interviewing, TransitionCause.Email, email.Id), (last.To, last.Cause, last.EmailId));
        Assert.Contains(await scope.HeardAsync(2), e => e.Changed!.Contains(application.Id) && e.Kind == "updated");
    }

    [Fact]
    public async Task An_email_never_moves_a_rejected_application()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var application = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Designer", ApplicationStatus.Rejected, CancellationToken.None);
        var email = scope.StoredEmail(EmailLabel.Offer, EmailEvent.Offer, "Contoso", "Designer", DateTimeOffset.UtcNow.AddMinutes(1));
        await scope.Db.SaveChangesAsync();

        var attached = await scope.Commands.AttachEmailAsync(scope.UserId, email.Id, application.Id, CancellationToken.None);

        Assert.Equal(MailEventOutcome.NoChange, attached!.Outcome);
        Assert.Equal(ApplicationStatus.Rejected, (await scope.Db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id)).Status);
        Assert.Single(await scope.Db.StatusChanges.Where(h => h.ApplicationId == application.Id).ToListAsync());
    }

    [Fact]
    public async Task Changes_from_mail_are_published_when_the_caller_saves_them_not_before()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var email = scope.StoredEmail(EmailLabel.Applied, EmailEvent.ApplicationReceived, "Contoso", "Designer", DateTimeOffset.UtcNow);

        var created = scope.Commands.CreateFromEmail(scope.UserId, scope.Connection.SourceName, email);
        scope.Get<PipelineEvents>().Publish(scope.UserId, new PipelineEvent("marker", null));
        await scope.Db.SaveChangesAsync();

        var heard = await scope.HeardAsync(2);
        Assert.Equal(["marker", "synced"], heard.Select(e => e.Kind));
        Assert.Equal([created.Id], heard[1].Changed!);
        Assert.Equal(MailEventOutcome.CreatedApplication, email.Outcome);
        Assert.Equal(email.Id, (await scope.Db.StatusChanges.AsNoTracking().SingleAsync(h => h.ApplicationId == created.Id)).EmailId);
    }

    [Fact]
    public async Task Merge_combines_history_notes_and_emails_and_deletes_the_other()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var keep = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Role not stated", ApplicationStatus.Applied, CancellationToken.None);
        var other = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Senior Designer", ApplicationStatus.Applied, CancellationToken.None);
        await scope.Commands.MoveAsync(scope.UserId, other.Id, ApplicationStatus.Interviewing, CancellationToken.None);
        await scope.Commands.AddNoteAsync(scope.UserId, other.Id, "Final round on Monday", CancellationToken.None);
        var email = scope.StoredEmail(EmailLabel.Interviewing, EmailEvent.InterviewInvite, "Contoso", "Senior Designer", DateTimeOffset.UtcNow);
        email.ApplicationId = other.Id;
        email.Outcome = MailEventOutcome.MovedStatus;
        await scope.Db.SaveChangesAsync();
        var before = (await scope.HeardAsync(4)).Count;

        var (outcome, merged, _) = await scope.Commands.MergeAsync(scope.UserId, keep.Id, other.Id, CancellationToken.None);

        Assert.Equal(MergeOutcome.Merged, outcome);
        Assert.False(await scope.Db.Applications.AnyAsync(a => a.Id == other.Id));
        var stored = await scope.Db.Applications.AsNoTracking().AsSplitQuery().Include(a => a.History).Include(a => a.Notes).SingleAsync(a => a.Id == keep.Id);
        Assert.Equal("Senior Designer", stored.Role);
        Assert.Equal(ApplicationStatus.Interviewing, stored.Status);
        Assert.Equal(4, stored.History.Count);   // both creations, the other's move, and the merge taking its newer status
        Assert.Equal(["Final round on Monday"], stored.Notes.Select(n => n.Text));
        Assert.Equal(keep.Id, (await scope.Db.MailEvents.AsNoTracking().SingleAsync(e => e.Id == email.Id)).ApplicationId);
        Assert.Equal(merged!.Id, keep.Id);
        var heard = (await scope.HeardAsync(before + 1))[before];
        Assert.Equal([keep.Id], heard.Changed!);
        Assert.Equal([other.Id], heard.Deleted!);
    }

    [Fact]
    public async Task Merge_with_another_users_application_is_not_found_and_changes_nothing()
    {
        await using var owner = await PipelineScope.StartAsync(app);
        await using var stranger = await PipelineScope.StartAsync(app);
        var mine = await owner.Commands.CreateAsync(owner.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);
        var theirs = await stranger.Commands.CreateAsync(stranger.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);

        var (outcome, _, _) = await owner.Commands.MergeAsync(owner.UserId, mine.Id, theirs.Id, CancellationToken.None);

        Assert.Equal(MergeOutcome.NotFound, outcome);
        Assert.True(await owner.Db.Applications.AnyAsync(a => a.Id == theirs.Id));
    }
}
