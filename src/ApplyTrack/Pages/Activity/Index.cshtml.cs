using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Corrections;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Activity;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Activity;

public sealed record ApplicationOption(Guid Id, string Company, string Role);

/// <summary>The "classified wrong?" form of one email, on the activity log and on an application's timeline.</summary>
public sealed record CorrectionForm(MailEventResponse Email, IReadOnlyList<ApplicationOption> Applications, string ReturnUrl);

public sealed class ActivityModel(ApplyTrackDbContext db, MetadataCipher cipher, ApplicationCommands commands, ReportedMessages reports, TimeProvider time) : PageModel
{
    public IReadOnlyList<MailEventResponse> Events { get; private set; } = [];
    public IReadOnlyList<ApplicationOption> OpenApplications { get; private set; } = [];

    /// <summary>Filters, from the query string: <c>?unmatched=true</c> (links from elsewhere), outcome, label and free text.</summary>
    [BindProperty(SupportsGet = true)] public bool? Unmatched { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Label { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public int TotalCount { get; private set; }
    public bool IsFiltered => !string.IsNullOrEmpty(Outcome) || !string.IsNullOrEmpty(Label) || !string.IsNullOrWhiteSpace(Q);

    public static readonly IReadOnlyList<(string Value, string Name)> Outcomes =
    [
        ("unmatched", "Not matched to an application"),
        ("createdApplication", "Created an application"),
        ("movedStatus", "Moved an application"),
        ("addedNote", "Added a note"),
        ("noChange", "No change"),
        ("corrected", "Corrected by you"),
    ];

    public static readonly IReadOnlyList<string> Labels = ["applied", "interviewing", "offer", "rejected"];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetRowsAsync()
    {
        await LoadAsync();
        return Partial("_Rows", this);
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, Guid applicationId)
    {
        if (applicationId == Guid.Empty)
        {
            TempData["Error"] = "Choose the application this email belongs to.";
            return RedirectToPage();
        }
        var attached = await commands.AttachEmailAsync(User.RequireUserId(), id, applicationId, HttpContext.RequestAborted);
        return attached is null ? NotFound() : RedirectToPage();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, string? label, Guid? applicationId, bool report, string? returnUrl)
    {
        var userId = User.RequireUserId();
        var outcome = await EmailCorrections.CorrectAsync(db, cipher, commands, userId, id, label, applicationId, time.GetUtcNow(), HttpContext.RequestAborted);
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
        if (Unmatched == true)
        {
            Outcome = "unmatched";
        }
        var query = db.MailEvents.AsNoTracking().Where(e => e.UserId == userId);
        TotalCount = await query.CountAsync();
        if (Outcomes.FirstOrDefault(o => o.Value == Outcome).Value is { } outcome)
        {
            var wanted = Enum.GetValues<MailEventOutcome>().Single(o => ActivityApi.OutcomeName(o) == outcome);
            query = query.Where(e => e.Outcome == wanted);
        }
        else
        {
            Outcome = null;
        }
        if (Labels.Contains(Label) && EmailNames.TryParseLabel(Label, out var label))
        {
            query = query.Where(e => e.Label == label);
        }
        else
        {
            Label = null;
        }
        var rows = await query.OrderByDescending(e => e.ReceivedAt).Take(300).ToListAsync();
        // Sender and subject are encrypted at rest, so the text search runs here, over what was decrypted.
        Events = rows.Select(e => ActivityApi.ToResponse(e, cipher)).Where(e => Matches(e, Q?.Trim())).ToList();
        OpenApplications = await db.Applications.AsNoTracking().Where(a => a.UserId == userId)
            .OrderBy(a => a.Company).Select(a => new ApplicationOption(a.Id, a.Company, a.Role)).ToListAsync();
    }

    private static bool Matches(MailEventResponse e, string? text) =>
        string.IsNullOrEmpty(text)
        || new[] { e.Subject, e.Sender, e.Company, e.Role, e.Note, e.OutcomeDetail, e.Event.Replace('_', ' ') }
            .Any(field => field?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true);

    /// <summary>The current filters as a query string, so live re-renders keep them.</summary>
    public string FilterQuery() =>
        string.Join("", new[] { ("outcome", Outcome), ("label", Label), ("q", Q) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"&{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
