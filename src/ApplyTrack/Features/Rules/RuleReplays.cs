using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Rules;

/// <summary>Where an "apply to past mail" run stands: how many stored emails it re-read, how many rules acted on.</summary>
public sealed record ReplayProgress(
    string State, int Days, int Total, int Done, int Matched, int Removed, int Unavailable,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    public bool Running => State == "running";
}

/// <summary>
/// The last apply-to-past run of one user, in the database so that every instance reports the same progress and a second
/// start on another instance is refused. The instance running it writes its counts after each email (<see cref="HeartbeatAt"/>);
/// a "running" row whose heartbeat stopped belongs to an instance that died, and may be taken over.
/// </summary>
public sealed class RuleReplayRun
{
    public required string UserId { get; set; }
    public string State { get; set; } = "running";
    public int Days { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    public int Matched { get; set; }
    public int Removed { get; set; }
    public int Unavailable { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset HeartbeatAt { get; set; }
    public string? Owner { get; set; }
    public string? Error { get; set; }
}

internal sealed class RuleReplayRunConfiguration : IEntityTypeConfiguration<RuleReplayRun>
{
    public void Configure(EntityTypeBuilder<RuleReplayRun> builder)
    {
        builder.ToTable("rule_replay_runs");
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.State).HasMaxLength(20);
        builder.Property(r => r.Owner).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(300);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// "Apply to past mail": the person's rules over their stored job emails of the last N days. Bodies are never stored, so
/// each message is read again from its mailbox by its provider id (<see cref="IMailProvider.ReadMessageAsync"/>), held in
/// memory while the rules look at it, and dropped. Running it again changes nothing more: the effects are idempotent
/// (state machine, notes by text, tags as a set). One run per user at a time across all instances (claimed atomically in
/// <c>rule_replay_runs</c>), in the background on the instance that was asked; any instance reports its progress.
/// </summary>
public sealed class RuleReplays(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<RuleReplays> logger)
{
    public const int MaxDays = 365;

    /// <summary>A running run whose instance has not written for this long is taken as stopped.</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    public const string Interrupted = "The run stopped before the end (the server restarted). Start it again: what was done stays done.";

    public async Task<ReplayProgress?> ProgressAsync(ApplyTrackDbContext db, string userId, CancellationToken cancellationToken)
    {
        var run = await db.Set<RuleReplayRun>().AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        return run is null ? null : ToProgress(run, time.GetUtcNow());
    }

    /// <summary>Starts a run; false (with the running one) when one is under way already, on this instance or another.</summary>
    public async Task<(bool Started, ReplayProgress Progress)> TryStartAsync(ApplyTrackDbContext db, string userId, int days, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stale = now - Silence;
        var owner = ConnectionLease.InstanceId;
        // Take the row over when the last run ended or its instance went silent: one statement, so two starts cannot both win.
        var claimed = await db.Set<RuleReplayRun>()
            .Where(r => r.UserId == userId && (r.State != "running" || r.HeartbeatAt < stale))
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.State, "running").SetProperty(r => r.Days, days)
                .SetProperty(r => r.Total, 0).SetProperty(r => r.Done, 0).SetProperty(r => r.Matched, 0)
                .SetProperty(r => r.Removed, 0).SetProperty(r => r.Unavailable, 0)
                .SetProperty(r => r.StartedAt, now).SetProperty(r => r.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.Owner, owner).SetProperty(r => r.Error, (string?)null), cancellationToken);
        if (claimed == 0)
        {
            var run = new RuleReplayRun { UserId = userId, Days = days, StartedAt = now, HeartbeatAt = now, Owner = owner };
            db.Set<RuleReplayRun>().Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The row exists and is running (or another start just made it): report that one.
                db.Entry(run).State = EntityState.Detached;
                return (false, (await ProgressAsync(db, userId, cancellationToken))!);
            }
        }
        _ = Task.Run(() => RunAsync(userId, days, owner, lifetime.ApplicationStopping));
        return (true, new ReplayProgress("running", days, 0, 0, 0, 0, 0, now, null, null));
    }

    private static ReplayProgress ToProgress(RuleReplayRun run, DateTimeOffset now) =>
        run.State == "running" && run.HeartbeatAt < now - Silence
            ? new ReplayProgress("failed", run.Days, run.Total, run.Done, run.Matched, run.Removed, run.Unavailable, run.StartedAt, run.HeartbeatAt, Interrupted)
            : new ReplayProgress(run.State, run.Days, run.Total, run.Done, run.Matched, run.Removed, run.Unavailable, run.StartedAt, run.FinishedAt, run.Error);

    private async Task RunAsync(string userId, int days, string owner, CancellationToken cancellationToken)
    {
        var counts = new RuleReplayRun { UserId = userId, Days = days };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ApplyTrackDbContext>();
            var since = time.GetUtcNow().AddDays(-days);
            var rules = await db.MailRules.AsNoTracking().Where(r => r.UserId == userId && r.Enabled).OrderBy(r => r.Position).ToListAsync(cancellationToken);
            var ids = await db.MailEvents.AsNoTracking()
                .Where(e => e.UserId == userId && e.ReceivedAt >= since && e.Label != EmailLabel.None)
                .OrderBy(e => e.ReceivedAt).Select(e => e.Id)
                .ToListAsync(cancellationToken);
            counts.Total = ids.Count;
            await WriteAsync(db, userId, owner, counts, null, cancellationToken);
            var connections = await db.MailboxConnections.AsNoTracking().Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var id in ids)
            {
                // One scope per email: its changes are saved (and published) on their own; one that fails stops nothing.
                await using var emailScope = scopes.CreateAsyncScope();
                var step = await ReplayOneAsync(emailScope.ServiceProvider, userId, id, rules, connections, cancellationToken);
                counts.Done++;
                counts.Matched += step is ReplayStep.Matched or ReplayStep.Removed ? 1 : 0;
                counts.Removed += step == ReplayStep.Removed ? 1 : 0;
                counts.Unavailable += step == ReplayStep.Unavailable ? 1 : 0;
                await WriteAsync(db, userId, owner, counts, null, cancellationToken);
            }
            counts.State = "done";
            await WriteAsync(db, userId, owner, counts, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Applying rules to past mail stopped ({Error})", ex.GetType().Name);
            counts.State = "failed";
            counts.Error = "The run stopped before the end. Start it again: what was done stays done.";
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await WriteAsync(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>(), userId, owner, counts, time.GetUtcNow(), CancellationToken.None);
            }
            catch (Exception inner)
            {
                // The row's heartbeat stops: readers see the run as interrupted after a while.
                logger.LogWarning("Could not record the end of an apply-to-past run ({Error})", inner.GetType().Name);
            }
        }
    }

    /// <summary>This instance's counts, written only while it still owns the run (an account deleted meanwhile has no row).</summary>
    private Task<int> WriteAsync(ApplyTrackDbContext db, string userId, string owner, RuleReplayRun counts, DateTimeOffset? finishedAt, CancellationToken cancellationToken) =>
        db.Set<RuleReplayRun>().Where(r => r.UserId == userId && r.Owner == owner && r.State == "running")
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.State, counts.State).SetProperty(r => r.Total, counts.Total).SetProperty(r => r.Done, counts.Done)
                .SetProperty(r => r.Matched, counts.Matched).SetProperty(r => r.Removed, counts.Removed).SetProperty(r => r.Unavailable, counts.Unavailable)
                .SetProperty(r => r.HeartbeatAt, time.GetUtcNow()).SetProperty(r => r.FinishedAt, finishedAt).SetProperty(r => r.Error, counts.Error), cancellationToken);

    private enum ReplayStep
    {
        NoRule,
        Matched,
        Removed,
        Unavailable,
    }

    private async Task<ReplayStep> ReplayOneAsync(IServiceProvider services, string userId, Guid id, IReadOnlyList<MailRule> rules,
        IReadOnlyDictionary<Guid, MailboxConnection> connections, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ApplyTrackDbContext>();
        var providers = services.GetRequiredService<MailProviders>();
        var mailEvent = await db.MailEvents.SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (mailEvent is null || !connections.TryGetValue(mailEvent.ConnectionId, out var connection) || connection.Credentials is null)
        {
            return ReplayStep.Unavailable;
        }
        IncomingMail? mail;
        try
        {
            mail = await providers.For(connection).ReadMessageAsync(connection, mailEvent.ProviderMessageId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && providers.Translate(connection, ex) is not null)
        {
            return ReplayStep.Unavailable;
        }
        if (mail is null)
        {
            return ReplayStep.Unavailable;
        }

        var language = rules.Any(r => r.Conditions.Any(c => c.Field == RuleFields.Language)) ? MailLanguage.Detect(mail.Subject, mail.Body) : null;
        var facts = new MailFacts(mail.FromAddress, mail.FromName, mail.Subject, mail.Body ?? "", connection.AccountEmail, mail.Folder ?? mailEvent.Folder,
            mailEvent.Label.Name(), mailEvent.Event.Name(), language ?? "");
        var fired = RuleEvaluation.Run(rules, facts);
        if (fired.Count == 0)
        {
            return ReplayStep.NoRule;
        }
        var removed = await services.GetRequiredService<ApplicationCommands>().ApplyRulesToStoredEmailAsync(mailEvent, RuleOutcome.Of(fired), cancellationToken);
        return removed ? ReplayStep.Removed : ReplayStep.Matched;
    }
}
