using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Settings;

public sealed class AccountModel(ApplyTrackDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, MailboxDisconnector disconnector) : PageModel
{
    public string Email { get; private set; } = "";
    public string Plan { get; private set; } = "";
    public string? Error { get; private set; }
    public string DeleteConsequence { get; private set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostDeleteAsync(string? confirm)
    {
        await LoadAsync();
        if (!string.Equals(confirm?.Trim(), Email, StringComparison.OrdinalIgnoreCase))
        {
            Error = "Type your account's email address exactly to confirm.";
            return Page();
        }
        await AccountDataApi.DeleteAccountAsync(User.RequireUserId(), db, disconnector, users, signIn, HttpContext.RequestAborted);
        return Redirect("/");
    }

    private async Task LoadAsync()
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == User.RequireUserId());
        Email = user.Email ?? "";
        Plan = user.Plan.ToString();
        var applications = await db.Applications.CountAsync(a => a.UserId == user.Id);
        var emails = await db.MailEvents.CountAsync(e => e.UserId == user.Id);
        var mailboxes = await db.MailboxConnections.CountAsync(c => c.UserId == user.Id);
        DeleteConsequence = $"This permanently deletes {Email} with {Count(applications, "application")} and their history, " +
            $"{Count(emails, "email record")} and {Count(mailboxes, "mailbox connection")}, and revokes ApplyTrack's access to those mailboxes. " +
            "It cannot be undone; download your data first if you want a copy.";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
