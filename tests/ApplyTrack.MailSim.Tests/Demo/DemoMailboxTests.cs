using ApplyTrack.MailSim.Demo;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.Extensions.Time.Testing;

namespace ApplyTrack.MailSim.Tests.Demo;

public sealed class DemoMailboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Mailbox Seed() => DemoMailbox.Seed(new MailboxStore(new FakeTimeProvider(Now)), "alex.morgan@sandbox.applytrack.local", "Alex Morgan");

    [Fact]
    public void Demo_mailbox_holds_about_300_emails_from_the_last_45_days()
    {
        var messages = Seed().Messages();

        Assert.InRange(messages.Count, 270, 330);
        Assert.All(messages, m => Assert.InRange(m.ReceivedDateTime, Now.AddDays(-45), Now));
    }

    [Fact]
    public void Job_search_runs_through_the_inbox_from_receipt_to_offer_and_rejection()
    {
        var mailbox = Seed();
        var inbox = mailbox.Messages(mailbox.FindFolder(WellKnownFolder.Inbox)!.Id).Select(m => m.Subject).ToList();

        Assert.Contains("Thank you for applying to Northwind Traders", inbox);
        Assert.Contains("Action required: complete your online assessment", inbox);
        Assert.Contains("Next steps – Technical interview (Woodgrove Bank)", inbox);
        Assert.Contains("Your offer from Northwind Traders", inbox);
        Assert.Contains("Update on your Fabrikam application", inbox);
        Assert.Contains("Fwd: Your application to Adatum Corporation", inbox);
    }

    [Fact]
    public void Most_of_the_demo_mail_is_not_about_jobs()
    {
        var messages = Seed().Messages();

        var jobRelated = messages.Count(m => m.ConversationId.Contains("spm") || m.ConversationId.Contains("-pm") || m.ConversationId.Contains("lead")
            || m.ConversationId.Contains("gpm") || m.From.Address.Contains("jobradar") || m.From.Address.Contains("hireline"));

        Assert.InRange(jobRelated, 30, 70);
    }

    [Fact]
    public void Demo_mailbox_is_the_same_every_time_relative_to_the_clock()
    {
        var first = Seed().Messages().Select(m => (m.Subject, m.ReceivedDateTime));
        var second = Seed().Messages().Select(m => (m.Subject, m.ReceivedDateTime));

        Assert.Equal(first, second);
    }
}
