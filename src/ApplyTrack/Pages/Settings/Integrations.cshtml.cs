using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Demo;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Pages.Settings;

public sealed record ConnectionView(ConnectionResponse Connection, IReadOnlyList<SyncRun> Runs)
{
    public string ProviderName => Connection.Provider switch { "outlook" => "Outlook", "gmail" => "Gmail", _ => "IMAP" };

    public string StatusName => Connection.Status switch
    {
        "active" => "Active",
        "syncing" => "Syncing",
        "syncFailing" => "Sync failing",
        "disconnected" => "Disconnected",
        _ => "Authentication Required",
    };

    /// <summary>What a finished run did, in words, for the Sync Now feedback.</summary>
    public static string Summary(SyncRun run) => run.Outcome switch
    {
        SyncOutcome.Succeeded when run.MessagesSeen == 0 => "Sync done: no new mail since the last sync.",
        SyncOutcome.Succeeded or SyncOutcome.SucceededWithSkippedMessages =>
            $"Sync done: {run.MessagesSeen} message{(run.MessagesSeen == 1 ? "" : "s")} checked, {run.JobEvents} job email{(run.JobEvents == 1 ? "" : "s")}" +
            (run.Errors > 0 ? $", {run.Errors} unreadable (skipped)." : "."),
        _ => $"Sync {run.Outcome.Name()}{(run.Detail is { Length: > 0 } detail ? $": {detail}" : ".")}",
    };
}

public sealed class IntegrationsModel(
    ApplyTrackDbContext db,
    OutlookEndpoints outlook,
    OutlookConnector connector,
    MailboxDisconnector disconnector,
    MailProviders providers,
    SyncQueue queue,
    DemoSandbox demo,
    IOptions<OutlookOptions> options) : PageModel
{
    public IReadOnlyList<ConnectionView> Connections { get; private set; } = [];
    public bool IsDemo => outlook.IsDemo;
    public bool OutlookAvailable => outlook.IsAvailable;
    public string? DemoUser => demo.Sandbox?.DemoUserEmail;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetConnectionsAsync()
    {
        await LoadAsync();
        return Partial("_Connections", Connections);
    }

    public async Task<IActionResult> OnPostConnectOutlookAsync()
    {
        if (!outlook.IsAvailable)
        {
            TempData["Error"] = "Outlook is not configured on this server.";
            return RedirectToPage();
        }
        return Redirect(await connector.StartAsync(User.RequireUserId(), null, OutlookConnectionsApi.RedirectUri(Request, options.Value), HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostReconnectAsync(Guid id)
    {
        var connection = await db.MailboxConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.UserId == User.RequireUserId());
        if (connection is null)
        {
            return NotFound();
        }
        return Redirect(await providers.For(connection).StartReconnectAsync(connection, Request, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostSyncAsync(Guid id)
    {
        var exists = await db.MailboxConnections.AnyAsync(c => c.Id == id && c.UserId == User.RequireUserId() && (c.Status == ConnectionStatus.Active || c.Status == ConnectionStatus.Syncing));
        if (!exists)
        {
            return NotFound();
        }
        queue.Enqueue(id, SyncTrigger.Manual);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisconnectAsync(Guid id) =>
        await disconnector.DisconnectAsync(User.RequireUserId(), id, HttpContext.RequestAborted) ? RedirectToPage() : NotFound();

    private async Task LoadAsync()
    {
        var userId = User.RequireUserId();
        var connections = await ConnectionsApi.LoadAsync(db, userId, providers, HttpContext.RequestAborted);
        var ids = connections.Select(c => c.Id).ToList();
        var runs = await db.SyncRuns.AsNoTracking().Where(r => ids.Contains(r.ConnectionId))
            .OrderByDescending(r => r.StartedAt).Take(200).ToListAsync();
        Connections = connections.Select(c => new ConnectionView(c, runs.Where(r => r.ConnectionId == c.Id).Take(10).ToList())).ToList();
    }
}
