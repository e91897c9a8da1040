namespace ApplyTrack.Features.Mail.Connections;

/// <summary>What went wrong at a consent step, in words for the person. Only these are ever shown: the problem page takes a code, never text.</summary>
public sealed record ConnectProblem(string Code, string Title, string Message);

public sealed class ConnectProblemException(ConnectProblem problem) : Exception(problem.Message)
{
    public ConnectProblem Problem { get; } = problem;
}

/// <summary>
/// The closed catalogue of connection problems. A callback redirects to <c>/connections/problem?code=…</c>; the page looks the
/// code up here, so nobody can make ApplyTrack show words (or an "admin consent link") of their choosing.
/// </summary>
public static class ConnectProblems
{
    private static readonly Dictionary<string, ConnectProblem> Known = new(StringComparer.Ordinal);

    public static readonly ConnectProblem InvalidOutlookState = Add("outlook-invalid-state", "This sign-in link is not valid",
        "The answer from Microsoft does not belong to a connection you started (or it was already used, or it expired). Start again from Integrations.");
    public static readonly ConnectProblem OutlookNoCode = Add("outlook-no-code", "Microsoft sent no authorization code", "Start again from Integrations.");
    public static readonly ConnectProblem OutlookAdminConsentRequired = Add("outlook-admin-consent", "Your organisation's administrator must approve ApplyTrack",
        "Your Microsoft 365 organisation only lets an administrator grant apps access to mail. Send your IT administrator the link below and ask them to " +
        "approve ApplyTrack for read-only mail access; once they have, connect again.");
    public static readonly ConnectProblem OutlookConsentRequired = Add("outlook-consent", "Permission was not granted",
        "ApplyTrack needs your consent to read your mail (read-only). Connect again and accept the permissions. " +
        "If your organisation blocks this, send your IT administrator the link below.");
    public static readonly ConnectProblem OutlookWorkAccountDenied = Add("outlook-work-denied", "Access to your work mailbox was not granted",
        "Microsoft did not let ApplyTrack read this work or school mailbox. If you did not cancel on purpose, your organisation probably requires an " +
        "administrator to approve new apps: send your IT administrator the link below, then connect again.");
    public static readonly ConnectProblem OutlookUserNotAssigned = Add("outlook-not-assigned", "Your organisation has not given you access to ApplyTrack",
        "Your Microsoft 365 organisation lets only the people it assigns use ApplyTrack, and you are not one of them yet (AADSTS50105). " +
        "Ask your IT administrator to assign you to the ApplyTrack app in Microsoft Entra (Enterprise applications → ApplyTrack → Users and groups), then connect again.");
    public static readonly ConnectProblem OutlookCancelled = Add("outlook-cancelled", "You cancelled the connection",
        "Nothing was connected. You can connect Outlook any time from Integrations.");
    public static readonly ConnectProblem OutlookNoAccount = Add("outlook-no-account", "Microsoft did not say which account this is",
        "Start again from Integrations; if it happens again, sign in with the mailbox's own address.");
    public static readonly ConnectProblem OutlookFailed = Add("outlook-failed", "Microsoft could not connect your mailbox",
        "Microsoft answered with an error. Try again in a moment.");

    public static readonly ConnectProblem InvalidGmailState = Add("gmail-invalid-state", "This sign-in link is not valid",
        "The answer from Google does not belong to a connection you started (or it was already used, or it expired). Start again from Integrations.");
    public static readonly ConnectProblem GmailNoCode = Add("gmail-no-code", "Google sent no authorization code", "Start again from Integrations.");
    public static readonly ConnectProblem GmailScopeMissing = Add("gmail-scope", "Gmail access was not granted",
        "ApplyTrack needs permission to read your Gmail (read-only) to find recruiter emails. Connect again and keep the Gmail box ticked.");
    public static readonly ConnectProblem GmailNoAccount = Add("gmail-no-account", "Google did not say which account this is",
        "Connect again and allow ApplyTrack to see your email address.");
    public static readonly ConnectProblem GmailNoOfflineAccess = Add("gmail-offline", "Google did not grant lasting access",
        "ApplyTrack needs offline access to keep your board up to date. Connect again and accept the permissions.");
    public static readonly ConnectProblem GmailCancelled = Add("gmail-cancelled", "You cancelled the connection",
        "Nothing was connected. You can connect Gmail any time from Integrations.");
    public static readonly ConnectProblem GmailConsentRequired = Add("gmail-consent", "Permission was not granted",
        "ApplyTrack needs your consent to read your Gmail (read-only). Connect again and accept the permissions.");
    public static readonly ConnectProblem GmailBlockedByOrganisation = Add("gmail-blocked", "Your organisation blocks ApplyTrack",
        "Your Google Workspace administrator does not allow this app to read mail. Ask them to allow ApplyTrack (read-only Gmail access).");
    public static readonly ConnectProblem GmailUnavailable = Add("gmail-unavailable", "Gmail is not available",
        "This server has no Google client configured and demo mode is off.");
    public static readonly ConnectProblem GmailFailed = Add("gmail-failed", "Google could not connect your mailbox",
        "Google answered with an error. Try again in a moment.");

    public static ConnectProblem? Find(string? code) => code is not null && Known.TryGetValue(code, out var problem) ? problem : null;

    /// <summary>Problems whose page offers the admin-consent link.</summary>
    public static bool OffersAdminConsent(ConnectProblem problem) =>
        problem == OutlookAdminConsentRequired || problem == OutlookConsentRequired || problem == OutlookWorkAccountDenied;

    public static string PageUrl(ConnectProblem problem) => $"/connections/problem?code={problem.Code}";

    private static ConnectProblem Add(string code, string title, string message)
    {
        var problem = new ConnectProblem(code, title, message);
        Known.Add(code, problem);
        return problem;
    }
}
