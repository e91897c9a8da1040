using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ApplyTrack.Pages.Account;

[EnableRateLimiting(Features.Hosting.RateLimits.Accounts)]
public sealed class RegisterModel(PasswordSignIn accounts, Plans plans, TimeProvider time) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }

    /// <summary>What a new account really gets on this server (demo mode starts accounts on Premium).</summary>
    public string PlanSummary => plans.NewUserPlan == Plan.Premium
        ? $"New accounts here start on Premium: push sync, any folders, {plans.HistoryDays(Plan.Premium)} days of history."
        : $"New accounts here start on Free: Inbox sync, {plans.HistoryDays(Plan.Free)} days of history.";

    public async Task<IActionResult> OnPostAsync()
    {
        if (AccountApi.ValidateCredentials(new Credentials(Email, Password)) is { } invalid)
        {
            foreach (var message in invalid.ProblemDetails.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError("", message);
            }
            return Page();
        }

        var (user, errors) = await accounts.RegisterAsync(Email!, Password!, plans.NewUserPlan, time.GetUtcNow());
        if (user is null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError("", error);
            }
            return Page();
        }

        return RedirectToPage("/Board/Index");
    }
}
