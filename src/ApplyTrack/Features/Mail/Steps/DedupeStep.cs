using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// One email is stored once per user: not again when another mailbox holds the same message (same Internet message
/// id), nor when it arrives as a forwarded copy (same original sender, subject and date) through another mailbox.
/// </summary>
public sealed class DedupeStep(MatchIndex index, MetadataCipher cipher) : IMailStep
{
    public async Task<bool> RunAsync(MailCandidate candidate, SyncContext context, CancellationToken cancellationToken)
    {
        var mail = candidate.Mail;
        if (mail.InternetMessageId is { Length: > 0 } internetId && await index.IsKnownAsync(internetId, cancellationToken))
        {
            return false;
        }
        (candidate.Fingerprint, candidate.OriginalAt) = OriginalMessage.Identify(mail, candidate.Verdict!, cipher);
        return !await index.IsCopyFromAnotherMailboxAsync(candidate.Fingerprint, candidate.OriginalAt, cancellationToken);
    }
}
