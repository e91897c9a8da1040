using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Board;

public sealed record BoardCard(Guid Id, string Company, string Role, ApplicationStatus Status, DateTimeOffset LastActivityAt);

public sealed record BoardColumn(ApplicationStatus Status, IReadOnlyList<BoardCard> Cards)
{
    public string EmptyText => Status switch
    {
        ApplicationStatus.Applied => "Applications you sent land here.",
        ApplicationStatus.Interviewing => "Interview invitations land here.",
        ApplicationStatus.Offer => "Offers land here. Fingers crossed.",
        ApplicationStatus.Rejected => "No rejections. Keep going.",
        _ => "Applications you withdraw from.",
    };
}

public sealed class BoardModel(ApplyTrackDbContext db, PipelineEvents events, TimeProvider time) : PageModel
{
    public IReadOnlyList<BoardColumn> Columns { get; private set; } = [];
    public string Summary { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The columns alone, re-fetched by the page when the server says the pipeline changed.</summary>
    public async Task<IActionResult> OnGetColumnsAsync()
    {
        await LoadAsync();
        Response.Headers["X-Board-Summary"] = Uri.EscapeDataString(Summary);
        return Partial("_Columns", Columns);
    }

    public async Task<IActionResult> OnPostAddAsync(string? company, string? role, string? status)
    {
        var errors = ApplicationsApi.Validate(company, role, status, required: true);
        if (errors.Count > 0)
        {
            TempData["Error"] = string.Join(" ", errors.SelectMany(e => e.Value));
            return RedirectToPage();
        }

        var userId = User.RequireUserId();
        ApplicationStatusNames.TryParse(status ?? "applied", out var initial);
        var application = Application.Create(userId, company!.Trim(), role!.Trim(), initial, ApplicationSources.Manual, time.GetUtcNow(), "Added by you");
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        events.Publish(userId, new PipelineEvent("created", application.Id));
        return RedirectToPage();
    }

    /// <summary>The move dialog's form, posted directly when scripts do not run.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? status)
    {
        var userId = User.RequireUserId();
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId);
        if (application is null)
        {
            return NotFound();
        }
        if (ApplicationStatusNames.TryParse(status, out var target))
        {
            application.MoveTo(target, TransitionCause.Manual, time.GetUtcNow());
            await db.SaveChangesAsync();
            events.Publish(userId, new PipelineEvent("updated", application.Id));
        }
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var userId = User.RequireUserId();
        var cards = await db.Applications.AsNoTracking()
            .Where(a => a.UserId == userId)
            .OrderByDescending(a => a.LastActivityAt)
            .Select(a => new BoardCard(a.Id, a.Company, a.Role, a.Status, a.LastActivityAt))
            .ToListAsync();

        Columns = ApplicationStatusNames.BoardOrder
            .Select(status => new BoardColumn(status, cards.Where(c => c.Status == status).ToList()))
            .ToList();
        var active = cards.Count(c => c.Status is ApplicationStatus.Applied or ApplicationStatus.Interviewing or ApplicationStatus.Offer);
        Summary = cards.Count == 0
            ? "No applications yet."
            : $"{cards.Count} application{(cards.Count == 1 ? "" : "s")}, {active} active.";
    }
}
