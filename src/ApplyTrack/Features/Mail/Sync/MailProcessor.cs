using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Steps;
using ApplyTrack.Features.Operations;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// From email to pipeline, for every provider, as ordered steps: read (what this mailbox has not stored) →
/// <see cref="IMailStep"/>s in registration order (classify → dedupe → rules → record) → once the sync has read
/// everything, match → apply. Non-job mail leaves no trace; a job email is stored as encrypted metadata and moves its
/// application through <see cref="Pipeline.ApplicationCommands"/>. Scoped: one sync is one scope and one unit of work,
/// saved by the synchronizer together with its checkpoint.
/// </summary>
public sealed class MailProcessor(
    ApplyTrackDbContext db,
    MatchIndex index,
    ReadStep read,
    IEnumerable<IMailStep> steps,
    MatchStep match,
    ApplyStep apply,
    ILogger<MailProcessor> logger)
{
    public async Task ProcessAsync(SyncContext context, IReadOnlyList<IncomingMail> batch, CancellationToken cancellationToken)
    {
        using var span = ApplyTrackTelemetry.StartPage(batch.Count);
        await index.LoadAsync(context.Connection, cancellationToken);
        var unread = await read.UnreadAsync(context, batch, cancellationToken);
        // The page's new mail goes through the steps (classify first, in memory) inside one span that counts the job emails.
        using var classifying = ApplyTrackTelemetry.StartClassification(unread.Count);
        var jobEmails = 0;
        foreach (var mail in unread)
        {
            try
            {
                var candidate = new MailCandidate(mail);
                foreach (var step in steps)
                {
                    if (!await step.RunAsync(candidate, context, cancellationToken))
                    {
                        break;
                    }
                }
                jobEmails += candidate.Verdict is { IsApplicationEvent: true } ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Skipped(context, ex);
            }
        }
        classifying?.SetTag("applytrack.classification.job_emails", jobEmails);
    }

    private void Skipped(SyncContext context, Exception ex)
    {
        // Never the message's content or ids: we may not even know yet whether it is job mail.
        context.Run.Errors++;
        logger.LogWarning("A message of connection {ConnectionId} could not be processed and was skipped ({Error})", context.Connection.Id, ex.GetType().Name);
    }

    /// <summary>
    /// Feeds this connection's stored-but-unapplied emails to the pipeline in the order they were received
    /// (including any left by a sync that was interrupted). Saved by the caller.
    /// </summary>
    public async Task ApplyPendingAsync(SyncContext context, CancellationToken cancellationToken)
    {
        var pending = (await db.MailEvents
                .Where(e => e.ConnectionId == context.Connection.Id && e.Outcome == MailEventOutcome.Pending)
                .ToListAsync(cancellationToken))
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id)
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }
        await index.LoadAsync(context.Connection, cancellationToken);
        foreach (var mailEvent in pending)
        {
            try
            {
                using var span = ApplyTrackTelemetry.StartApply();
                await apply.ApplyAsync(mailEvent, await match.FindAsync(mailEvent, cancellationToken), context, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                mailEvent.Outcome = MailEventOutcome.Unmatched;
                mailEvent.OutcomeDetail = "This email could not be applied. Attach it to an application.";
                logger.LogWarning("A stored email of connection {ConnectionId} could not be applied ({Error})", context.Connection.Id, ex.GetType().Name);
            }
            finally
            {
                index.Remember(mailEvent);
            }
        }
    }
}
