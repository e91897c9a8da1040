using System.Text.Json;
using ApplyTrack.MailSim.Mailboxes;
using Microsoft.Extensions.Time.Testing;

namespace ApplyTrack.MailSim.Tests.Mailboxes;

public sealed class MailboxStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private static NewMailMessage Letter(string subject) => new() { From = new("jobs@acme.example", "Acme Careers"), Subject = subject, TextBody = "Hello" };

    [Fact]
    public void New_mailbox_has_the_outlook_folder_tree_with_a_hidden_clutter_folder()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@contoso.example");

        var topLevel = mailbox.ChildFolders(mailbox.Root.Id).Select(f => f.DisplayName).ToList();

        Assert.Contains("Inbox", topLevel);
        Assert.Contains("Sent Items", topLevel);
        Assert.True(topLevel.Count > 10);
        Assert.True(mailbox.FindFolder("Clutter")!.IsHidden);
        Assert.Equal(mailbox.FindFolder("inbox"), mailbox.FindFolder("Inbox"));
    }

    [Fact]
    public void Moving_a_message_changes_its_rest_id_but_not_its_immutable_id_and_logs_the_move()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@contoso.example");
        var added = mailbox.Add(Letter("Your application"));

        var moved = mailbox.Move(added.Id, WellKnownFolder.Archive);

        Assert.NotEqual(added.Id, moved.Id);
        Assert.Equal(added.ImmutableId, moved.ImmutableId);
        Assert.Equal(moved, mailbox.FindMessage(added.ImmutableId));
        Assert.Null(mailbox.FindMessage(added.Id));
        Assert.Equal([MailboxChangeKind.Added, MailboxChangeKind.Moved], mailbox.ChangesSince(0).Select(c => c.Kind));
        Assert.Equal(2, mailbox.CurrentSequence);
    }

    [Fact]
    public void Changed_event_reports_every_mutation_in_sequence_order()
    {
        var store = new MailboxStore(_clock);
        var seen = new List<(long, MailboxChangeKind)>();
        store.Changed += c => seen.Add((c.Sequence, c.Kind));
        var mailbox = store.GetOrCreate("sam@contoso.example");

        var message = mailbox.Add(Letter("Interview"));
        mailbox.SetRead(message.Id, true);
        mailbox.SetRead(message.Id, true);
        mailbox.Delete(message.ImmutableId);

        Assert.Equal([(1, MailboxChangeKind.Added), (2, MailboxChangeKind.Updated), (3, MailboxChangeKind.Deleted)], seen);
    }

    [Fact]
    public void Change_log_snapshots_carry_no_bodies()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@contoso.example");

        var message = mailbox.Add(Letter("Offer"));

        Assert.Equal("Hello", mailbox.FindMessage(message.Id)!.TextBody);
        Assert.Null(mailbox.ChangesSince(0).Single().After!.TextBody);
    }

    [Fact]
    public void Concurrent_additions_get_gapless_sequences()
    {
        var mailbox = new MailboxStore(_clock).GetOrCreate("sam@contoso.example");

        Parallel.For(0, 200, i => mailbox.Add(Letter($"Message {i}")));

        Assert.Equal(200, mailbox.CurrentSequence);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), mailbox.ChangesSince(0).Select(c => c.Sequence));
        Assert.Equal(200, mailbox.Messages().Select(m => m.Number).Distinct().Count());
    }

    [Fact]
    public void Exported_state_survives_a_json_round_trip()
    {
        var store = new MailboxStore(_clock);
        var mailbox = store.GetOrCreate("sam@contoso.example", "Sam Rivera");
        var message = mailbox.Add(Letter("Assessment"));
        mailbox.GrantConsent("client-1", ["Mail.Read"]);

        var json = JsonSerializer.Serialize(store.Export(), MailboxStore.JsonOptions);
        var restored = new MailboxStore(_clock);
        restored.Import(JsonSerializer.Deserialize<List<MailboxState>>(json, MailboxStore.JsonOptions)!);

        var copy = restored.Find("sam@contoso.example")!;
        Assert.Equal("Sam Rivera", copy.User.DisplayName);
        Assert.Equal(message.Subject, copy.FindMessage(message.ImmutableId)!.Subject);
        Assert.Contains("Mail.Read", copy.ConsentedScopes("client-1"));
        Assert.Equal(1, copy.CurrentSequence);
        Assert.Equal(2, copy.Add(Letter("Next")).Number);
    }
}
