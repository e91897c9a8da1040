using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Pages.Settings;

public sealed class AccountModel(
    ApplyTrackDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, MailboxDisconnector disconnector, PasswordSignIn passwords, Features.Audit.AuditLog audit) : PageModel
{
    public bool HasPassword { get; private set; }
    public IReadOnlyList<string> PasswordErrors { get; private set; } = [];
    public bool PasswordChanged { get; private set; }

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
        await AccountDataApi.DeleteAccountAsync(User.RequireUserId(), db, disconnector, users, signIn, audit, HttpContext.RequestAborted);
        return Redirect("/");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, string? confirmPassword)
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            PasswordErrors = ["Type a new password."];
        }
        else if (!string.Equals(newPassword, confirmPassword, StringComparison.Ordinal))
        {
            PasswordErrors = ["The two new passwords differ."];
        }
        else
        {
            var (outcome, errors) = await passwords.ChangePasswordAsync(User.RequireUserId(), currentPassword, newPassword, HttpContext);
            PasswordChanged = outcome == PasswordChangeOutcome.Changed;
            PasswordErrors = outcome == PasswordChangeOutcome.Throttled ? ["Too many failed attempts from here. Try again in a few minutes."] : errors;
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == User.RequireUserId());
        HasPassword = user.PasswordHash is not null;
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
