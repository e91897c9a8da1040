using ApplyTrack.Features.Mail;

namespace ApplyTrack.Features.Templates;

/// <summary>
/// Links that open a new message, filled in, in the person's own mail: ApplyTrack never sends. Outlook on the web
/// (<c>/mail/deeplink/compose?to=&amp;subject=&amp;body=</c>; outlook.live.com for personal Microsoft accounts,
/// outlook.office.com for work and school ones), Gmail (<c>/mail/?view=cm&amp;fs=1&amp;to=&amp;su=&amp;body=</c>, with
/// <c>authuser</c> to pick the account the recruiter wrote to), and <c>mailto:</c> (RFC 6068) for any other mail app.
/// Every value is percent-encoded (a space is %20, never '+', which Outlook would show as a plus).
/// </summary>
public sealed record ComposeLinks(string Outlook, string Gmail, string Mailto, string? Mailbox)
{
    private static readonly string[] PersonalMicrosoftDomains = ["outlook.com", "hotmail.com", "live.com", "msn.com", "passport.com"];

    public static ComposeLinks For(string? to, string subject, string body, MailProvider? provider, string? account)
    {
        var personal = provider == MailProvider.Outlook && account is not null && IsPersonalMicrosoft(account);
        var outlookBase = personal ? "https://outlook.live.com/mail/0/deeplink/compose" : "https://outlook.office.com/mail/deeplink/compose";
        var outlook = outlookBase + Query(("to", to), ("subject", subject), ("body", body));
        var gmail = "https://mail.google.com/mail/" +
                    Query(("authuser", provider == MailProvider.Gmail ? account : null), ("view", "cm"), ("fs", "1"), ("to", to), ("su", subject), ("body", body));
        // RFC 6068: line breaks in a mailto body are CRLF.
        var mailto = "mailto:" + (to is null ? "" : Uri.EscapeDataString(to).Replace("%40", "@", StringComparison.Ordinal)) +
                     Query(("subject", subject), ("body", body.ReplaceLineEndings("\r\n")));
        var mailbox = provider switch { MailProvider.Outlook => "outlook", MailProvider.Gmail => "gmail", _ => null };
        return new ComposeLinks(outlook, gmail, mailto, mailbox);
    }

    private static bool IsPersonalMicrosoft(string account)
    {
        var domain = account[(account.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return PersonalMicrosoftDomains.Any(d => domain == d || domain.StartsWith(d.Split('.')[0] + ".", StringComparison.Ordinal));
    }

    private static string Query(params (string Name, string? Value)[] parameters) =>
        "?" + string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
}
