namespace ApplyTrack.MailSim.Mailboxes;

/// <summary>A folder in a mailbox's tree. <see cref="WellKnownName"/> is Graph's name (`inbox`, `sentitems`, …) when it has one.</summary>
public sealed record MailFolder(string Id, string DisplayName, string? ParentFolderId, string? WellKnownName = null, bool IsHidden = false);

/// <summary>Graph's well-known folder names, which clients may use in place of ids (case-insensitively).</summary>
public static class WellKnownFolder
{
    public const string Root = "msgfolderroot";
    public const string Inbox = "inbox";
    public const string Drafts = "drafts";
    public const string SentItems = "sentitems";
    public const string DeletedItems = "deleteditems";
    public const string JunkEmail = "junkemail";
    public const string Archive = "archive";
    public const string Outbox = "outbox";
    public const string ConversationHistory = "conversationhistory";
    public const string Clutter = "clutter";
    public const string Scheduled = "scheduled";
    public const string SyncIssues = "syncissues";
    public const string Conflicts = "conflicts";
    public const string LocalFailures = "localfailures";
    public const string ServerFailures = "serverfailures";

    /// <summary>The tree a new Outlook mailbox starts with: (well-known name, display name, parent well-known name, hidden).</summary>
    internal static readonly (string? Name, string DisplayName, string? Parent, bool Hidden)[] DefaultTree =
    [
        (Root, "Top of Information Store", null, false),
        (Inbox, "Inbox", Root, false),
        (Drafts, "Drafts", Root, false),
        (SentItems, "Sent Items", Root, false),
        (DeletedItems, "Deleted Items", Root, false),
        (JunkEmail, "Junk Email", Root, false),
        (Archive, "Archive", Root, false),
        (Outbox, "Outbox", Root, false),
        (ConversationHistory, "Conversation History", Root, false),
        (Scheduled, "Scheduled", Root, false),
        (null, "RSS Feeds", Root, false),
        (SyncIssues, "Sync Issues", Root, false),
        (Conflicts, "Conflicts", SyncIssues, false),
        (LocalFailures, "Local Failures", SyncIssues, false),
        (ServerFailures, "Server Failures", SyncIssues, false),
        (Clutter, "Clutter", Root, true),
    ];
}
