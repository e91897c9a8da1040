using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;

namespace ApplyTrack.Features.Mail.Steps;

/// <summary>
/// Finds the application a stored job email belongs to: the same conversation first, across mailboxes (or the application the person
/// assigned the thread to, or a rule named), then the same company and (normalised) role among the user's open applications. Works on
/// the sync's <see cref="MatchIndex"/>, so matching costs a dictionary lookup rather than a query per email.
/// </summary>
public sealed class MatchStep(MatchIndex index)
{
    public async Task<Application?> FindAsync(MailEvent mailEvent, CancellationToken cancellationToken)
    {
        // A rule of the person's that names the application comes first.
        if (Rules.RuleEffects.FromJson(mailEvent.RuleEffects)?.ApplicationId is { } assigned && await index.ApplicationAsync(assigned, cancellationToken) is { } byRule)
        {
            return byRule;
        }
        if (await index.ApplicationOfConversationAsync(mailEvent.ThreadId, mailEvent.InternetMessageId, cancellationToken) is { } byConversation)
        {
            return byConversation;
        }

        var companyKey = ApplicationKeys.NormalizeCompany(mailEvent.Company);
        if (companyKey.Length == 0)
        {
            return null;
        }

        var candidates = index.OpenApplicationsOf(companyKey);
        var roleKey = ApplicationKeys.NormalizeRole(mailEvent.Role);
        if (roleKey.Length > 0)
        {
            var sameRole = candidates.FirstOrDefault(a => ApplicationKeys.RolesMatch(ApplicationKeys.NormalizeRole(a.Role), roleKey));
            if (sameRole is not null)
            {
                return sameRole;
            }
            // A named role that matches none of them is a different application at the same company,
            // unless the only candidate has no role of its own.
            return candidates.Count == 1 && ApplicationKeys.NormalizeRole(candidates[0].Role) is "" or "role not stated" ? candidates[0] : null;
        }
        return candidates.Count == 1 ? candidates[0] : candidates.OrderByDescending(a => a.LastActivityAt).FirstOrDefault();
    }
}
