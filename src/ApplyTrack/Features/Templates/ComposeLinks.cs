using ApplyTrack.Features.Mail;

namespace ApplyTrack.Features.Templates;

/// <summary>
/// Links that open a new message, filled in, in the person's own mail: ApplyTrack never sends. The addresses are the
/// follow-up drafts' (<see cref="FollowUps.ComposeLinks"/>: Outlook on the web, Gmail on the account the recruiter wrote
/// to, and <c>mailto:</c>), shaped for a template: one link per client and the mailbox to highlight.
/// </summary>
public sealed record ComposeLinks(string Outlook, string Gmail, string Mailto, string? Mailbox)
{
    public static ComposeLinks For(string? to, string subject, string body, MailProvider? provider, string? account) => new(
        FollowUps.ComposeLinks.Outlook(to, subject, body, provider == MailProvider.Outlook ? account : null),
        FollowUps.ComposeLinks.Gmail(to, subject, body, provider == MailProvider.Gmail ? account : null),
        FollowUps.ComposeLinks.MailTo(to, subject, body),
        provider switch { MailProvider.Outlook => "outlook", MailProvider.Gmail => "gmail", _ => null });
}
