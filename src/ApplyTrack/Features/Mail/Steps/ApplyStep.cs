using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// Lets the pipeline act on a matched (or unmatched) job email through <see cref="ApplicationCommands"/>: apply it
/// to its application, create the application it names, or leave it unmatched for the person to attach. Nothing is
/// saved here: the caller saves the unit of work, and the commands then tell open boards what changed.
/// </summary>
public sealed class ApplyStep(ApplicationCommands commands, MatchIndex index)
{
    public async Task ApplyAsync(MailEvent mailEvent, Application? match, SyncContext context, CancellationToken cancellationToken)
    {
        if (match is not null)
        {
            await commands.ApplyEmailAsync(match, mailEvent, cancellationToken);
            await commands.ApplyRuleEffectsAsync(match, mailEvent, cancellationToken);
            return;
        }

        var target = EmailStatus.Target(mailEvent.Label);
        if (target == ApplicationStatus.Rejected || string.IsNullOrWhiteSpace(mailEvent.Company))
        {
            mailEvent.Outcome = MailEventOutcome.Unmatched;
            mailEvent.OutcomeDetail = target == ApplicationStatus.Rejected
                ? "A rejection for an application we have not seen. Attach it to one."
                : "No company could be read from this email. Attach it to an application.";
            return;
        }

        var application = commands.CreateFromEmail(context.Connection.UserId, context.Connection.SourceName, mailEvent);
        index.Add(application);
        await commands.ApplyRuleEffectsAsync(application, mailEvent, cancellationToken);

        // Mail is not always processed in the order it was sent: a rejection seen before its receipt waits as
        // "unmatched" until the application exists, then is applied here.
        var companyKey = ApplicationKeys.NormalizeCompany(application.Company);
        foreach (var waiting in (await index.UnmatchedAsync(cancellationToken))
                     .Where(e => e.ApplicationId is null && e.Outcome == MailEventOutcome.Unmatched && ApplicationKeys.NormalizeCompany(e.Company) == companyKey)
                     .OrderBy(e => e.ReceivedAt)
                     .ToList())
        {
            await commands.ApplyEmailAsync(application, waiting, cancellationToken);
            index.Remember(waiting);
        }
    }
}
