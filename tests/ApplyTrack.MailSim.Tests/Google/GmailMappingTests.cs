using ApplyTrack.MailSim.Google;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.Extensions.Time.Testing;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GmailMappingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void History_ids_are_strictly_increasing_with_gaps_and_map_back_to_their_sequence()
    {
        for (long sequence = 0; sequence < 2_000; sequence++)
        {
            var id = GmailIds.HistoryId(sequence);

            Assert.True(GmailIds.HistoryId(sequence + 1) > id + 1);
            Assert.Equal(sequence, GmailIds.SequenceAtOrBefore(id));
            Assert.Equal(sequence, GmailIds.SequenceAtOrBefore(GmailIds.HistoryId(sequence + 1) - 1));
        }
    }

    [Fact]
    public void Thread_ids_follow_the_conversation_and_never_collide_with_message_ids()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@gmail.com");
        var first = mailbox.Add(GoogleClients.Letter("Application received", conversationId: "conv-7"));
        var reply = mailbox.Add(GoogleClients.Letter("RE: Application received", conversationId: "conv-7"));

        Assert.Equal(GmailIds.ThreadId(first), GmailIds.ThreadId(reply));
        Assert.Equal(16, GmailIds.ThreadId(first).Length);
        Assert.False(GmailIds.TryParseMessageId(GmailIds.ThreadId(first), out var number) && number < 1_000_000);
    }

    [Fact]
    public void Labels_come_from_folder_read_state_and_system_categories()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@gmail.com");
        var jobs = mailbox.AddFolder("Jobs");
        var receipts = mailbox.AddFolder("Receipts", WellKnownFolder.Inbox);
        var starred = mailbox.Add(GoogleClients.Letter("Starred") with { Categories = ["STARRED", "Blue category"] });
        var filed = mailbox.Add(GoogleClients.Letter("Filed") with { IsRead = true }, jobs.Id);
        var archived = mailbox.Add(GoogleClients.Letter("Archived") with { IsRead = true }, WellKnownFolder.Archive);
        var labels = new GmailLabels(mailbox.Folders);

        Assert.Equal(["INBOX", "UNREAD", "STARRED"], labels.For(starred));
        Assert.Equal([labels.Find("Jobs")!.Id], labels.For(filed));
        Assert.Empty(labels.For(archived));
        Assert.Equal("Receipts", labels.All.Single(l => l.FolderId == receipts.Id).Name);
    }

    [Fact]
    public void Search_reads_dates_as_midnight_pacific_and_supports_negation_and_fields()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@gmail.com");
        var labels = new GmailLabels(mailbox.Folders);
        var beforeMidnightPacific = mailbox.Add(GoogleClients.Letter("Late", new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero)));
        var afterMidnightPacific = mailbox.Add(GoogleClients.Letter("Interview at Acme", new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero)));

        var after = GmailSearch.Compile("after:2026/04/01", labels, _clock.GetUtcNow());
        var subjectNotLate = GmailSearch.Compile("subject:interview -Late from:acme.example", labels, _clock.GetUtcNow());

        Assert.False(after(beforeMidnightPacific, labels.For(beforeMidnightPacific)));
        Assert.True(after(afterMidnightPacific, labels.For(afterMidnightPacific)));
        Assert.True(subjectNotLate(afterMidnightPacific, labels.For(afterMidnightPacific)));
        Assert.False(subjectNotLate(beforeMidnightPacific, labels.For(beforeMidnightPacific)));
    }
}
