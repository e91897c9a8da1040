using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Settings;

/// <summary>
/// The person's template library (Premium): the built-in templates of one language, each one copy away from their own
/// list, where they edit or delete them. Plain forms; the same commands as the JSON API.
/// </summary>
public sealed class TemplatesModel(ApplyTrackDbContext db, TemplateCommands commands) : PageModel
{
    public bool MayUseTemplates { get; private set; }
    public TemplateLanguage Language { get; private set; } = TemplateLibrary.Languages[0];
    public IReadOnlyList<ResponseTemplate> Own { get; private set; } = [];
    public IReadOnlyList<LibraryTemplate> Library { get; private set; } = [];

    public async Task OnGetAsync(string? language) => await LoadAsync(language);

    public async Task<IActionResult> OnPostCopyAsync(string? key, string? language) =>
        await RunAsync(language, async userId => (await commands.CreateAsync(userId, new TemplateRequest(key, null, null, null, null, null), HttpContext.RequestAborted)).Errors,
            "Copied to your templates: edit it below.");

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? name, string? subject, string? body, string? language) =>
        await RunAsync(language, async userId =>
        {
            var (template, errors) = await commands.UpdateAsync(userId, id, new TemplateRequest(null, null, null, name, subject, body), HttpContext.RequestAborted);
            return template is null && errors.Count == 0 ? new() { ["template"] = ["That template no longer exists."] } : errors;
        }, "Saved.");

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, string? language) =>
        await RunAsync(language, async userId => await commands.DeleteAsync(userId, id, HttpContext.RequestAborted)
            ? [] : new Dictionary<string, string[]> { ["template"] = ["That template no longer exists."] }, "Deleted.");

    private async Task<IActionResult> RunAsync(string? language, Func<string, Task<Dictionary<string, string[]>>> action, string done)
    {
        if (!Plans.MayUseTemplates(await Plans.OfUserAsync(db, User.RequireUserId(), HttpContext.RequestAborted)))
        {
            return Forbid();
        }
        var errors = await action(User.RequireUserId());
        TempData[errors.Count == 0 ? "Message" : "Error"] = errors.Count == 0 ? done : string.Join(" ", errors.SelectMany(e => e.Value));
        return RedirectToPage(new { language });
    }

    private async Task LoadAsync(string? language)
    {
        var userId = User.RequireUserId();
        MayUseTemplates = Plans.MayUseTemplates(await Plans.OfUserAsync(db, userId, HttpContext.RequestAborted));
        if (!MayUseTemplates)
        {
            return;
        }
        Language = TemplateLibrary.Language(language) ?? TemplateLibrary.Languages[0];
        Own = await db.Set<ResponseTemplate>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Language).ThenBy(t => t.Name).ToListAsync(HttpContext.RequestAborted);
        Library = [.. TemplateLibrary.All.Where(t => t.Language == Language.Code)];
    }
}
