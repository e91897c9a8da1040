using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Accounts;

public sealed record Credentials(string? Email, string? Password);

public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

public sealed record MeResponse(string Id, string Email, string Plan, DateTimeOffset CreatedAt);

public static class AccountApi
{
    public static WebApplication MapAccounts(this WebApplication app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");
        account.MapPost("/register", RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Accounts);
        account.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Accounts);
        account.MapPost("/logout", LogoutAsync).RequireAuthorization();

        app.MapGet("/api/me", GetMeAsync).RequireAuthorization().WithTags("Account");
        app.MapPost("/api/me/password", ChangePasswordAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Accounts).WithTags("Account")
            .WithSummary("Change your password (or set one on an account made by single sign-on); other sessions are signed out.");
        app.MapAccountData();
        Audit.AuditApi.MapAudit(app);
        app.MapSingleSignOn();
        return app;
    }

    private static async Task<Results<Created<MeResponse>, ValidationProblem>> RegisterAsync(
        Credentials credentials, PasswordSignIn accounts, Plans plans, TimeProvider time)
    {
        if (ValidateCredentials(credentials) is { } invalid)
        {
            return invalid;
        }

        var (user, errors) = await accounts.RegisterAsync(credentials.Email!, credentials.Password!, plans.NewUserPlan, time.GetUtcNow());
        if (user is null)
        {
            var field = errors is [PasswordSignIn.TakenOrRefused] ? "email" : "password";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [.. errors] });
        }
        return TypedResults.Created("/api/me", ToResponse(user));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        PasswordChangeRequest request, PasswordSignIn accounts, HttpContext http)
    {
        if (string.IsNullOrEmpty(request.NewPassword))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = ["A new password is required."] });
        }
        var (outcome, errors) = await accounts.ChangePasswordAsync(http.User.RequireUserId(), request.CurrentPassword, request.NewPassword, http);
        return outcome switch
        {
            PasswordChangeOutcome.Changed => TypedResults.NoContent(),
            PasswordChangeOutcome.Throttled => TypedResults.Problem("Too many failed attempts from here. Try again in a few minutes.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts"),
            PasswordChangeOutcome.WrongCurrent => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currentPassword"] = [.. errors] }),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [.. errors] }),
        };
    }

    private static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        Credentials credentials, PasswordSignIn accounts, HttpContext http)
    {
        if (ValidateCredentials(credentials) is { } invalid)
        {
            return invalid;
        }

        var (outcome, user) = await accounts.SignInAsync(credentials.Email!, credentials.Password!, http);
        return outcome switch
        {
            PasswordSignInOutcome.SignedIn => TypedResults.Ok(ToResponse(user!)),
            PasswordSignInOutcome.Throttled => TypedResults.Problem("Too many failed attempts from here. Try again in a few minutes.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts"),
            _ => TypedResults.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed"),
        };
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutEverywhereAsync(context.User);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMeAsync(HttpContext context, ApplyTrackDbContext db)
    {
        var userId = context.User.RequireUserId();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, context.RequestAborted);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(ToResponse(user));
    }

    internal static ValidationProblem? ValidateCredentials(Credentials credentials)
    {
        var errors = new Dictionary<string, string[]>();
        var email = credentials.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            errors["email"] = ["A valid email address is required."];
        }
        if (string.IsNullOrEmpty(credentials.Password))
        {
            errors["password"] = ["A password is required."];
        }
        else if (credentials.Password.Length > 256)
        {
            errors["password"] = ["The password is too long (256 characters at most)."];
        }
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static MeResponse ToResponse(AppUser user) =>
        new(user.Id, user.Email ?? "", user.Plan.ToString().ToLowerInvariant(), user.CreatedAt);
}
