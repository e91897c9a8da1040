using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Account;

public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Plans plans, TimeProvider time) : PageModel
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

        var user = new AppUser { UserName = Email!.Trim(), Email = Email.Trim(), CreatedAt = time.GetUtcNow(), Plan = plans.NewUserPlan };
        var result = await users.CreateAsync(user, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return RedirectToPage("/Board/Index");
    }
}
