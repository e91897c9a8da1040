using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// A rule about the user's mail, applied after the classifier and dedupe and before matching: it may replace the
/// verdict (<see cref="MailCandidate.Verdict"/>) or drop the message (return false). User-defined rules register
/// here (<c>services.AddScoped&lt;IMailRule, …&gt;()</c>); they run in registration order.
/// </summary>
public interface IMailRule
{
    Task<bool> ApplyAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken);
}

/// <summary>
/// The person's own word first — mail from a sender or in a thread they marked "not job" leaves no trace — then
/// every registered <see cref="IMailRule"/>.
/// </summary>
public sealed class RulesStep(MatchIndex index, IEnumerable<IMailRule> rules) : IMailStep
{
    public async Task<bool> RunAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken)
    {
        if ((await index.CorrectionRulesAsync(cancellationToken)).RulesOut(candidate.Mail.FromAddress, candidate.Mail.ThreadId))
        {
            return false;
        }
        foreach (var rule in rules)
        {
            if (!await rule.ApplyAsync(candidate, context, cancellationToken))
            {
                return false;
            }
        }
        // A rule may have said it is not a job email, or — for what the classifier dropped — that it is one.
        return candidate.Verdict?.IsApplicationEvent == true;
    }
}
