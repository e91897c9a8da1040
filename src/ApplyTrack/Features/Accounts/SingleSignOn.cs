using System.Security.Claims;
using ApplyTrack.Features.Mail.Demo;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Outlook;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ApplyTrack.Features.Accounts;

/// <summary>One OpenID Connect provider: where it is and who we are there.</summary>
public sealed class SsoProviderOptions
{
    /// <summary>Issuer base; discovery is read from <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}

/// <summary>`Sso:Microsoft` and `Sso:Google`. A provider exists when its section has a client id and secret, or in demo mode.</summary>
public sealed class SsoOptions
{
    public const string Section = "Sso";

    public SsoProviderOptions Microsoft { get; set; } = new() { Authority = "https://login.microsoftonline.com/common/v2.0" };
    public SsoProviderOptions Google { get; set; } = new() { Authority = "https://accounts.google.com" };
}

/// <summary>A sign-in provider the login page offers.</summary>
public sealed record SsoProvider(string Scheme, string DisplayName);

/// <summary>
/// "Sign in with Microsoft / Google" through ASP.NET Core's OpenID Connect handler: authorization code + PKCE, nonce and
/// signature checked against the provider's published keys. The handler signs into Identity's external cookie; the
/// <c>/account/sso</c> page then signs in the linked account, links one after the person proves the password, or creates one.
/// In demo mode both providers are the in-process sandbox (plain HTTP on loopback, like the Connect buttons).
/// </summary>
public static class SingleSignOn
{
    public const string MicrosoftScheme = "microsoft";
    public const string GoogleScheme = "google";
    public const string CompletePath = "/account/sso";

    public static IHostApplicationBuilder AddSingleSignOn(this IHostApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var sso = builder.Configuration.GetSection(SsoOptions.Section).Get<SsoOptions>() ?? new SsoOptions();
        var demo = builder.Configuration.GetValue<bool?>("Sandbox:Enabled") ?? string.IsNullOrEmpty(builder.Configuration["Outlook:ClientId"]);
        var providers = new List<SsoProvider>();

        if (sso.Microsoft.IsConfigured || demo)
        {
            providers.Add(new(MicrosoftScheme, "Microsoft"));
            authentication.AddOpenIdConnect(MicrosoftScheme, "Microsoft", options => Common(options, "/signin-oidc-microsoft"));
            builder.Services.AddOptions<OpenIdConnectOptions>(MicrosoftScheme).Configure<DemoSandbox>((options, sandbox) =>
            {
                if (sso.Microsoft.IsConfigured)
                {
                    (options.Authority, options.ClientId, options.ClientSecret) = (sso.Microsoft.Authority, sso.Microsoft.ClientId, sso.Microsoft.ClientSecret);
                }
                else
                {
                    options.Authority = new Uri(sandbox.Require().HttpBaseAddress, "common/v2.0").ToString();
                    options.ClientId = OutlookEndpoints.DemoClientId;
                    options.ClientSecret = "applytrack-demo-secret";
                    options.RequireHttpsMetadata = false;
                }
                // `common` publishes the issuer as a template ("…/{tenantid}/v2.0"), so the handler's own issuer check cannot
                // apply; the event below checks it against the template filled with the token's tenant instead.
                options.TokenValidationParameters.ValidateIssuer = false;
                options.Events.OnTokenValidated = ValidateMicrosoftIssuerAsync;
            });
        }
        if (sso.Google.IsConfigured || demo)
        {
            providers.Add(new(GoogleScheme, "Google"));
            authentication.AddOpenIdConnect(GoogleScheme, "Google", options => Common(options, "/signin-oidc-google"));
            builder.Services.AddOptions<OpenIdConnectOptions>(GoogleScheme).Configure<DemoSandbox>((options, sandbox) =>
            {
                if (sso.Google.IsConfigured)
                {
                    (options.Authority, options.ClientId, options.ClientSecret) = (sso.Google.Authority, sso.Google.ClientId, sso.Google.ClientSecret);
                }
                else
                {
                    options.Authority = sandbox.Require().HttpBaseAddress.ToString().TrimEnd('/');
                    options.ClientId = GoogleEndpoints.DemoClientId;
                    options.ClientSecret = "applytrack-demo-secret";
                    options.RequireHttpsMetadata = false;
                }
            });
        }
        builder.Services.AddSingleton<IReadOnlyList<SsoProvider>>(providers);
        return builder;
    }

    private static void Common(OpenIdConnectOptions options, string callbackPath)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.CallbackPath = callbackPath;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // A query-string answer is a top-level GET, so SameSite=Lax correlation and nonce cookies come back with it
        // (form_post would need SameSite=None, which browsers accept only on https).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" })
        {
            options.Scope.Add(scope);
        }
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Events.OnRedirectToIdentityProvider = context =>
        {
            if (context.Properties.Items.TryGetValue("login_hint", out var hint) && !string.IsNullOrEmpty(hint))
            {
                context.ProtocolMessage.LoginHint = hint;
            }
            return Task.CompletedTask;
        };
        // A refused or failed sign-in goes back to the login page with a word, not to an exception page.
        options.Events.OnRemoteFailure = context =>
        {
            context.HandleResponse();
            context.Response.Redirect("/account/login?sso=failed");
            return Task.CompletedTask;
        };
    }

    /// <summary>Microsoft's multi-tenant issuer: the metadata's <c>{tenantid}</c> template filled with the token's <c>tid</c>.</summary>
    private static async Task ValidateMicrosoftIssuerAsync(TokenValidatedContext context)
    {
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        // Claims carry the issuer of the token they came from.
        var tenant = context.Principal?.FindFirst("tid") ?? context.Principal?.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid");
        if (tenant is null || tenant.Issuer != configuration.Issuer.Replace("{tenantid}", tenant.Value, StringComparison.Ordinal))
        {
            context.Fail("The id_token's issuer is not the Microsoft issuer for its tenant.");
        }
    }

    public static IEndpointRouteBuilder MapSingleSignOn(this IEndpointRouteBuilder app)
    {
        // GET so a plain link works; the state, nonce and PKCE of the handler are what protect the round trip.
        app.MapGet("/account/sso/{scheme}/start", (string scheme, string? loginHint, IReadOnlyList<SsoProvider> providers, SignInManager<AppUser> signIn) =>
        {
            if (!providers.Any(p => p.Scheme == scheme))
            {
                return Results.NotFound();
            }
            // Records which provider this is, which Identity's external-login lookup needs on the way back.
            var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, CompletePath);
            if (loginHint is { Length: > 0 and <= 320 })
            {
                properties.Items["login_hint"] = loginHint;
            }
            return Results.Challenge(properties, [scheme]);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The verified email the provider asserted, if any (Google says whether it verified it; Microsoft's is informational).</summary>
    public static string? EmailOf(ClaimsPrincipal principal) =>
        principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("preferred_username");
}
