using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Activity;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Applications;

public sealed class DetailModel(ApplyTrackDbContext db, MetadataCipher cipher, ApplicationCommands commands) : PageModel
{
    public Application? Application { get; private set; }
    public IReadOnlyList<MailEventResponse> Emails { get; private set; } = [];
    public IReadOnlyList<Activity.ApplicationOption> Applications { get; private set; } = [];
    public Features.Capture.PostingResponse? Posting { get; private set; }

    /// <summary>The user's stages in board order (Premium; empty otherwise or when none are defined).</summary>
    public IReadOnlyList<PipelineStage> Stages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Application = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.History).Include(a => a.Notes)
            .SingleOrDefaultAsync(a => a.Id == id && a.UserId == User.RequireUserId());
        if (Application is null)
        {
            return NotFound();
        }
        Posting = Features.Capture.CaptureApi.ToResponse(await db.Set<JobPosting>().AsNoTracking().SingleOrDefaultAsync(p => p.ApplicationId == id), cipher);
        var emails = await db.MailEvents.AsNoTracking().Where(e => e.ApplicationId == id && e.UserId == Application.UserId).OrderBy(e => e.ReceivedAt).ToListAsync();
        Emails = emails.Select(e => ActivityApi.ToResponse(e, cipher)).ToList();
        Applications = await db.Applications.AsNoTracking().Where(a => a.UserId == Application.UserId)
            .OrderBy(a => a.Company).Select(a => new Activity.ApplicationOption(a.Id, a.Company, a.Role)).ToListAsync();
        if (Plans.MayUseRules(await Plans.OfUserAsync(db, Application.UserId, HttpContext.RequestAborted)))
        {
            var order = ApplicationStatusNames.BoardOrder.ToList();
            Stages = [.. (await commands.StagesOfAsync(Application.UserId, HttpContext.RequestAborted)).OrderBy(s => order.IndexOf(s.Status)).ThenBy(s => s.Position)];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string? status)
    {
        if (!ApplicationStatusNames.TryParse(status, out var target))
        {
            return Problem(id, "Choose a status.");
        }
        return Done(id, await commands.MoveAsync(User.RequireUserId(), id, target, HttpContext.RequestAborted) is not null);
    }

    /// <summary>Sets the stage (Premium); a stage of another status moves the card there too. Empty clears it.</summary>
    public async Task<IActionResult> OnPostStageAsync(Guid id, Guid? stageId)
    {
        var userId = User.RequireUserId();
        if (!Plans.MayUseRules(await Plans.OfUserAsync(db, userId, HttpContext.RequestAborted)))
        {
            return Problem(id, "Stages are part of Premium.");
        }
        return Done(id, await commands.SetStageAsync(userId, id, stageId, HttpContext.RequestAborted) is not null);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? company, string? role)
    {
        var errors = ApplicationsApi.Validate(company, role, null, required: true);
        if (errors.Count > 0)
        {
            return Problem(id, string.Join(" ", errors.SelectMany(e => e.Value)));
        }
        return Done(id, await commands.EditAsync(User.RequireUserId(), id, company, role, null, HttpContext.RequestAborted) is not null);
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, string? text)
    {
        if (ApplicationsApi.ValidateNote(text) is { } error)
        {
            return Problem(id, error);
        }
        return Done(id, await commands.AddNoteAsync(User.RequireUserId(), id, text!, HttpContext.RequestAborted) is not null);
    }

    /// <summary>Folds a duplicate into this application; the duplicate's page is gone afterwards.</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid otherId)
    {
        if (otherId == Guid.Empty || otherId == id)
        {
            return Problem(id, "Choose another application to merge into this one.");
        }
        var merge = await commands.MergeAsync(User.RequireUserId(), id, otherId, HttpContext.RequestAborted);
        return Done(id, merge.Outcome == MergeOutcome.Merged);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id) =>
        await commands.DeleteAsync(User.RequireUserId(), id, HttpContext.RequestAborted) ? RedirectToPage("/Board/Index") : NotFound();

    /// <summary>An error for the page to show, when the application exists (404 otherwise, as for any other change).</summary>
    private IActionResult Problem(Guid id, string error)
    {
        TempData["Error"] = error;
        return RedirectToPage(new { id });
    }

    private IActionResult Done(Guid id, bool found) => found ? RedirectToPage(new { id }) : NotFound();
}
