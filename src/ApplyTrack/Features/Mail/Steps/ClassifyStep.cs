using ApplyTrack.Classification;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Operations;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// Classifies the message in memory; anything that is not an application event stops here — unless the person has a rule
/// that can call it a job email (the rules step then decides, and drops it all the same when none does).
/// </summary>
public sealed class ClassifyStep(EmailClassifier classifier, Rules.UserRulesStep userRules) : IMailStep
{
    public async Task<bool> RunAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken)
    {
        candidate.Verdict = ApplyTrackTelemetry.Classify(() => ClassifyWithRetry(candidate.Mail));
        return candidate.Verdict.IsApplicationEvent || await userRules.MayMakeJobEmailAsync(context, cancellationToken);
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
}
