namespace ApplyTrack.Features.Hosting;

/// <summary>
/// Headers every response carries. The policy allows scripts and styles from this origin only: pages load their
/// behaviour from wwwroot/js, so an injected &lt;script&gt; or on*= attribute would not run. No form-action
/// directive: Connect Outlook/Gmail posts here and is then redirected to the identity provider, and Chromium
/// checks form-action against the whole redirect chain.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    });
}
