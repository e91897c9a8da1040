using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// What makes two names the same company or role, and which applications are still open: the pure half of matching
/// an email to an application, shared by the match index and the matcher.
/// </summary>
public static partial class ApplicationKeys
{
    /// <summary>Where a new email may still land: a saved job's receipt email moves it to Applied.</summary>
    public static readonly ApplicationStatus[] Open = [ApplicationStatus.Saved, ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Offer];

    public static bool RolesMatch(string a, string b) => a == b || (a.Length > 3 && b.Length > 3 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));

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
