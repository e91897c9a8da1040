using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.FollowUps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Pages.Settings;

/// <summary>Settings → Follow-ups: the delays of the timing rules and the name drafts are signed with.</summary>
public sealed class FollowUpsModel(ApplyTrackDbContext db, FollowUpBook book, IOptions<FollowUpOptions> options) : PageModel
{
    public FollowUpDelays Delays { get; private set; } = null!;
    public FollowUpDelays Defaults => options.Value.Defaults;
    public string? SignatureName { get; private set; }
    public string? SuggestedSignature { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(int? checkInAfterApplyingDays, int? checkInAfterInterviewDays, int? noResponseDays, string? signatureName)
    {
        var request = new FollowUpSettingsRequest(checkInAfterApplyingDays, checkInAfterInterviewDays, noResponseDays, signatureName);
        Errors = FollowUpsApi.Validate(request);
        if (Errors.Count > 0 || checkInAfterApplyingDays is null || checkInAfterInterviewDays is null || noResponseDays is null)
        {
            if (Errors.Count == 0)
            {
                Errors = new Dictionary<string, string[]> { ["days"] = ["Fill in every delay."] };
            }
            await LoadAsync();
            return Page();
        }
        await FollowUpsApi.SaveAsync(db, User.RequireUserId(), new FollowUpDelays(checkInAfterApplyingDays.Value, checkInAfterInterviewDays.Value, noResponseDays.Value),
            signatureName, HttpContext.RequestAborted);
        TempData["Saved"] = "Saved.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var userId = User.RequireUserId();
        Delays = await book.DelaysAsync(userId, HttpContext.RequestAborted);
        SignatureName = await db.FollowUpSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.SignatureName).SingleOrDefaultAsync(HttpContext.RequestAborted);
        SuggestedSignature = FollowUpBook.NameFromAddress(User.Identity?.Name);
    }
}
