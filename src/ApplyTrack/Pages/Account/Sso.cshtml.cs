using ApplyTrack.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Account;

/// <summary>
/// The end of "Sign in with Microsoft / Google". The provider's answer sits in Identity's external cookie:
/// a sign-in already linked to an account signs that account in; an email that belongs to a password account is linked
/// only after the person enters that account's password (a provider's email claim alone proves nothing); otherwise a new
/// account is created for the person, with no password.
/// </summary>
public sealed class SsoModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Plans plans, Features.Audit.AuditLog audit, TimeProvider time) : PageModel
{
    public string? Provider { get; private set; }
    public string? Email { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return RedirectToPage("/Account/Login", new { sso = "expired" });
        }
        var linked = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: true, bypassTwoFactor: false);
        if (linked.Succeeded)
        {
            return await SignedInAsync();
        }
        if (linked.IsLockedOut || linked.IsNotAllowed)
        {
            Error = "This account cannot sign in right now. Try again later.";
            return Page();
        }

        var email = SingleSignOn.EmailOf(info.Principal)?.Trim();
        if (string.IsNullOrEmpty(email) || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Error = $"{info.ProviderDisplayName} did not tell ApplyTrack your email address. Sign in with a password instead.";
            return Page();
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            // Ask for the password of the existing account before linking.
            (Provider, Email) = (info.ProviderDisplayName, email);
            return Page();
        }

        var user = new AppUser { UserName = email, Email = email, CreatedAt = time.GetUtcNow(), Plan = plans.NewUserPlan };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddLoginAsync(user, info);
        }
        if (!created.Succeeded)
        {
            Error = "ApplyTrack could not create your account. Try again, or sign up with a password.";
            return Page();
        }
        await audit.RecordAsync(user.Id, Features.Audit.AuditKind.SsoLinked, HttpContext, $"{info.ProviderDisplayName} · new account", HttpContext.RequestAborted);
        await signIn.SignInAsync(user, isPersistent: true, info.LoginProvider);
        return await SignedInAsync();
    }

    /// <summary>Links the provider sign-in to the existing account once its password is right.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return RedirectToPage("/Account/Login", new { sso = "expired" });
        }
        var email = SingleSignOn.EmailOf(info.Principal)?.Trim();
        var user = email is null ? null : await users.FindByEmailAsync(email);
        (Provider, Email) = (info.ProviderDisplayName, email);
        if (user is null || string.IsNullOrEmpty(Password))
        {
            Error = "Enter the password of your ApplyTrack account.";
            return Page();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            Error = "Too many failed attempts. Try again in a few minutes.";
            return Page();
        }
        if (!check.Succeeded)
        {
            await audit.RecordAsync(user.Id, Features.Audit.AuditKind.SignInFailed, HttpContext, $"wrong password when linking {info.ProviderDisplayName}", HttpContext.RequestAborted);
            Error = "That is not the password of this account.";
            return Page();
        }
        var linked = await users.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            Error = "This sign-in is already linked to another ApplyTrack account.";
            return Page();
        }
        await audit.RecordAsync(user.Id, Features.Audit.AuditKind.SsoLinked, HttpContext, info.ProviderDisplayName, HttpContext.RequestAborted);
        await signIn.SignInAsync(user, isPersistent: true, info.LoginProvider);
        return await SignedInAsync();
    }

    private async Task<IActionResult> SignedInAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect("/board");
    }
}
