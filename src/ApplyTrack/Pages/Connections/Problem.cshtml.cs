using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail.Connections;
using ApplyTrack.Features.Mail.Outlook;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Connections;

/// <summary>
/// Why a mailbox could not be connected. Takes a problem code from the closed catalogue, never text: an unknown code is a
/// 404 that repeats nothing from the address. The admin-consent link is the signed-in person's own, built on the server.
/// </summary>
public sealed class ProblemModel(OutlookConnector outlook) : PageModel
{
    public ConnectProblem? Problem { get; private set; }
    public string? AdminConsentUrl { get; private set; }
    public DateTimeOffset? AdminApprovedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        Problem = ConnectProblems.Find(code);
        if (Problem is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (ConnectProblems.OffersAdminConsent(Problem) && await outlook.AdminConsentLinkAsync(User.RequireUserId(), HttpContext.RequestAborted) is { } link)
        {
            AdminConsentUrl = link.Url;
            AdminApprovedAt = link.Request.GrantedAt;
        }
        return Page();
    }
}
