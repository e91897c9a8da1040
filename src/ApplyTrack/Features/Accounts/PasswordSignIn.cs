using ApplyTrack.Features.Hosting;
using Microsoft.AspNetCore.Identity;

namespace ApplyTrack.Features.Accounts;

public enum PasswordSignInOutcome
{
    SignedIn,
    Wrong,
    Throttled,
}

public enum PasswordChangeOutcome
{
    Changed,
    WrongCurrent,
    Refused,
    Throttled,
}

/// <summary>
/// Email + password sign-in for the API and the page alike. An unknown email costs the same password hash as a
/// known one (no enumeration by timing), and repeated failures slow down one client address for one account
/// (<see cref="SignInThrottle"/>) instead of locking the account for everybody.
/// </summary>
public sealed class PasswordSignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInThrottle throttle, Audit.AuditLog audit)
{
    // A hash of a random password, made once: verifying against it takes as long as verifying a real user's.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public async Task<(PasswordSignInOutcome Outcome, AppUser? User)> SignInAsync(string email, string password, HttpContext http)
    {
        if (!throttle.MayTry(email, http))
        {
            return (PasswordSignInOutcome.Throttled, null);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            throttle.RecordFailure(email, http);
            return (PasswordSignInOutcome.Wrong, null);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(email, http);
            await audit.RecordAsync(user.Id, Audit.AuditKind.SignInFailed, http, cancellationToken: http.RequestAborted);
            return (PasswordSignInOutcome.Wrong, null);
        }
        return (PasswordSignInOutcome.SignedIn, user);
    }

    /// <summary>
    /// Sign-up. An email that already has an account gets the same answer as any other refusal would, worded so it
    /// does not confirm the account exists; the password policy runs first so both paths cost the same.
    /// </summary>
    public async Task<(AppUser? User, IReadOnlyList<string> Errors)> RegisterAsync(string email, string password, Plan plan, DateTimeOffset now)
    {
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), CreatedAt = now, Plan = plan };
        var policy = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var verdict = await validator.ValidateAsync(users, user, password);
            policy.AddRange(verdict.Errors.Select(e => e.Description));
        }
        if (policy.Count > 0)
        {
            return (null, policy);
        }

        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (null, [TakenOrRefused]);
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return (user, []);
    }

    /// <summary>
    /// Changes the signed-in user's password (or sets a first one on an account made by single sign-on, which has none to
    /// give). The current password is checked under the same throttle as sign-in, so this is no side door for guessing;
    /// the new one under the same policy as sign-up. Changing it renews the security stamp, which signs out every other
    /// session at its next request; this one is signed in again. Access tokens are kept (revoke them on their page).
    /// </summary>
    public async Task<(PasswordChangeOutcome Outcome, IReadOnlyList<string> Errors)> ChangePasswordAsync(
        string userId, string? currentPassword, string newPassword, HttpContext http)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var email = user.Email ?? "";
        var hasPassword = await users.HasPasswordAsync(user);
        if (hasPassword && !throttle.MayTry(email, http))
        {
            return (PasswordChangeOutcome.Throttled, []);
        }
        if (hasPassword && !await users.CheckPasswordAsync(user, currentPassword ?? ""))
        {
            throttle.RecordFailure(email, http);
            await audit.RecordAsync(user.Id, Audit.AuditKind.SignInFailed, http, "current password wrong when changing it", http.RequestAborted);
            return (PasswordChangeOutcome.WrongCurrent, ["The current password is wrong."]);
        }

        var policy = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var verdict = await validator.ValidateAsync(users, user, newPassword);
            policy.AddRange(verdict.Errors.Select(e => e.Description));
        }
        if (policy.Count > 0)
        {
            return (PasswordChangeOutcome.Refused, policy);
        }

        var result = hasPassword
            ? await users.ChangePasswordAsync(user, currentPassword!, newPassword)
            : await users.AddPasswordAsync(user, newPassword);
        if (!result.Succeeded)
        {
            return (PasswordChangeOutcome.Refused, [.. result.Errors.Select(e => e.Description)]);
        }
        await audit.RecordAsync(user.Id, Audit.AuditKind.PasswordChanged, http, hasPassword ? null : "first password set", http.RequestAborted);
        http.Items[SessionRenewed] = true;
        await signIn.RefreshSignInAsync(user);
        return (PasswordChangeOutcome.Changed, []);
    }

    /// <summary>Set on a request whose cookie is re-issued for the same person (not a sign-in to audit).</summary>
    public const string SessionRenewed = "applytrack:session-renewed";

    public const string TakenOrRefused = "We could not create an account with this email. If you already have one, sign in instead.";
}

/// <summary>
/// Refuses passwords that are on the list of the most common and breached ones (shipped with the app, no network
/// lookup), and passwords made of the user's own email address.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var folded = password.Trim().ToLowerInvariant();
        var email = user.Email?.Trim().ToLowerInvariant() ?? "";
        var localPart = email.Split('@')[0];
        if (email.Length > 0 && (folded.Contains(email, StringComparison.Ordinal) || (localPart.Length >= 4 && folded.Contains(localPart, StringComparison.Ordinal))))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordContainsEmail", Description = "The password must not contain your email address." }));
        }
        if (Common.Value.Contains(folded))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "This password is one of the most common (or breached) passwords. Choose another." }));
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("ApplyTrack.Features.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') set.Add(line.Trim().ToLowerInvariant());
        }
        return set;
    }
}
