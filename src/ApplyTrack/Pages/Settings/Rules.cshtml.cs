using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Settings;

/// <summary>
/// The rules page: on Premium, an editor (rules.js over the rules JSON API) for rules, stages, a rule's test and "apply to
/// past mail"; on Free, what the feature does and nothing to edit.
/// </summary>
public sealed class RulesModel(ApplyTrackDbContext db) : PageModel
{
    public bool MayUseRules { get; private set; }

    public async Task OnGetAsync() =>
        MayUseRules = Plans.MayUseRules(await Plans.OfUserAsync(db, User.RequireUserId(), HttpContext.RequestAborted));
}
