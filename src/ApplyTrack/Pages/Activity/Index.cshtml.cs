using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Activity;
using ApplyTrack.Features.Mail.Sync;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Activity;

public sealed record ApplicationOption(Guid Id, string Company, string Role);

public sealed class ActivityModel(ApplyTrackDbContext db, MetadataCipher cipher, PipelineEvents events, TimeProvider time) : PageModel
{
    public IReadOnlyList<MailEventResponse> Events { get; private set; } = [];
    public IReadOnlyList<ApplicationOption> OpenApplications { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetRowsAsync()
    {
        await LoadAsync();
        return Partial("_Rows", this);
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, Guid applicationId)
    {
        var attached = await ActivityApi.AttachToApplicationAsync(db, events, User.RequireUserId(), id, applicationId, time.GetUtcNow(), HttpContext.RequestAborted);
        return attached is null ? NotFound() : RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var userId = User.RequireUserId();
        var rows = await db.MailEvents.AsNoTracking().Where(e => e.UserId == userId).OrderByDescending(e => e.ReceivedAt).Take(300).ToListAsync();
        Events = rows.Select(e => ActivityApi.ToResponse(e, cipher)).ToList();
        OpenApplications = await db.Applications.AsNoTracking().Where(a => a.UserId == userId)
            .OrderBy(a => a.Company).Select(a => new ApplicationOption(a.Id, a.Company, a.Role)).ToListAsync();
    }
}
