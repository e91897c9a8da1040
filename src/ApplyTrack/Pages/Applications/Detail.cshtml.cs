using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Activity;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Applications;

public sealed class DetailModel(ApplyTrackDbContext db, MetadataCipher cipher, PipelineEvents events, TimeProvider time) : PageModel
{
    public Application? Application { get; private set; }
    public IReadOnlyList<MailEventResponse> Emails { get; private set; } = [];
    public IReadOnlyList<Activity.ApplicationOption> Applications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Application = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.History).Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.Id == id && a.UserId == User.RequireUserId());
        if (Application is null)
        {
            return NotFound();
        }
        var emails = await db.MailEvents.AsNoTracking().Where(e => e.ApplicationId == id && e.UserId == Application.UserId).OrderBy(e => e.ReceivedAt).ToListAsync();
        Emails = emails.Select(e => ActivityApi.ToResponse(e, cipher)).ToList();
        Applications = await db.Applications.AsNoTracking().Where(a => a.UserId == Application.UserId)
            .OrderBy(a => a.Company).Select(a => new Activity.ApplicationOption(a.Id, a.Company, a.Role)).ToListAsync();
        return Page();
    }

    public Task<IActionResult> OnPostStatusAsync(Guid id, string? status) => ChangeAsync(id, application =>
    {
        if (!ApplicationStatusNames.TryParse(status, out var target))
        {
            return "Choose a status.";
        }
        application.MoveTo(target, TransitionCause.Manual, time.GetUtcNow());
        return null;
    });

    public Task<IActionResult> OnPostSaveAsync(Guid id, string? company, string? role) => ChangeAsync(id, application =>
    {
        var errors = ApplicationsApi.Validate(company, role, null, required: true);
        if (errors.Count > 0)
        {
            return string.Join(" ", errors.SelectMany(e => e.Value));
        }
        application.Company = company!.Trim();
        application.Role = role!.Trim();
        application.UpdatedAt = time.GetUtcNow();
        return null;
    });

    public Task<IActionResult> OnPostNoteAsync(Guid id, string? text) => ChangeAsync(id, application =>
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ApplicationNote.TextMaxLength)
        {
            return $"A note needs between 1 and {ApplicationNote.TextMaxLength} characters.";
        }
        application.AddNote(text, TransitionCause.Manual, time.GetUtcNow());
        return null;
    });

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var userId = User.RequireUserId();
        var deleted = await db.Applications.Where(a => a.Id == id && a.UserId == userId).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }
        events.Publish(userId, new PipelineEvent("deleted", id));
        return RedirectToPage("/Board/Index");
    }

    /// <summary>Loads the user's application, applies one change (returning an error message or null), saves, and tells open boards.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Func<Application, string?> change)
    {
        var userId = User.RequireUserId();
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId);
        if (application is null)
        {
            return NotFound();
        }

        if (change(application) is { } error)
        {
            TempData["Error"] = error;
            return RedirectToPage(new { id });
        }

        await db.SaveChangesAsync();
        events.Publish(userId, new PipelineEvent("updated", id));
        return RedirectToPage(new { id });
    }
}
