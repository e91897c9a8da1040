using System.Collections.Concurrent;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Rules;

/// <summary>Where an "apply to past mail" run stands: how many stored emails it re-read, how many rules acted on.</summary>
public sealed record ReplayProgress(
    string State, int Days, int Total, int Done, int Matched, int Removed, int Unavailable,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    public bool Running => State == "running";
}

/// <summary>
/// "Apply to past mail": the person's rules over their stored job emails of the last N days. Bodies are never stored, so
/// each message is read again from its mailbox by its provider id (<see cref="IMailProvider.ReadMessageAsync"/>), held in
/// memory while the rules look at it, and dropped. Running it again changes nothing more: the effects are idempotent
/// (state machine, notes by text, tags as a set). One run per user at a time, in the background, on this instance; the
/// page polls its progress.
/// </summary>
public sealed class RuleReplays(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<RuleReplays> logger)
{
    public const int MaxDays = 365;

    private readonly ConcurrentDictionary<string, ReplayProgress> _runs = new(StringComparer.Ordinal);

    public ReplayProgress? Progress(string userId) => _runs.GetValueOrDefault(userId);

    /// <summary>Starts a run; false (with the running one) when one is under way already.</summary>
    public bool TryStart(string userId, int days, out ReplayProgress progress)
    {
        progress = new ReplayProgress("running", days, 0, 0, 0, 0, 0, time.GetUtcNow(), null, null);
        var started = progress;
        var current = _runs.AddOrUpdate(userId, started, (_, existing) => existing.Running ? existing : started);
        if (!ReferenceEquals(current, started))
        {
            progress = current;
            return false;
        }
        _ = Task.Run(() => RunAsync(userId, days, lifetime.ApplicationStopping));
        return true;
    }

    private async Task RunAsync(string userId, int days, CancellationToken cancellationToken)
    {
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
            Update(userId, p => p with { Total = ids.Count });
            var connections = await db.MailboxConnections.AsNoTracking().Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var id in ids)
            {
                // One scope per email: its changes are saved (and published) on their own; one that fails stops nothing.
                await using var emailScope = scopes.CreateAsyncScope();
                var step = await ReplayOneAsync(emailScope.ServiceProvider, userId, id, rules, connections, cancellationToken);
                Update(userId, p => p with
                {
                    Done = p.Done + 1,
                    Matched = p.Matched + (step is ReplayStep.Matched or ReplayStep.Removed ? 1 : 0),
                    Removed = p.Removed + (step == ReplayStep.Removed ? 1 : 0),
                    Unavailable = p.Unavailable + (step == ReplayStep.Unavailable ? 1 : 0),
                });
            }
            Update(userId, p => p with { State = "done", FinishedAt = time.GetUtcNow() });
        }
        catch (Exception ex)
        {
            logger.LogWarning("Applying rules to past mail stopped ({Error})", ex.GetType().Name);
            Update(userId, p => p with { State = "failed", FinishedAt = time.GetUtcNow(), Error = "The run stopped before the end. Start it again: what was done stays done." });
        }
    }

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

    private void Update(string userId, Func<ReplayProgress, ReplayProgress> change) =>
        _runs.AddOrUpdate(userId, _ => throw new InvalidOperationException("No run to update."), (_, p) => change(p));
}
