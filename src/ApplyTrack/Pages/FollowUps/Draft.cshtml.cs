using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.FollowUps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.FollowUps;

/// <summary>One due follow-up: the reminder, and on Premium its draft with Copy and Open in Outlook / Gmail. Never sends.</summary>
public sealed class DraftModel(FollowUpBook book, ApplyTrackDbContext db, TimeProvider time) : PageModel
{
    public DueItem? FollowUp { get; private set; }
    public DraftResult? Result { get; private set; }
    public bool Premium { get; private set; }
    public string KindName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid applicationId, string kind)
    {
        var userId = User.RequireUserId();
        if (!FollowUpKindNames.TryParse(kind, out var parsed) || !await book.OwnsAsync(userId, applicationId, HttpContext.RequestAborted))
        {
            return NotFound();
        }
        KindName = parsed.ToDisplayName();
        FollowUp = (await book.DueAsync(userId, HttpContext.RequestAborted, applicationId)).FirstOrDefault(f => f.Kind == parsed);
        Premium = Plans.MayUseFollowUpAssistant(await Plans.OfUserAsync(db, userId, HttpContext.RequestAborted));
        if (FollowUp is not null && Premium)
        {
            Result = await book.DraftAsync(userId, applicationId, parsed, HttpContext.RequestAborted);
        }
        return Page();
    }

    public Task<IActionResult> OnPostDoneAsync(Guid applicationId, string kind, string? returnUrl) =>
        MarkAsync(applicationId, kind, done: true, null, returnUrl);

    public Task<IActionResult> OnPostSnoozeAsync(Guid applicationId, string kind, int? days, string? returnUrl) =>
        MarkAsync(applicationId, kind, done: false, time.GetUtcNow().AddDays(Math.Clamp(days ?? 1, 1, FollowUpsApi.MaxSnoozeDays)), returnUrl);

    private async Task<IActionResult> MarkAsync(Guid applicationId, string kind, bool done, DateTimeOffset? until, string? returnUrl)
    {
        if (!FollowUpKindNames.TryParse(kind, out var parsed))
        {
            return NotFound();
        }
        var outcome = await book.MarkAsync(User.RequireUserId(), applicationId, parsed, done, until, HttpContext.RequestAborted);
        if (outcome == MarkOutcome.NotFound)
        {
            return NotFound();
        }
        TempData["Done"] = done ? "Marked done." : "Snoozed.";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/board");
    }
}
