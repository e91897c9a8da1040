using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ApplyTrack.Features.Accounts;

public static class SessionEnd
{
    /// <summary>
    /// Signs out and invalidates every cookie issued so far: the new security stamp no longer matches the one
    /// inside a copied cookie, so the stamp validator refuses it on its next request.
    /// </summary>
    public static async Task SignOutEverywhereAsync(this SignInManager<AppUser> signIn, ClaimsPrincipal principal)
    {
        if (await signIn.UserManager.GetUserAsync(principal) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
    }
}
