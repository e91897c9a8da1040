using ApplyTrack.Features.Mail.Connections;

namespace ApplyTrack.Features.Mail.Outlook;

/// <summary>Whether the account being connected is a personal Microsoft account, a work/school one, or not known yet.</summary>
public enum MicrosoftAccountKind
{
    Unknown,
    Personal,
    Work,
}

/// <summary>
/// Which problem an error from Microsoft's authorize redirect or token endpoint is. Branches on the AADSTS code in the
/// description where Microsoft gives one: admin approval (AADSTS90094/90095) can reach us as <c>access_denied</c> rather
/// than <c>consent_required</c>, so the code decides before the error name does.
/// </summary>
public static class ConnectErrors
{
    private static readonly string[] ConsumerDomains = ["outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com"];

    public static ConnectProblem Classify(string error, string? description, MicrosoftAccountKind account)
    {
        description ??= "";
        bool Has(string code) => description.Contains("AADSTS" + code, StringComparison.Ordinal);

        if (Has("90094") || Has("90095") || Has("90008"))
        {
            return ConnectProblems.OutlookAdminConsentRequired;
        }
        if (Has("50105"))
        {
            return ConnectProblems.OutlookUserNotAssigned;
        }
        if (Has("65001") || error == "consent_required")
        {
            return ConnectProblems.OutlookConsentRequired;
        }
        if (error == "access_denied" || Has("65004"))
        {
            // A work account that "declined" has usually met a "Need admin approval" page and gone back to the app.
            return account == MicrosoftAccountKind.Personal ? ConnectProblems.OutlookCancelled : ConnectProblems.OutlookWorkAccountDenied;
        }
        return ConnectProblems.OutlookFailed;
    }

    /// <summary>From the address the person said they would use: personal-account domains are Microsoft's consumer ones.</summary>
    public static MicrosoftAccountKind AccountKindOf(string? loginHint)
    {
        var at = loginHint?.LastIndexOf('@') ?? -1;
        if (loginHint is null || at < 0)
        {
            return MicrosoftAccountKind.Unknown;
        }
        var domain = loginHint[(at + 1)..].Trim().ToLowerInvariant();
        var personal = ConsumerDomains.Contains(domain)
            || domain.StartsWith("hotmail.", StringComparison.Ordinal) || domain.StartsWith("outlook.", StringComparison.Ordinal) || domain.StartsWith("live.", StringComparison.Ordinal);
        return personal ? MicrosoftAccountKind.Personal : MicrosoftAccountKind.Work;
    }
}
