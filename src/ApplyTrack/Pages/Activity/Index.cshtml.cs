using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Corrections;
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

/// <summary>The "classified wrong?" form of one email, on the activity log and on an application's timeline.</summary>
public sealed record CorrectionForm(MailEventResponse Email, IReadOnlyList<ApplicationOption> Applications, string ReturnUrl);

public sealed class ActivityModel(ApplyTrackDbContext db, MetadataCipher cipher, PipelineEvents events, ReportedMessages reports, TimeProvider time) : PageModel
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

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, string? label, Guid? applicationId, bool report, string? returnUrl)
    {
        var userId = User.RequireUserId();
        var outcome = await EmailCorrections.CorrectAsync(db, cipher, events, userId, id, label, applicationId, time.GetUtcNow(), HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        if (outcome.Errors is { } errors)
        {
            TempData["Error"] = string.Join(" ", errors.SelectMany(e => e.Value));
        }
        else if (report)
        {
            try
            {
                await EmailCorrections.ReportAsync(db, cipher, reports, userId, id, time.GetUtcNow(), HttpContext.RequestAborted);
            }
            catch (ReportUnavailableException ex)
            {
                TempData["Error"] = $"Your correction was saved, but the email was not reported: {ex.Message}";
            }
        }

        // Back where the person was, unless that was an application the correction deleted.
        if (returnUrl is { } url && Url.IsLocalUrl(url)
            && (!url.StartsWith("/applications/", StringComparison.Ordinal) || !Guid.TryParse(url["/applications/".Length..], out var applicationPage)
                || await db.Applications.AnyAsync(a => a.Id == applicationPage && a.UserId == userId)))
        {
            return LocalRedirect(url);
        }
        return RedirectToPage();
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
