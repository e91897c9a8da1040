namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// Gmail's <see cref="FolderCursor.Checkpoint"/> for one label: <c>"{historyId}|{pageToken}"</c> while a full listing is under way
/// (the historyId read before it started, and the next page), <c>"{historyId}"</c> once it finished (the next round reads
/// <c>history.list</c> from there).
/// </summary>
public sealed record GmailCheckpoint(string? HistoryId, string? PageToken)
{
    public static GmailCheckpoint Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return new(null, null);
        }
        var bar = stored.IndexOf('|');
        if (bar < 0)
        {
            return new(stored, null);
        }
        if (bar == 0)
        {
            return new(null, null);
        }
        var pageToken = stored[(bar + 1)..];
        return new(stored[..bar], pageToken.Length == 0 ? null : pageToken);
    }

    public override string? ToString() => HistoryId is null ? null : PageToken is null ? HistoryId : $"{HistoryId}|{PageToken}";
}
