using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Duplicates;

/// <summary>Merge and undo through <see cref="ApplicationCommands"/> against the real database: every row that moves, and back.</summary>
public sealed class MergeCommandsTests(SqliteApplication app) : IClassFixture<SqliteApplication>
{
    [Fact]
    public async Task Merge_moves_emails_notes_history_tags_and_posting_and_undo_puts_each_back()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var primary = await scope.Commands.CreateAsync(scope.UserId, "Contoso", "Designer", ApplicationStatus.Applied, CancellationToken.None);
        var (other, _) = await scope.Commands.CaptureAsync(scope.UserId, "Contoso Careers", "Product Designer", ApplicationStatus.Saved,
            new JobPosting { Url = "https://contoso.example/jobs/42" }, CancellationToken.None);
        await scope.Commands.AddNoteAsync(scope.UserId, other.Id, "Referral from Sam", CancellationToken.None);
        var email = scope.StoredEmail(EmailLabel.Interviewing, EmailEvent.InterviewInvite, "Contoso", "Product Designer", DateTimeOffset.UtcNow, thread: "conv-42");
        email.ApplicationId = other.Id;
        email.Outcome = MailEventOutcome.MovedStatus;
        var tracked = await scope.Db.Applications.SingleAsync(a => a.Id == other.Id);
        tracked.AddTag("referral", DateTimeOffset.UtcNow);
        await scope.Db.SaveChangesAsync();
        scope.Db.ChangeTracker.Clear();

        var merge = await scope.Commands.MergeAsync(scope.UserId, primary.Id, other.Id, CancellationToken.None);
        scope.Db.ChangeTracker.Clear();
        var merged = await scope.Db.Applications.AsNoTracking().AsSplitQuery().Include(a => a.History).Include(a => a.Notes).SingleAsync(a => a.Id == primary.Id);

        Assert.Equal(MergeOutcome.Merged, merge.Outcome);
        Assert.False(await scope.Db.Applications.AnyAsync(a => a.Id == other.Id));
        Assert.Equal(["referral"], merged.Tags);
        Assert.Equal(["Referral from Sam"], merged.Notes.Select(n => n.Text));
        Assert.Equal(primary.Id, (await scope.Db.MailEvents.AsNoTracking().SingleAsync(e => e.Id == email.Id)).ApplicationId);
        Assert.Equal(primary.Id, (await scope.Db.Set<JobPosting>().AsNoTracking().SingleAsync(p => p.Url == "https://contoso.example/jobs/42")).ApplicationId);
        Assert.Single(merged.History, h => h.Cause == TransitionCause.Merge);
        Assert.Equal(3, merged.History.Count);   // the primary's creation, the other's creation, the merge

        var split = await scope.Commands.SplitAsync(scope.UserId, merge.MergeId!.Value, CancellationToken.None);
        scope.Db.ChangeTracker.Clear();
        var kept = await scope.Db.Applications.AsNoTracking().AsSplitQuery().Include(a => a.History).Include(a => a.Notes).SingleAsync(a => a.Id == primary.Id);
        var restored = await scope.Db.Applications.AsNoTracking().AsSplitQuery().Include(a => a.History).Include(a => a.Notes).SingleAsync(a => a.Id == other.Id);

        Assert.Equal(SplitOutcome.Split, split.Outcome);
        Assert.Empty(kept.Tags);
        Assert.Empty(kept.Notes);
        Assert.Single(kept.History);
        Assert.Equal(("Contoso Careers", "Product Designer", ApplicationStatus.Saved, ApplicationSources.Extension), (restored.Company, restored.Role, restored.Status, restored.Source));
        Assert.Equal(["referral"], restored.Tags);
        Assert.Equal(["Referral from Sam"], restored.Notes.Select(n => n.Text));
        Assert.Single(restored.History);
        Assert.Equal(other.Id, (await scope.Db.MailEvents.AsNoTracking().SingleAsync(e => e.Id == email.Id)).ApplicationId);
        Assert.Equal(other.Id, (await scope.Db.Set<JobPosting>().AsNoTracking().SingleAsync(p => p.Url == "https://contoso.example/jobs/42")).ApplicationId);
    }

    [Fact]
    public async Task The_merged_away_posting_comes_back_on_undo_even_when_the_primary_had_its_own()
    {
        await using var scope = await PipelineScope.StartAsync(app);
        var (primary, _) = await scope.Commands.CaptureAsync(scope.UserId, "Fabrikam", "Analyst", ApplicationStatus.Saved,
            new JobPosting { Url = "https://fabrikam.example/1" }, CancellationToken.None);
        var (other, _) = await scope.Commands.CaptureAsync(scope.UserId, "Fabrikam", "Business Intelligence Lead", ApplicationStatus.Saved,
            new JobPosting { Url = "https://fabrikam.example/2", Salary = "90,000" }, CancellationToken.None);

        var merge = await scope.Commands.MergeAsync(scope.UserId, primary.Id, other.Id, CancellationToken.None);
        var whileMerged = await scope.Db.Set<JobPosting>().AsNoTracking().CountAsync(p => p.Url.StartsWith("https://fabrikam.example/"));
        await scope.Commands.SplitAsync(scope.UserId, merge.MergeId!.Value, CancellationToken.None);

        Assert.Equal(1, whileMerged);
        var posting = await scope.Db.Set<JobPosting>().AsNoTracking().SingleAsync(p => p.ApplicationId == other.Id);
        Assert.Equal(("https://fabrikam.example/2", "90,000"), (posting.Url, posting.Salary));
    }
}
