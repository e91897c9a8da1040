using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Settings;

public sealed class FoldersModel(ApplyTrackDbContext db, MailProviders providers, SyncQueue queue) : PageModel
{
    public string AccountEmail { get; private set; } = "";
    public MailProvider Provider { get; private set; }
    public IReadOnlyList<MailFolderChoice> Available { get; private set; } = [];
    public IReadOnlyList<FolderNode> Tree => FolderTree.Build(Available);
    public IReadOnlyList<string> Monitored { get; private set; } = [];
    public bool MayChoose { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, List<string> folders)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var chosen = folders.Where(f => Available.Any(a => a.Id == f && a.Selectable) && !providers.For(Provider).NeverMonitored.Contains(f)).Distinct().ToList();
        if (chosen.Count == 0)
        {
            Error = "Choose at least one folder.";
            return Page();
        }
        if (!MayChoose && chosen is not ["inbox"])
        {
            Error = "Monitoring folders other than the Inbox is part of the Premium plan.";
            return Page();
        }
        await db.MailboxConnections.Where(c => c.Id == id && c.UserId == User.RequireUserId())
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Folders, string.Join(',', chosen)));
        queue.Enqueue(id, SyncTrigger.Folders);
        return Redirect("/settings/integrations");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var userId = User.RequireUserId();
        var connection = await db.MailboxConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == userId);
        if (connection is null)
        {
            return false;
        }
        AccountEmail = connection.AccountEmail;
        Provider = connection.Provider;
        Monitored = connection.FolderList;
        MayChoose = Plans.MayMonitorOtherFolders(await Plans.OfUserAsync(db, userId, HttpContext.RequestAborted));
        try
        {
            Available = connection.Credentials is null
                ? [new("inbox", "Inbox")]
                : await providers.For(connection).ListFoldersAsync(connection, HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && providers.Translate(connection, ex) is not null)
        {
            Available = [new("inbox", "Inbox")];
            Error = "The mailbox's folders could not be read right now; try again in a moment.";
        }
        return true;
    }
}
