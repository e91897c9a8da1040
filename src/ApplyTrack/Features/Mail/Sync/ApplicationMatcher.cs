using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// Finds the application an email belongs to: the same conversation first, then the same company and
/// (normalised) role among the user's open applications. Works on a <see cref="MatchIndex"/> that a sync
/// builds once, so matching costs a dictionary lookup rather than a query per email.
/// </summary>
public static partial class ApplicationMatcher
{
    public static readonly ApplicationStatus[] Open = [ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Offer];

    public static async Task<Application?> FindAsync(ApplyTrackDbContext db, MatchIndex index, string? threadId, string? company, string? role, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(threadId) && await index.ApplicationOfThreadAsync(db, threadId, cancellationToken) is { } byThread)
        {
            return byThread;
        }

        var companyKey = NormalizeCompany(company);
        if (companyKey.Length == 0)
        {
            return null;
        }

        var candidates = index.OpenApplicationsOf(companyKey);
        var roleKey = NormalizeRole(role);
        if (roleKey.Length > 0)
        {
            var sameRole = candidates.FirstOrDefault(a => RolesMatch(NormalizeRole(a.Role), roleKey));
            if (sameRole is not null)
            {
                return sameRole;
            }
            // A named role that matches none of them is a different application at the same company,
            // unless the only candidate has no role of its own.
            return candidates.Count == 1 && NormalizeRole(candidates[0].Role) is "" or "role not stated" ? candidates[0] : null;
        }
        return candidates.Count == 1 ? candidates[0] : candidates.OrderByDescending(a => a.LastActivityAt).FirstOrDefault();
    }

    private static bool RolesMatch(string a, string b) => a == b || (a.Length > 3 && b.Length > 3 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));

    private static readonly ConcurrentDictionary<string, string> CompanyKeys = new(StringComparer.Ordinal);

    /// <summary>"Contoso, Inc." and "contoso" are one company.</summary>
    public static string NormalizeCompany(string? company)
    {
        if (company is null)
        {
            return "";
        }
        if (CompanyKeys.TryGetValue(company, out var cached))
        {
            return cached;
        }
        if (CompanyKeys.Count > 50_000)
        {
            CompanyKeys.Clear();
        }
        var text = Fold(company);
        text = LegalSuffix().Replace(text, "");
        return CompanyKeys[company] = Collapse(text);
    }

    /// <summary>"Sr. Software Engineer (m/f/d)" and "senior software engineer" are one role.</summary>
    public static string NormalizeRole(string? role)
    {
        var text = Fold(role);
        text = GenderMarker().Replace(text, " ");
        text = Regex.Replace(text, @"\bsr\b", "senior");
        text = Regex.Replace(text, @"\bjr\b", "junior");
        text = Regex.Replace(text, @"\beng\b", "engineer");
        text = Regex.Replace(text, @"\bmgr\b", "manager");
        return Collapse(text);
    }

    private static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        var decomposed = value.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return builder.ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|plc|corp|corporation|co|company|srl|spa|oy|ab|as|kg|se|group|holdings?)\b")]
    private static partial Regex LegalSuffix();

    [GeneratedRegex(@"\b(m w d|w m d|f m d|m f d|m f x|h f|f h|m v|all genders?)\b")]
    private static partial Regex GenderMarker();
}
