using System.Security.Claims;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Identity;

namespace ApplyTrack.Features.Accounts;

public static class AccountsExtensions
{
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.Section);
        builder.Services.AddSingleton<Plans>();
        builder.Services.AddScoped<PasswordSignIn>();
        var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        builder.AddSingleSignOn(authentication);
        builder.Services.AddAuthorization();
        builder.Services
            .AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                // No lockout: anyone who knows an email could keep its owner out. Failed sign-ins are throttled per
                // client address instead (PasswordSignIn, RateLimits).
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager()
            .AddEntityFrameworkStores<ApplyTrackDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "applytrack.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // The JSON API answers 401/403; only pages redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            // Every way in and out (password, single sign-on, sign-up, sign-out) passes the cookie: audit it here.
            // A session re-issued after a password change (RefreshSignInAsync) is no new sign-in.
            options.Events.OnSignedIn = context => context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
                && !context.HttpContext.Items.ContainsKey(PasswordSignIn.SessionRenewed)
                ? context.HttpContext.RequestServices.GetRequiredService<Audit.AuditLog>().RecordAsync(id, Audit.AuditKind.SignIn, context.HttpContext, cancellationToken: context.HttpContext.RequestAborted)
                : Task.CompletedTask;
            options.Events.OnSigningOut = context => context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
                ? context.HttpContext.RequestServices.GetRequiredService<Audit.AuditLog>().RecordAsync(id, Audit.AuditKind.SignOut, context.HttpContext, cancellationToken: context.HttpContext.RequestAborted)
                : Task.CompletedTask;
        });

        // Sign-out changes the security stamp; checking it on every request refuses a captured cookie at once
        // (one indexed user lookup per request).
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        return builder;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    /// <summary>The signed-in user's id. Endpoints using it require authorization, so it is always present.</summary>
    public static string RequireUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
}
