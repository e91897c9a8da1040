using ApplyTrack.Features.Mail.Outlook;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Connections;

/// <summary>
/// Where Microsoft's <c>/adminconsent</c> returns the administrator, who usually has no ApplyTrack account: records the
/// grant against the link's <c>state</c> and tells them whether it worked.
/// </summary>
[AllowAnonymous]
public sealed class AdminConsentModel(OutlookConnector outlook) : PageModel
{
    public AdminConsentOutcome Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? state, string? admin_consent, string? tenant, string? error)
    {
        Outcome = await outlook.CompleteAdminConsentAsync(state, admin_consent, tenant, error, HttpContext.RequestAborted);
        Response.StatusCode = Outcome == AdminConsentOutcome.UnknownLink ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return Page();
    }
}
