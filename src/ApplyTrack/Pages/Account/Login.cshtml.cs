using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ApplyTrack.Pages.Account;

[EnableRateLimiting(Features.Hosting.RateLimits.Accounts)]
public sealed class LoginModel(PasswordSignIn accounts, IReadOnlyList<SsoProvider> providers) : PageModel
{
    /// <summary>"Sign in with …" buttons: the OpenID Connect providers this server has.</summary>
    public IReadOnlyList<SsoProvider> Providers => providers;

    /// <summary>Set when a provider sign-in came back refused or expired.</summary>
    [BindProperty(SupportsGet = true)] public string? Sso { get; set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (AccountApi.ValidateCredentials(new Credentials(Email, Password)) is not null)
        {
            ModelState.AddModelError("", "Enter your email and password.");
            return Page();
        }

        var (outcome, _) = await accounts.SignInAsync(Email!, Password!, HttpContext);
        if (outcome == PasswordSignInOutcome.Throttled)
        {
            ModelState.AddModelError("", "Too many failed attempts from here. Try again in a few minutes.");
            return Page();
        }
        if (outcome != PasswordSignInOutcome.SignedIn)
        {
            ModelState.AddModelError("", "The email or password is wrong.");
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/board");
    }
}
