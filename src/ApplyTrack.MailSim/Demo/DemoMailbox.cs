using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Demo;

/// <summary>
/// Creates the demo user's mailbox: about 300 emails over the last 45 days of the sandbox clock — mostly everyday mail,
/// with Alex Morgan's job search running through it (<see cref="JobSearchStory"/>).
/// </summary>
public static class DemoMailbox
{
    public static Mailbox Seed(MailboxStore store, string email, string displayName)
    {
        var mailbox = store.GetOrCreate(email, displayName);
        var now = store.Time.GetUtcNow();
        var folders = new Dictionary<string, string>
        {
            [EverydayMail.ReceiptsFolder] = mailbox.AddFolder(EverydayMail.ReceiptsFolder, WellKnownFolder.Inbox).Id,
            [EverydayMail.NewslettersFolder] = mailbox.AddFolder(EverydayMail.NewslettersFolder).Id,
        };
        var letters = JobSearchStory.Letters().Concat(EverydayMail.Letters(new Random(4711))).OrderByDescending(l => l.DaysAgo).ToList();
        foreach (var letter in letters)
        {
            var received = now - TimeSpan.FromDays(letter.DaysAgo);
            var sender = MailInput.Address(letter.From)!;
            var sent = letter.Folder == WellKnownFolder.SentItems;
            mailbox.Add(new NewMailMessage
            {
                From = sender,
                To = sent ? [RecipientOf(letter)] : [new MailAddress(email, displayName)],
                Cc = [.. letter.Cc.Select(MailInput.Address).OfType<MailAddress>()],
                Subject = letter.Subject,
                TextBody = letter.Text,
                HtmlBody = letter.Html,
                ReceivedDateTime = received,
                ConversationId = letter.Thread is null ? null : $"AAQkAD-demo-{letter.Thread}",
                IsRead = letter.IsRead ?? letter.DaysAgo > 2,
            }, folders.GetValueOrDefault(letter.Folder) ?? letter.Folder);
        }
        return mailbox;
    }

    /// <summary>Alex's sent replies go to whoever wrote last in that thread.</summary>
    private static MailAddress RecipientOf(DemoLetter letter) => letter.Thread switch
    {
        "northwind-spm" => new("priya.raman@northwindtraders.com", "Priya Raman"),
        _ => new("someone@example.com"),
    };
}
