using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Corrections;

/// <summary>
/// What one user's corrections teach a sync, loaded once per sync: senders and threads the person marked "not job",
/// and threads the person assigned to an application. Keys are keyed hashes (HMAC), so the rules need neither the
/// addresses nor the conversation ids in clear.
/// </summary>
public sealed class CorrectionRules
{
    public static readonly CorrectionRules None = new([], [], []);

    private readonly HashSet<string> _notJobSenders;
    private readonly HashSet<string> _notJobThreads;
    private readonly Dictionary<string, Guid> _assignedThreads;
    private readonly MetadataCipher? _cipher;

    private CorrectionRules(HashSet<string> notJobSenders, HashSet<string> notJobThreads, Dictionary<string, Guid> assignedThreads, MetadataCipher? cipher = null)
    {
        (_notJobSenders, _notJobThreads, _assignedThreads, _cipher) = (notJobSenders, notJobThreads, assignedThreads, cipher);
    }

    public static async Task<CorrectionRules> LoadAsync(ApplyTrackDbContext db, MetadataCipher cipher, string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Corrections.AsNoTracking()
            .Where(c => c.UserId == userId && (c.SenderKey != null || c.ThreadKey != null))
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Label, c.SenderKey, c.ThreadKey, c.ApplicationId })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return None;
        }

        var rules = new CorrectionRules([], [], [], cipher);
        foreach (var row in rows)
        {
            if (row.Label == EmailLabel.None)
            {
                if (row.SenderKey is { } sender) rules._notJobSenders.Add(sender);
                if (row.ThreadKey is { } thread) rules._notJobThreads.Add(thread);
            }
            else if (row is { ThreadKey: { } thread, ApplicationId: { } applicationId })
            {
                // Later corrections win (rows come oldest first).
                rules._assignedThreads[thread] = applicationId;
                rules._notJobThreads.Remove(thread);
            }
        }
        return rules;
    }

    /// <summary>Mail from a sender or in a thread the person marked "not job".</summary>
    public bool RulesOut(string? senderAddress, string? threadId) =>
        _cipher is not null
        && ((_notJobSenders.Count > 0 && SenderKey(_cipher, senderAddress) is { } sender && _notJobSenders.Contains(sender))
            || (_notJobThreads.Count > 0 && ThreadKey(_cipher, threadId) is { } thread && _notJobThreads.Contains(thread)));

    /// <summary>The application the person assigned this thread to, if any.</summary>
    public Guid? ApplicationOfThread(string? threadId) =>
        _cipher is not null && _assignedThreads.Count > 0 && ThreadKey(_cipher, threadId) is { } key && _assignedThreads.TryGetValue(key, out var id) ? id : null;

    public static string? SenderKey(MetadataCipher cipher, string? address) =>
        string.IsNullOrWhiteSpace(address) ? null : cipher.Fingerprint($"correction.sender\n{address.Trim().ToLowerInvariant()}");

    public static string? ThreadKey(MetadataCipher cipher, string? threadId) =>
        string.IsNullOrEmpty(threadId) ? null : cipher.Fingerprint($"correction.thread\n{threadId}");
}
