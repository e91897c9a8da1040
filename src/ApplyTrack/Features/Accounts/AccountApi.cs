using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Accounts;

public sealed record Credentials(string? Email, string? Password);

public sealed record MeResponse(string Id, string Email, string Plan, DateTimeOffset CreatedAt);

public static class AccountApi
{
    public static WebApplication MapAccounts(this WebApplication app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");
        account.MapPost("/register", RegisterAsync).AllowAnonymous();
        account.MapPost("/login", LoginAsync).AllowAnonymous();
        account.MapPost("/logout", LogoutAsync).RequireAuthorization();

        app.MapGet("/api/me", GetMeAsync).RequireAuthorization().WithTags("Account");
        app.MapAccountData();
        app.MapSingleSignOn();
        return app;
    }

    private static async Task<Results<Created<MeResponse>, ValidationProblem>> RegisterAsync(
        Credentials credentials, UserManager<AppUser> users, SignInManager<AppUser> signIn, Plans plans, TimeProvider time)
    {
        if (ValidateCredentials(credentials) is { } invalid)
        {
            return invalid;
        }

        var user = new AppUser { UserName = credentials.Email!.Trim(), Email = credentials.Email.Trim(), CreatedAt = time.GetUtcNow(), Plan = plans.NewUserPlan };
        var result = await users.CreateAsync(user, credentials.Password!);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors
                .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.Created("/api/me", ToResponse(user));
    }

    private static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        Credentials credentials, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        if (ValidateCredentials(credentials) is { } invalid)
        {
            return invalid;
        }

        var user = await users.FindByEmailAsync(credentials.Email!.Trim());
        if (user is null)
        {
            return TypedResults.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        var result = await signIn.PasswordSignInAsync(user, credentials.Password!, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Too many failed attempts. Try again in a few minutes.", statusCode: StatusCodes.Status429TooManyRequests, title: "Account locked");
        }
        if (!result.Succeeded)
        {
            return TypedResults.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
        return TypedResults.Ok(ToResponse(user));
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
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
