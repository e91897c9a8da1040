using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Account;

public sealed class LoginModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IReadOnlyList<SsoProvider> providers) : PageModel
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

        var user = await users.FindByEmailAsync(Email!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password!, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "Too many failed attempts. Try again in a few minutes.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "The email or password is wrong.");
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/board");
    }
}
