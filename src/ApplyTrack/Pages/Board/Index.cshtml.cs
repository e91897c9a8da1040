using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Board;

public sealed record BoardCard(Guid Id, string Company, string Role, ApplicationStatus Status, DateTimeOffset LastActivityAt, Guid? StageId = null, List<string>? Tags = null)
{
    /// <summary>The stage's name, filled from the user's stages.</summary>
    public string? Stage { get; init; }

    /// <summary>Applied, and nothing from the employer for the person's no-response delay (see FollowUpRules).</summary>
    public bool NoResponse { get; init; }

    /// <summary>Another card looks like the same job (Duplicates); the card says so.</summary>
    public bool PossibleDuplicate => DuplicateOf.Count > 0;

    /// <summary>The cards this one may duplicate: an open board re-reads them when this card changes (their flag follows).</summary>
    public IReadOnlyList<Guid> DuplicateOf { get; init; } = [];
}

/// <summary>The cards of one stage in a column; <see cref="Stage"/> null for the cards at none.</summary>
public sealed record BoardGroup(PipelineStage? Stage, IReadOnlyList<BoardCard> Cards);

public sealed record BoardColumn(ApplicationStatus Status, IReadOnlyList<BoardCard> Cards)
{
    /// <summary>Sub-groups by the person's stages of this status, in their order (cards at no stage first); one group without stages.</summary>
    public IReadOnlyList<BoardGroup> Groups { get; init; } = [new(null, Cards)];

    public string EmptyText => Status switch
    {
        ApplicationStatus.Saved => "Jobs you save for later (with the browser extension, or + Add) wait here.",
        ApplicationStatus.Applied => "Applications you sent land here.",
        ApplicationStatus.Interviewing => "Interview invitations land here.",
        ApplicationStatus.Offer => "Offers land here. Fingers crossed.",
        ApplicationStatus.Rejected => "No rejections. Keep going.",
        _ => "Applications you withdraw from.",
    };
}

public sealed class BoardModel(ApplyTrackDbContext db, ApplicationCommands commands, Features.FollowUps.FollowUpBook followUps, Features.Duplicates.DuplicateFinder duplicates) : PageModel
{
    public IReadOnlyList<BoardColumn> Columns { get; private set; } = [];
    public string Summary { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The Today panel alone, re-fetched by the page when the server says the pipeline changed (live.js).</summary>
    public IActionResult OnGetToday() => Partial("_Today");

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

        ApplicationStatusNames.TryParse(status ?? "applied", out var initial);
        await commands.CreateAsync(User.RequireUserId(), company!, role!, initial, HttpContext.RequestAborted);
        return RedirectToPage();
    }

    /// <summary>The move dialog's form, posted directly when scripts do not run.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? status)
    {
        if (!ApplicationStatusNames.TryParse(status, out var target))
        {
            return RedirectToPage();
        }
        var application = await commands.MoveAsync(User.RequireUserId(), id, target, HttpContext.RequestAborted);
        return application is null ? NotFound() : RedirectToPage();
    }

    /// <summary>
    /// One card, re-fetched by the page when the server says this application changed; 404 when it is gone. The summary
    /// comes along in a header, so the page never re-reads the columns it did not need to.
    /// </summary>
    public async Task<IActionResult> OnGetCardAsync(Guid id)
    {
        var userId = User.RequireUserId();
        var card = await db.Applications.AsNoTracking()
            .Where(a => a.Id == id && a.UserId == userId)
            .Select(a => new BoardCard(a.Id, a.Company, a.Role, a.Status, a.LastActivityAt, a.StageId, a.Tags))
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(HttpContext.RequestAborted);
        card = card is null ? null : WithStage(card, stages) with
        {
            NoResponse = (await followUps.NoResponseAsync(userId, HttpContext.RequestAborted)).Contains(card.Id),
            DuplicateOf = [.. (await duplicates.FindForAsync(userId, id, HttpContext.RequestAborted)).Select(p => p.Other(id).Id)],
        };
        var counts = await db.Applications.AsNoTracking().Where(a => a.UserId == userId)
            .GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(HttpContext.RequestAborted);
        Response.Headers["X-Board-Summary"] = Uri.EscapeDataString(SummaryOf(counts.Sum(c => c.Count),
            counts.Where(c => IsActive(c.Status)).Sum(c => c.Count), counts.Where(c => c.Status == ApplicationStatus.Saved).Sum(c => c.Count)));
        return card is null ? NotFound() : Partial("_Card", card);
    }

    private async Task LoadAsync()
    {
        var userId = User.RequireUserId();
        var cards = await db.Applications.AsNoTracking()
            .Where(a => a.UserId == userId)
            .OrderByDescending(a => a.LastActivityAt)
            .Select(a => new BoardCard(a.Id, a.Company, a.Role, a.Status, a.LastActivityAt, a.StageId, a.Tags))
            .ToListAsync();
        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Position).ToListAsync();
        var noResponse = await followUps.NoResponseAsync(userId, HttpContext.RequestAborted);
        var duplicated = (await duplicates.FindAsync(userId, HttpContext.RequestAborted))
            .SelectMany(p => new[] { (p.First.Id, Other: p.Second.Id), (p.Second.Id, Other: p.First.Id) })
            .ToLookup(p => p.Item1, p => p.Other);
        cards = cards.Select(c => WithStage(c, stages) with { NoResponse = noResponse.Contains(c.Id), DuplicateOf = [.. duplicated[c.Id]] }).ToList();

        Columns = ApplicationStatusNames.BoardOrder
            .Select(status =>
            {
                var inColumn = cards.Where(c => c.Status == status).ToList();
                var ofStatus = stages.Where(s => s.Status == status).ToList();
                return new BoardColumn(status, inColumn)
                {
                    Groups = ofStatus.Count == 0 ? [new BoardGroup(null, inColumn)]
                        : [new BoardGroup(null, inColumn.Where(c => c.Stage is null).ToList()), .. ofStatus.Select(s => new BoardGroup(s, inColumn.Where(c => c.StageId == s.Id).ToList()))],
                };
            })
            .ToList();
        Summary = SummaryOf(cards.Count, cards.Count(c => IsActive(c.Status)), cards.Count(c => c.Status == ApplicationStatus.Saved));
    }

    private static bool IsActive(ApplicationStatus status) => status is ApplicationStatus.Applied or ApplicationStatus.Interviewing or ApplicationStatus.Offer;

    /// <summary>Saved jobs are not applications yet: counted apart.</summary>
    private static string SummaryOf(int total, int active, int saved)
    {
        var applications = total - saved;
        if (total == 0) return "No applications yet.";
        var text = $"{applications} application{(applications == 1 ? "" : "s")}, {active} active";
        return saved == 0 ? text + "." : $"{text}, {saved} saved for later.";
    }

    private static BoardCard WithStage(BoardCard card, IReadOnlyList<PipelineStage> stages) =>
        stages.FirstOrDefault(s => s.Id == card.StageId && s.Status == card.Status) is { } stage ? card with { Stage = stage.Name } : card with { StageId = null };
}
