using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// The messages of a page this connection has not stored before, oldest first: a page read again after an
/// interrupted sync, or the same message in two pages, is counted as seen and goes no further.
/// </summary>
public sealed class ReadStep(MatchIndex index)
{
    public async Task<IReadOnlyList<IncomingMail>> UnreadAsync(SyncContext context, IReadOnlyList<IncomingMail> batch, CancellationToken cancellationToken)
    {
        var alreadyProcessed = await index.AlreadyProcessedAsync([.. batch.Select(m => m.ProviderMessageId)], cancellationToken);
        var unread = new List<IncomingMail>(batch.Count);
        foreach (var mail in batch.OrderBy(m => m.ReceivedAt))
        {
            context.Run.MessagesSeen++;
            if (alreadyProcessed.Add(mail.ProviderMessageId))
            {
                unread.Add(mail);
            }
        }
        return unread;
    }
}
