using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Tests.Mail;

/// <summary>The folder chooser's tree, from any provider's flat listing.</summary>
public sealed class FolderTreeTests
{
    [Fact]
    public void Folders_nest_under_their_parents_with_the_inbox_first_and_siblings_by_name()
    {
        MailFolderChoice[] listing =
        [
            new("z-id", "Zeta"), new("rec", "Recruiters", "jobs"), new("jobs", "Jobs"), new("inbox", "Inbox"),
            new("agencies", "Agencies", "rec"), new("leads", "Leads", "inbox"), new("apps", "Applications", "jobs"),
        ];

        var rows = FolderTree.Flatten(FolderTree.Build(listing)).Select(n => $"{n.Depth}:{n.Path}").ToList();

        Assert.Equal(["0:Inbox", "1:Inbox / Leads", "0:Jobs", "1:Jobs / Applications", "1:Jobs / Recruiters", "2:Jobs / Recruiters / Agencies", "0:Zeta"], rows);
    }

    [Fact]
    public void A_folder_whose_parent_is_not_listed_a_loop_or_a_duplicate_still_shows_once()
    {
        MailFolderChoice[] listing =
        [
            new("inbox", "Inbox"), new("orphan", "Orphan", "gone"), new("a", "A", "b"), new("b", "B", "a"), new("self", "Self", "self"),
            new("orphan", "Orphan again"),
        ];

        var ids = FolderTree.Flatten(FolderTree.Build(listing)).Select(n => n.Folder.Id).ToList();

        Assert.Equal(["inbox", "orphan", "self", "a", "b"], ids);
    }

    [Fact]
    public void Gmail_label_names_with_slashes_become_nested_labels()
    {
        GmailLabel[] labels =
        [
            new("Label_1", "Jobs", "user"), new("Label_2", "Jobs/Recruiters", "user"), new("Label_3", "Jobs/Recruiters/Agencies", "user"),
            // The API lets "Clients/2026/Q1" exist without "Clients/2026": it sits under the nearest ancestor that does exist.
            new("Label_4", "Clients", "user"), new("Label_5", "Clients/2026/Q1", "user"),
            new("Label_6", "Orphan/Child", "user"), new("Label_7", "/Odd/", "user"),
        ];

        var choices = GmailSync.NestedLabels(labels).ToDictionary(c => c.Id);

        Assert.Equal(new MailFolderChoice("Label_1", "Jobs"), choices["Label_1"]);
        Assert.Equal(new MailFolderChoice("Label_2", "Recruiters", "Label_1"), choices["Label_2"]);
        Assert.Equal(new MailFolderChoice("Label_3", "Agencies", "Label_2"), choices["Label_3"]);
        Assert.Equal(new MailFolderChoice("Label_5", "2026/Q1", "Label_4"), choices["Label_5"]);
        Assert.Equal(new MailFolderChoice("Label_6", "Orphan/Child"), choices["Label_6"]);
        Assert.Equal("/Odd/", choices["Label_7"].Name);
        Assert.All(choices.Values, c => Assert.True(c.Selectable));
    }
}
