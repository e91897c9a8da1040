using ApplyTrack.MailSim.Mailboxes;

namespace ApplyTrack.MailSim.Control;

/// <summary>`GET /`: what this sandbox is and where its endpoints live, for someone who opened it in a browser.</summary>
public static class SandboxIndexPage
{
    public static IResult Render(HttpRequest request, MailboxStore store, MailSandboxOptions options)
    {
        var origin = $"{request.Scheme}://{request.Host}/";
        var users = string.Concat(store.Mailboxes.Select(m =>
            $"<li><strong>{System.Net.WebUtility.HtmlEncode(m.User.DisplayName)}</strong> &lt;{System.Net.WebUtility.HtmlEncode(m.User.Email)}&gt; — {m.Messages().Count} messages</li>"));
        return Results.Content($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>ApplyTrack mail sandbox</title>
            <style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;background:#f3f2f1;color:#1b1b1b}
            .banner{background:#5c2d91;color:#fff;padding:.6rem 1rem;text-align:center}main{max-width:760px;margin:2rem auto;background:#fff;padding:2rem;box-shadow:0 2px 6px rgba(0,0,0,.2)}
            code{background:#f3f2f1;padding:.1rem .3rem}td{padding:.25rem .75rem .25rem 0;vertical-align:top}</style></head>
            <body><div class="banner"><strong>ApplyTrack mail sandbox</strong> — local stand-in for Microsoft identity, Microsoft Graph mail, Google OAuth and Gmail</div>
            <main><h1>Endpoints</h1><table>
            <tr><td>Microsoft authority</td><td><code>{{origin}}common/</code> (MSAL: <code>WithAuthority(…, false)</code>, <code>WithInstanceDiscovery(false)</code>)</td></tr>
            <tr><td>OpenID configuration</td><td><code>{{origin}}common/v2.0/.well-known/openid-configuration</code></td></tr>
            <tr><td>Microsoft Graph</td><td><code>{{origin}}v1.0</code></td></tr>
            <tr><td>Control API</td><td><code>{{origin}}_emu/</code> — users, mail, seed, faults, clock, requests</td></tr>
            <tr><td>Consent</td><td>{{(options.AutoConsent ? "automatic (auto-consent is on)" : "consent page with account picker")}}</td></tr>
            </table><h2>Users</h2><ul>{{users}}</ul></main></body></html>
            """, "text/html; charset=utf-8");
    }
}
