using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Duplicates;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Settings;

/// <summary>Settings → Duplicates: the detection switch, every suggested pair with merge and "not a duplicate", and recent merges to undo.</summary>
public sealed class DuplicatesSettingsModel(DuplicateFinder finder, ApplyTrackDbContext db, PipelineEvents events, TimeProvider time) : PageModel
{
    public bool Enabled { get; private set; }
    public IReadOnlyList<DuplicatePair> Pairs { get; private set; } = [];
    public IReadOnlyList<MergeRecordResponse> Merges { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.RequireUserId();
        Enabled = await finder.EnabledAsync(userId, HttpContext.RequestAborted);
        Pairs = await finder.FindAsync(userId, HttpContext.RequestAborted);
        Merges = await DuplicatesApi.UndoableAsync(db, userId, null, time.GetUtcNow(), HttpContext.RequestAborted);
    }

    /// <summary>The switch, from here or from Settings → Integrations → Advanced (<paramref name="returnUrl"/>).</summary>
    public async Task<IActionResult> OnPostDetectionAsync(bool enabled, string? returnUrl)
    {
        await DuplicatesApi.SetEnabledAsync(db, events, User.RequireUserId(), enabled, HttpContext.RequestAborted);
        return returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }
}
