using System.Globalization;
using MailKit;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>
/// Where the sync of one IMAP folder stands, kept in <see cref="FolderCursor.Checkpoint"/> as
/// <c>uidvalidity:lastuid:highestmodseq</c>. UIDs are only meaningful under the UIDVALIDITY they were read with;
/// the mod-sequence is 0 until a round finishes (or when the server has no CONDSTORE).
/// </summary>
public sealed record ImapCheckpoint(uint UidValidity, uint LastUid, ulong HighestModSeq)
{
    public static ImapCheckpoint? Parse(string? value)
    {
        var parts = value?.Split(':');
        return parts is [var validity, var last, var modSeq]
               && uint.TryParse(validity, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
               && uint.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
               && ulong.TryParse(modSeq, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? new ImapCheckpoint(v, l, m)
            : null;
    }

    /// <summary>True when the open folder holds nothing this checkpoint has not seen (same UIDVALIDITY, no new UID).</summary>
    public bool IsCurrent(IMailFolder folder) =>
        folder.UidValidity == UidValidity
        && ((HighestModSeq > 0 && folder.HighestModSeq == HighestModSeq)
            || (folder.UidNext is { } next && next.Id <= LastUid + 1));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UidValidity}:{LastUid}:{HighestModSeq}");
}
