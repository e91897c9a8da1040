using System.Globalization;
using System.Text;
using ApplyTrack.MailSim.Mailboxes;
using static ApplyTrack.MailSim.Identity.AuthorizeRequest;

namespace ApplyTrack.MailSim.Identity;

/// <summary>The sign-in and consent page: pick a sandbox account (or type one), review the permissions, Accept or Cancel.</summary>
public static class ConsentPage
{
    public static IResult Render(AuthorizeRequest request, string appName, IReadOnlyList<MailUser> users, string? preselected, string? problem = null)
    {
        var hidden = new StringBuilder();
        foreach (var (name, value) in request.Fields().Where(f => f.Value is not null))
            hidden.Append(CultureInfo.InvariantCulture, $"""<input type="hidden" name="{name}" value="{Html(value!)}">""");

        var selected = preselected ?? users.FirstOrDefault()?.Email;
        var typed = preselected is not null && !users.Any(u => u.Email.Equals(preselected, StringComparison.OrdinalIgnoreCase));
        var accounts = new StringBuilder();
        foreach (var user in users)
        {
            var isChecked = !typed && user.Email.Equals(selected, StringComparison.OrdinalIgnoreCase) ? " checked" : "";
            accounts.Append(CultureInfo.InvariantCulture, $"""
                <label class="account"><input type="radio" name="account" value="{Html(user.Email)}"{isChecked}>
                <span class="avatar">{Html(Initials(user.DisplayName))}</span>
                <span class="who"><strong>{Html(user.DisplayName)}</strong><small>{Html(user.Email)}</small></span></label>
                """);
        }
        accounts.Append(CultureInfo.InvariantCulture, $"""
            <label class="account other"><input type="radio" name="account" value=""{(typed || users.Count == 0 ? " checked" : "")}>
            <span class="avatar">+</span>
            <span class="who"><strong>Use another account</strong>
            <input type="email" name="new_account" placeholder="someone@example.com" value="{Html(typed ? preselected! : "")}" aria-label="Email address"
            onfocus="this.closest('label').querySelector('input[type=radio]').checked = true"></span></label>
            """);

        var permissions = string.Concat(request.Scopes.Select(s => $"<li>{Html(Scopes.Describe(s))}</li>"));
        var error = problem is null ? "" : $"""<p class="problem" role="alert">{Html(problem)}</p>""";
        return Results.Content($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in – ApplyTrack sandbox</title>
            <style>
              :root { font-family: "Segoe UI", system-ui, -apple-system, sans-serif; color: #1b1b1b; background: #f3f2f1; }
              body { margin: 0; }
              .banner { background: #5c2d91; color: #fff; padding: .6rem 1rem; font-size: .9rem; text-align: center; }
              .banner strong { letter-spacing: .02em; }
              main { max-width: 440px; margin: 2.5rem auto; background: #fff; padding: 2rem 2.25rem; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
              h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .25rem; }
              .app { color: #605e5c; margin: 0 0 1.25rem; }
              fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; }
              legend { font-weight: 600; margin-bottom: .5rem; }
              .account { display: flex; align-items: center; gap: .75rem; padding: .6rem .5rem; border: 1px solid #edebe9; margin-bottom: .4rem; cursor: pointer; }
              .account:hover { background: #f3f2f1; }
              .account:has(input[type=radio]:checked) { border-color: #0067b8; background: #f0f6fc; }
              .avatar { width: 2.2rem; height: 2.2rem; border-radius: 50%; background: #0067b8; color: #fff; display: grid; place-items: center; font-weight: 600; flex: none; }
              .other .avatar { background: #8a8886; }
              .who { display: flex; flex-direction: column; min-width: 0; flex: 1; }
              .who small { color: #605e5c; }
              .who input[type=email] { margin-top: .35rem; padding: .35rem; border: 1px solid #8a8886; font: inherit; }
              ul { margin: .25rem 0 1.5rem; padding-left: 1.2rem; }
              li { margin: .25rem 0; }
              .actions { display: flex; justify-content: flex-end; gap: .5rem; }
              button { font: inherit; padding: .45rem 1.6rem; border: 1px solid #8a8886; background: #fff; cursor: pointer; }
              button.primary { background: #0067b8; border-color: #0067b8; color: #fff; }
              .fine { color: #605e5c; font-size: .8rem; margin-top: 1.5rem; }
              .problem { color: #a4262c; background: #fde7e9; padding: .5rem .75rem; }
            </style></head>
            <body>
            <div class="banner"><strong>ApplyTrack mail sandbox</strong> — a local stand-in for Microsoft sign-in. No real account or password is used.</div>
            <main>
              <h1>Permissions requested</h1>
              <p class="app"><strong>{{Html(appName)}}</strong> would like to access your sandbox mailbox.</p>
              {{error}}
              <form method="post">
                {{hidden}}
                <fieldset><legend>Choose an account</legend>{{accounts}}</fieldset>
                <div><strong>This app would like to:</strong><ul>{{permissions}}</ul></div>
                <div class="actions">
                  <button type="submit" name="decision" value="cancel">Cancel</button>
                  <button type="submit" name="decision" value="accept" class="primary">Accept</button>
                </div>
              </form>
              <p class="fine">Accepting lets this app use the data listed above, as a real Microsoft consent would. You can revoke it with <code>POST /_emu/consent</code>.</p>
            </main>
            </body></html>
            """, "text/html; charset=utf-8");
    }

    public static IResult Error(string title, string message, int status = 400) => Results.Content($$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{Html(title)}} – ApplyTrack sandbox</title>
        <style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;background:#f3f2f1}.banner{background:#5c2d91;color:#fff;padding:.6rem 1rem;text-align:center}
        main{max-width:440px;margin:2.5rem auto;background:#fff;padding:2rem;box-shadow:0 2px 6px rgba(0,0,0,.2)}h1{font-size:1.4rem;font-weight:600}</style></head>
        <body><div class="banner"><strong>ApplyTrack mail sandbox</strong></div><main><h1>{{Html(title)}}</h1><p>{{Html(message)}}</p></main></body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(p => char.ToUpperInvariant(p[0])));
}
