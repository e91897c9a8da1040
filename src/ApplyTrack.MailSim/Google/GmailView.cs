using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Google;

/// <summary>A Gmail label as `labels.list` shows it; user labels stand for the mailbox's own folders.</summary>
internal sealed record GmailLabel(string Id, string Name, bool IsSystem, string? FolderId = null);

/// <summary>
/// Gmail's view of a <see cref="Mailbox"/>: hex message ids from <see cref="MailMessage.Number"/>, thread ids hashed from the
/// conversation id, labels from folder + read flag + categories, and history ids spread out from the change log's sequence.
/// </summary>
internal static class GmailIds
{
    // Real history ids are large, increasing and full of gaps; clients must not assume +1 steps.
    private const long HistoryBase = 4_000_000;
    private const long HistoryStep = 7;

    public static string MessageId(MailMessage message) => message.Number.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParseMessageId(string id, out long number) =>
        long.TryParse(id, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number) && id.Length == 16 && number > 0;

    public static string ThreadId(MailMessage message) => ThreadId(message.ConversationId);

    public static string ThreadId(string conversationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(conversationId));
        // The top nibble is set so a thread id never looks like one of the small sequential message ids.
        hash[0] = (byte)(0x10 | (hash[0] & 0x0f));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    public static ulong HistoryId(long sequence) => (ulong)(HistoryBase + sequence * HistoryStep + Jitter(sequence));

    /// <summary>The newest change sequence whose history id is at or below <paramref name="historyId"/>; -1 when it predates them all.</summary>
    public static long SequenceAtOrBefore(ulong historyId)
    {
        if (historyId < HistoryBase) return -1;
        var candidate = (long)((historyId - HistoryBase) / HistoryStep);
        return HistoryId(candidate) <= historyId ? candidate : candidate - 1;
    }

    private static long Jitter(long sequence) => (long)((ulong)(sequence * 2654435761L) >> 7) % 5;
}

/// <summary>The labels of one mailbox, computed from its folders.</summary>
internal sealed class GmailLabels
{
    public static readonly string[] SystemLabelIds =
    [
        "CHAT", "SENT", "INBOX", "IMPORTANT", "TRASH", "DRAFT", "SPAM", "CATEGORY_FORUMS", "CATEGORY_UPDATES",
        "CATEGORY_PERSONAL", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL", "STARRED", "UNREAD",
    ];

    private static readonly Dictionary<string, string> SystemLabelByFolder = new(StringComparer.OrdinalIgnoreCase)
    {
        [WellKnownFolder.Inbox] = "INBOX",
        [WellKnownFolder.SentItems] = "SENT",
        [WellKnownFolder.Drafts] = "DRAFT",
        [WellKnownFolder.JunkEmail] = "SPAM",
        [WellKnownFolder.DeletedItems] = "TRASH",
    };

    private static readonly HashSet<string> SystemLabelSet = new(SystemLabelIds, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string?> _labelByFolder = new(StringComparer.Ordinal);

    public GmailLabels(IReadOnlyList<MailFolder> folders)
    {
        var byId = folders.ToDictionary(f => f.Id);
        var all = SystemLabelIds.Select(id => new GmailLabel(id, id, true)).ToList();
        foreach (var folder in folders)
        {
            if (folder.WellKnownName is { } wellKnown)
            {
                // Archive and Outlook's housekeeping folders have no Gmail label: archived mail simply lacks INBOX.
                _labelByFolder[folder.Id] = SystemLabelByFolder.GetValueOrDefault(wellKnown);
                continue;
            }
            var label = new GmailLabel(UserLabelId(folder.Id), PathOf(folder, byId), false, folder.Id);
            _labelByFolder[folder.Id] = label.Id;
            all.Add(label);
        }
        All = all;
    }

    public IReadOnlyList<GmailLabel> All { get; }

    public GmailLabel? Find(string idOrName) =>
        All.FirstOrDefault(l => string.Equals(l.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(l => string.Equals(l.Name, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Name.Replace(' ', '-'), idOrName, StringComparison.OrdinalIgnoreCase));

    public List<string> For(MailMessage message)
    {
        List<string> labels = [];
        if (_labelByFolder.GetValueOrDefault(message.FolderId) is { } folderLabel) labels.Add(folderLabel);
        if (!message.IsRead) labels.Add("UNREAD");
        foreach (var category in message.Categories)
            if (SystemLabelSet.Contains(category) && !labels.Contains(category.ToUpperInvariant()))
                labels.Add(category.ToUpperInvariant());
        return labels;
    }

    private static string UserLabelId(string folderId) =>
        "Label_" + (BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(folderId))) % 10_000_000_000_000UL).ToString(CultureInfo.InvariantCulture);

    // Nested folders become Gmail's slash-separated nested label names ("Jobs/Recruiters"); system labels have no children.
    private static string PathOf(MailFolder folder, Dictionary<string, MailFolder> byId)
    {
        var names = new List<string> { folder.DisplayName };
        var parent = folder.ParentFolderId is { } p ? byId.GetValueOrDefault(p) : null;
        while (parent is not null && parent.WellKnownName is null)
        {
            names.Insert(0, parent.DisplayName);
            parent = parent.ParentFolderId is { } next ? byId.GetValueOrDefault(next) : null;
        }
        return string.Join('/', names);
    }
}

/// <summary>A consistent snapshot of one mailbox in Gmail's terms, rebuilt only when the mailbox changed.</summary>
internal sealed class GmailSnapshot
{
    private readonly Dictionary<long, MailMessage> _byNumber;
    private readonly Dictionary<string, List<MailMessage>> _byThread;

    public GmailSnapshot(Mailbox mailbox, long sequence)
    {
        Mailbox = mailbox;
        Sequence = sequence;
        NewestFirst = mailbox.Messages();
        Labels = new GmailLabels(mailbox.Folders);
        _byNumber = NewestFirst.ToDictionary(m => m.Number);
        _byThread = NewestFirst.GroupBy(GmailIds.ThreadId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.ReceivedDateTime).ThenBy(m => m.Number).ToList());
        LabelsByNumber = NewestFirst.ToDictionary(m => m.Number, Labels.For);
    }

    public Mailbox Mailbox { get; }

    public long Sequence { get; }

    /// <summary>Every message, newest first (Gmail's list order).</summary>
    public IReadOnlyList<MailMessage> NewestFirst { get; }

    public GmailLabels Labels { get; }

    public IReadOnlyDictionary<long, List<string>> LabelsByNumber { get; }

    public int ThreadCount => _byThread.Count;

    public MailMessage? Find(string gmailId) =>
        GmailIds.TryParseMessageId(gmailId, out var number) ? _byNumber.GetValueOrDefault(number) : null;

    public IReadOnlyList<MailMessage>? Thread(string threadId) => _byThread.GetValueOrDefault(threadId);

    public List<string> LabelsOf(MailMessage message) => LabelsByNumber.TryGetValue(message.Number, out var labels) ? labels : Labels.For(message);
}

/// <summary>Caches one <see cref="GmailSnapshot"/> per mailbox so thousands of `messages.get` calls don't re-sort the mailbox.</summary>
public sealed class GmailSnapshots
{
    private readonly ConcurrentDictionary<string, GmailSnapshot> _snapshots = new(StringComparer.Ordinal);

    internal GmailSnapshot For(Mailbox mailbox)
    {
        var sequence = mailbox.CurrentSequence;
        if (_snapshots.TryGetValue(mailbox.Id, out var cached) && cached.Sequence == sequence && cached.Labels.All.Count == LabelCount(mailbox))
            return cached;
        var fresh = new GmailSnapshot(mailbox, sequence);
        _snapshots[mailbox.Id] = fresh;
        return fresh;
    }

    // Folders can be added without a change-log entry; a new user label must still show up.
    private static int LabelCount(Mailbox mailbox) => GmailLabels.SystemLabelIds.Length + mailbox.Folders.Count(f => f.WellKnownName is null);
}
