using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Duplicates;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Applications;

/// <summary>
/// The duplicate forms of an application's page (<c>_Duplicates.cshtml</c>) and of Settings → Duplicates: merge with
/// the primary the person picked, "not a duplicate", undo a merge. Each goes back where it came from
/// (<c>returnUrl</c>, local only), or to the application that remains.
/// </summary>
public sealed class DuplicatesModel(ApplicationCommands commands) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/applications/{id}#duplicates");

    /// <summary><paramref name="primaryId"/> empty: the other one is kept.</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid otherId, Guid? primaryId, string? returnUrl)
    {
        if (otherId == Guid.Empty || otherId == id)
        {
            TempData["Error"] = "Choose another application to merge with this one.";
            return Back(id, returnUrl);
        }
        var primary = primaryId is { } chosen && chosen != Guid.Empty ? chosen : otherId;
        if (primary != id && primary != otherId)
        {
            TempData["Error"] = "Keep one of the two applications.";
            return Back(id, returnUrl);
        }
        var merged = primary == id ? otherId : id;
        var result = await commands.MergeAsync(User.RequireUserId(), primary, merged, HttpContext.RequestAborted);
        if (result.Outcome == MergeOutcome.NotFound)
        {
            return NotFound();
        }
        TempData["Merged"] = $"Merged. {result.Merged!.Company} · {result.Merged.Role} now holds the emails, notes and history of both.";
        return returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect($"/applications/{primary}#duplicates");
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid id, Guid otherId, string? returnUrl)
    {
        if (DuplicatesApi.ValidatePair(id, otherId) is not null)
        {
            TempData["Error"] = "Choose another application.";
            return Back(id, returnUrl);
        }
        return await commands.DismissDuplicateAsync(User.RequireUserId(), id, otherId, HttpContext.RequestAborted) ? Back(id, returnUrl) : NotFound();
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid id, Guid mergeId, string? returnUrl)
    {
        var result = await commands.SplitAsync(User.RequireUserId(), mergeId, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SplitOutcome.NotFound:
                return NotFound();
            case SplitOutcome.Split:
                TempData["Merged"] = $"Merge undone: {result.Restored!.Company} · {result.Restored.Role} is back with its own emails, notes and history.";
                break;
            default:
                TempData["Error"] = DuplicatesApi.UndoProblem(result.Outcome);
                break;
        }
        return Back(id, returnUrl);
    }

    private IActionResult Back(Guid id, string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect($"/applications/{id}#duplicates");
}
