using ApplyTrack.MailSim.Tests.Infrastructure;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ApplyTrack.MailSim.Tests.Graph;

public sealed class MailFolderTests : IAsyncLifetime
{
    private const string Email = "riley.chen@contoso.example";
    private MailSandbox _sandbox = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false });
        _graph = await GraphClients.SignInAsync(_sandbox, Email);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Top_level_folders_come_ten_per_page_and_the_page_iterator_reaches_them_all()
    {
        var firstPage = await _graph.Me.MailFolders.GetAsync();
        var names = new List<string>();

        var iterator = PageIterator<MailFolder, MailFolderCollectionResponse>.CreatePageIterator(_graph, firstPage!, f => { names.Add(f.DisplayName!); return true; });
        await iterator.IterateAsync();

        Assert.Equal(10, firstPage!.Value!.Count);
        Assert.NotNull(firstPage.OdataNextLink);
        Assert.StartsWith(_sandbox.GraphBaseUrl, firstPage.OdataNextLink);
        Assert.Equal(11, names.Count);
        Assert.Contains("Inbox", names);
        Assert.DoesNotContain("Clutter", names);
    }

    [Fact]
    public async Task Hidden_folders_are_listed_only_when_asked_for()
    {
        var all = await _graph.Me.MailFolders.GetAsync(r => { r.QueryParameters.IncludeHiddenFolders = "true"; r.QueryParameters.Top = 50; });

        Assert.Contains(all!.Value!, f => f.DisplayName == "Clutter" && f.IsHidden == true);
    }

    [Fact]
    public async Task Child_folders_and_well_known_names_resolve()
    {
        var inbox = await _graph.Me.MailFolders["Inbox"].GetAsync();
        var syncIssues = await _graph.Me.MailFolders["syncissues"].ChildFolders.GetAsync();

        Assert.Equal("Inbox", inbox!.DisplayName);
        Assert.Equal(["Conflicts", "Local Failures", "Server Failures"], syncIssues!.Value!.Select(f => f.DisplayName!).Order());
    }

    [Fact]
    public async Task Folder_counts_reflect_the_mailbox()
    {
        var mailbox = _sandbox.Mailboxes.Find(Email)!;
        var first = mailbox.Add(new() { From = new("a@example.com"), Subject = "One" });
        mailbox.Add(new() { From = new("b@example.com"), Subject = "Two" });
        mailbox.SetRead(first.Id, true);

        var inbox = await _graph.Me.MailFolders["inbox"].GetAsync();

        Assert.Equal(2, inbox!.TotalItemCount);
        Assert.Equal(1, inbox.UnreadItemCount);
    }

    [Fact]
    public async Task Me_returns_the_signed_in_user()
    {
        var me = await _graph.Me.GetAsync();

        Assert.Equal(Email, me!.UserPrincipalName);
        Assert.Equal(_sandbox.Mailboxes.Find(Email)!.Id, me.Id);
    }
}
