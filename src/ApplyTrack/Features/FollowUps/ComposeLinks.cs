using ApplyTrack.Features.Mail;

namespace ApplyTrack.Features.FollowUps;

/// <summary>One way to open a draft in the person's mail (ApplyTrack never sends).</summary>
public sealed record ComposeLink(string Label, string Url, bool IsRecruitersMailbox);

/// <summary>
/// Compose deep links with recipient, subject and body, for the mailbox the recruiter wrote to first:
/// Outlook on the web (<c>outlook.office.com/mail/deeplink/compose</c> for work and school accounts,
/// <c>outlook.live.com/mail/0/deeplink/compose</c> for Outlook.com), Gmail (<c>mail.google.com/mail/u/{account}/?view=cm&amp;fs=1&amp;to=&amp;su=&amp;body=</c>)
/// and <c>mailto:</c> (RFC 6068) for any other client. Values are percent-encoded with %20 for spaces: Outlook shows a
/// "+" literally when it has to carry the link through sign-in.
/// </summary>
public static class ComposeLinks
{
    /// <summary>Past this Outlook on the web cuts the link (its limit is about 2,000 characters); the person copies instead.</summary>
    public const int MaxUrlLength = 2000;

    private static readonly string[] ConsumerDomains = ["outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.de", "outlook.fr", "hotmail.de", "hotmail.fr", "hotmail.co.uk", "live.nl", "outlook.es", "outlook.pt", "hotmail.es"];

    public static IReadOnlyList<ComposeLink> For(string? to, string subject, string body, MailProvider? provider, string? mailboxAddress)
    {
        var outlook = Outlook(to, subject, body, mailboxAddress);
        var gmail = Gmail(to, subject, body, provider == MailProvider.Gmail ? mailboxAddress : null);
        var mailto = MailTo(to, subject, body);
        var links = new List<ComposeLink>();
        switch (provider)
        {
            case MailProvider.Gmail:
                links.Add(new("Open in Gmail", gmail, true));
                links.Add(new("Open in Outlook", outlook, false));
                break;
            case MailProvider.Outlook:
                links.Add(new("Open in Outlook", outlook, true));
                links.Add(new("Open in Gmail", gmail, false));
                break;
            default:
                links.Add(new("Open in Outlook", outlook, false));
                links.Add(new("Open in Gmail", gmail, false));
                break;
        }
        links.Add(new("Open in your mail app", mailto, provider is not (MailProvider.Gmail or MailProvider.Outlook)));
        return links;
    }

    public static string Outlook(string? to, string subject, string body, string? mailboxAddress)
    {
        var domain = mailboxAddress?.Split('@') is [_, var d] ? d.ToLowerInvariant() : null;
        var root = domain is not null && ConsumerDomains.Contains(domain) ? "https://outlook.live.com/mail/0/deeplink/compose" : "https://outlook.office.com/mail/deeplink/compose";
        return $"{root}?{Query(("to", to), ("subject", subject), ("body", body))}";
    }

    public static string Gmail(string? to, string subject, string body, string? account)
    {
        // /u/{address}/ opens the account the recruiter wrote to when the browser is signed in to several.
        var user = account is { Length: > 0 } ? Uri.EscapeDataString(account) : "0";
        return $"https://mail.google.com/mail/u/{user}/?view=cm&fs=1&{Query(("to", to), ("su", subject), ("body", body))}";
    }

    public static string MailTo(string? to, string subject, string body) =>
        $"mailto:{(to is { Length: > 0 } ? Uri.EscapeDataString(to).Replace("%40", "@") : "")}?{Query(("subject", subject), ("body", body.Replace("\n", "\r\n")))}";

    private static string Query(params (string Name, string? Value)[] parameters) =>
        string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
}
