using ApplyTrack.Classification;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// From email to pipeline, for every provider: classify each message in memory; keep nothing of non-job mail;
/// store a job email as encrypted metadata; find its application (or create one); let the state machine move it.
/// Changes are added to the caller's unit of work: the synchronizer saves them together with its checkpoint.
/// </summary>
public sealed class MailProcessor(EmailClassifier classifier, MetadataCipher cipher, TimeProvider time, ILogger<MailProcessor> logger)
{
    /// <summary>The role of an application created from an email that names none; a later email may fill it in.</summary>
    public const string RoleNotStated = ApplicationNaming.RoleNotStated;

    public async Task ProcessAsync(ApplyTrackDbContext db, SyncContext context, IReadOnlyList<IncomingMail> batch, CancellationToken cancellationToken)
    {
        using var span = Operations.ApplyTrackTelemetry.StartPage(batch.Count);
        var index = context.Index;
        await index.EnsureLoadedAsync(db, cancellationToken);
        var alreadyProcessed = await index.AlreadyProcessedAsync(db, [.. batch.Select(m => m.ProviderMessageId)], cancellationToken);

        var fresh = new List<IncomingMail>(batch.Count);
        foreach (var mail in batch.OrderBy(m => m.ReceivedAt))
        {
            context.Run.MessagesSeen++;
            if (alreadyProcessed.Add(mail.ProviderMessageId))
            {
                fresh.Add(mail);
            }
        }

        // The batch is classified first, in memory and in one span; only the job emails go on to matching and applying.
        var verdicts = new List<(IncomingMail Mail, EmailClassification Verdict)>(fresh.Count);
        using (var classifying = Operations.ApplyTrackTelemetry.StartClassification(fresh.Count))
        {
            foreach (var mail in fresh)
            {
                try
                {
                    var verdict = Operations.ApplyTrackTelemetry.Classify(() => ClassifyWithRetry(mail));
                    if (verdict.IsApplicationEvent)
                    {
                        verdicts.Add((mail, verdict));
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Skipped(context, ex);
                }
            }
            classifying?.SetTag("applytrack.classification.job_emails", verdicts.Count);
        }

        foreach (var (mail, verdict) in verdicts)
        {
            try
            {
                await ProcessOneAsync(db, context, mail, verdict, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Skipped(context, ex);
            }
        }
    }

    private void Skipped(SyncContext context, Exception ex)
    {
        // Never the message's content or ids: we may not even know yet whether it is job mail.
        context.Run.Errors++;
        logger.LogWarning("A message of connection {ConnectionId} could not be processed and was skipped ({Error})", context.Connection.Id, ex.GetType().Name);
    }

    /// <summary>
    /// The classifier's regexes are compiled on first use, and on a starved machine that first match can outrun its 1 s
    /// guard. Skipping the message then would lose a job email for good, so a timeout earns one more try; a body that
    /// times out twice is pathological and is skipped like any other broken message.
    /// </summary>
    private EmailClassification ClassifyWithRetry(IncomingMail mail)
    {
        var input = new EmailInput(mail.Sender, mail.To, mail.Subject, mail.Body, mail.ReceivedAt);
        try
        {
            return classifier.Classify(input);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return classifier.Classify(input);
        }
    }

    private async Task ProcessOneAsync(ApplyTrackDbContext db, SyncContext context, IncomingMail mail, EmailClassification verdict, CancellationToken cancellationToken)
    {
        var connection = context.Connection;
        var index = context.Index;
        // The person said mail from this sender (or in this thread) is not job mail: it leaves no trace, like any other.
        if ((await index.CorrectionRulesAsync(db, cipher, cancellationToken)).RulesOut(mail.FromAddress, mail.ThreadId))
        {
            return;
        }
        if (mail.InternetMessageId is { Length: > 0 } internetId && await index.IsKnownAsync(db, internetId, cancellationToken))
        {
            return;
        }

        var (fingerprint, originalAt) = OriginalMessage.Identify(mail, verdict, cipher);
        if (await index.IsCopyFromAnotherMailboxAsync(db, fingerprint, originalAt, cancellationToken))
        {
            return;
        }

        context.Run.JobEvents++;
        var now = time.GetUtcNow();
        var mailEvent = new MailEvent
        {
            Id = Guid.CreateVersion7(now),
            UserId = connection.UserId,
            ConnectionId = connection.Id,
            ProviderMessageId = mail.ProviderMessageId,
            InternetMessageId = Truncate(mail.InternetMessageId, 998),
            ThreadId = Truncate(mail.ThreadId, 400),
            Folder = Truncate(mail.Folder, 400),
            Sender = cipher.Encrypt(mail.Sender, CipherPurposes.Sender),
            Subject = cipher.Encrypt(mail.Subject ?? "", CipherPurposes.Subject),
            ReceivedAt = mail.ReceivedAt,
            Fingerprint = fingerprint,
            OriginalAt = originalAt,
            Label = verdict.Label,
            Event = verdict.Event,
            Confidence = verdict.Confidence,
            Company = Truncate(verdict.Company, Application.CompanyMaxLength),
            Role = Truncate(verdict.Role, Application.RoleMaxLength),
            Note = Truncate(verdict.Note, 200),
            Reasons = Truncate(string.Join('\n', verdict.Reasons), 2000) ?? "",
            ProcessedAt = now,
        };
        // Applied by ApplyPendingAsync once the sync has read everything, oldest first: providers hand out the
        // newest page first, and the receipt naming company and role must come before its "Final round".
        mailEvent.Outcome = MailEventOutcome.Pending;
        db.MailEvents.Add(mailEvent);
        index.Remember(mailEvent);
    }

    /// <summary>
    /// Feeds this connection's stored-but-unapplied emails to the pipeline in the order they were received
    /// (including any left by a sync that was interrupted). Saved by the caller.
    /// </summary>
    public async Task ApplyPendingAsync(ApplyTrackDbContext db, SyncContext context, CancellationToken cancellationToken)
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
        await context.Index.EnsureLoadedAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var mailEvent in pending)
        {
            try
            {
                await FeedPipelineAsync(db, context, mailEvent, now, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                mailEvent.Outcome = MailEventOutcome.Unmatched;
                mailEvent.OutcomeDetail = "This email could not be applied. Attach it to an application.";
                logger.LogWarning("A stored email of connection {ConnectionId} could not be applied ({Error})", context.Connection.Id, ex.GetType().Name);
            }
            finally
            {
                context.Index.Remember(mailEvent);
            }
        }
    }

    private static async Task FeedPipelineAsync(ApplyTrackDbContext db, SyncContext context, MailEvent mailEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var span = Operations.ApplyTrackTelemetry.StartApply();
        var connection = context.Connection;
        var index = context.Index;
        var application = await ApplicationMatcher.FindAsync(db, index, mailEvent.ThreadId, mailEvent.Company, mailEvent.Role, cancellationToken);
        if (application is not null)
        {
            await ApplyToAsync(db, application, mailEvent, now, cancellationToken);
            context.ChangedApplications.Add(application.Id);
            return;
        }

        var target = TargetStatus(mailEvent);
        if (target == ApplicationStatus.Rejected || string.IsNullOrWhiteSpace(mailEvent.Company))
        {
            mailEvent.Outcome = MailEventOutcome.Unmatched;
            mailEvent.OutcomeDetail = target == ApplicationStatus.Rejected
                ? "A rejection for an application we have not seen. Attach it to one."
                : "No company could be read from this email. Attach it to an application.";
            return;
        }

        // "Added" is when the first email arrived; UpdatedAt is when we changed the row.
        application = Application.Create(connection.UserId, mailEvent.Company, ApplicationNaming.IsRole(mailEvent.Role) ? mailEvent.Role! : RoleNotStated, target,
            connection.SourceName, mailEvent.ReceivedAt, $"{Describe(mailEvent)} email");
        application.StatusSetAt = mailEvent.ReceivedAt;
        application.LastActivityAt = mailEvent.ReceivedAt;
        application.UpdatedAt = now;
        application.History[0].EmailId = mailEvent.Id;
        if (mailEvent.Note is { Length: > 0 } note)
        {
            application.AddNote(note, TransitionCause.Email, mailEvent.ReceivedAt);
            application.UpdatedAt = now;
        }
        db.Applications.Add(application);
        index.Add(application);
        mailEvent.ApplicationId = application.Id;
        mailEvent.Outcome = MailEventOutcome.CreatedApplication;
        mailEvent.OutcomeDetail = $"Created {application.Company} · {application.Role} as {target.ToDisplayName()}.";
        context.ChangedApplications.Add(application.Id);

        // Mail is not always processed in the order it was sent: a rejection seen before its receipt waits as
        // "unmatched" until the application exists, then is applied here.
        var companyKey = ApplicationMatcher.NormalizeCompany(application.Company);
        foreach (var waiting in (await index.UnmatchedAsync(db, cancellationToken))
                     .Where(e => e.ApplicationId is null && e.Outcome == MailEventOutcome.Unmatched && ApplicationMatcher.NormalizeCompany(e.Company) == companyKey)
                     .OrderBy(e => e.ReceivedAt)
                     .ToList())
        {
            await ApplyToAsync(db, application, waiting, now, cancellationToken);
            index.Remember(waiting);
        }
    }

    /// <summary>Applies a job email to an application through the state machine (also used when a person attaches one).</summary>
    public static async Task ApplyToAsync(ApplyTrackDbContext db, Application application, MailEvent mailEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        mailEvent.ApplicationId = application.Id;
        var naming = ApplicationNaming.Decide(application.Company, application.Role, mailEvent.Company, mailEvent.Role);
        (application.Company, application.Role) = (naming.Company, naming.Role);
        var decision = application.MoveTo(TargetStatus(mailEvent), TransitionCause.Email, now, $"{Describe(mailEvent)} email", mailEvent.ReceivedAt, mailEvent.Id);
        var addedNote = false;
        if (mailEvent.Note is { Length: > 0 } note)
        {
            if (db.Entry(application).State != EntityState.Added)
            {
                await db.Entry(application).Collection(a => a.Notes).LoadAsync(cancellationToken);
            }
            if (!application.Notes.Any(n => string.Equals(n.Text, note, StringComparison.OrdinalIgnoreCase)))
            {
                application.AddNote(note, TransitionCause.Email, mailEvent.ReceivedAt);
                addedNote = true;
            }
        }
        if (mailEvent.ReceivedAt < application.CreatedAt && application.Source != ApplicationSources.Manual)
        {
            application.CreatedAt = mailEvent.ReceivedAt;
        }

        if (mailEvent.ReceivedAt > application.LastActivityAt)
        {
            application.LastActivityAt = mailEvent.ReceivedAt;
        }
        application.UpdatedAt = now;
        (mailEvent.Outcome, mailEvent.OutcomeDetail) = decision.Moves
            ? (MailEventOutcome.MovedStatus, $"Moved {application.Company} to {application.Status.ToDisplayName()}.")
            : addedNote
                ? (MailEventOutcome.AddedNote, $"Added the note \"{mailEvent.Note}\" to {application.Company}.")
                : (MailEventOutcome.NoChange, $"{application.Company}: {decision.Explanation}");
    }

    public static ApplicationStatus TargetStatus(MailEvent mailEvent) => mailEvent.Label switch
    {
        "applied" => ApplicationStatus.Applied,
        "interviewing" => ApplicationStatus.Interviewing,
        "offer" => ApplicationStatus.Offer,
        "rejected" => ApplicationStatus.Rejected,
        _ => throw new InvalidOperationException($"'{mailEvent.Label}' is not an application event."),
    };

    public static string Describe(MailEvent mailEvent) => mailEvent.Event switch
    {
        "application_received" => "Application received",
        "application_viewed" => "Application viewed",
        "recruiter_outreach" => "Recruiter outreach",
        "interview_invite" => "Interview invitation",
        "next_round" => mailEvent.Note ?? "Next round",
        "assessment" => mailEvent.Note ?? "Assessment",
        "offer" => "Offer",
        "rejection" => "Rejection",
        _ => mailEvent.Label switch
        {
            "applied" => "Application",
            "interviewing" => "Interview",
            "offer" => "Offer",
            _ => "Rejection",
        },
    };

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
