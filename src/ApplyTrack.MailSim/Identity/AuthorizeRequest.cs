using System.Globalization;

namespace ApplyTrack.MailSim.Identity;

/// <summary>The parameters of `/authorize` (PROTOCOLS §1.3), read from the query (GET) or the consent form (POST).</summary>
public sealed record AuthorizeRequest(
    string Tenant,
    string? ClientId,
    string? ResponseType,
    string? RedirectUri,
    string ResponseMode,
    IReadOnlyList<string> Scopes,
    string? State,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    string? Prompt,
    string? LoginHint,
    string? Nonce)
{
    /// <summary>Parameters carried through the consent page as hidden fields.</summary>
    public static readonly string[] FieldNames =
        ["client_id", "response_type", "redirect_uri", "response_mode", "scope", "state", "code_challenge", "code_challenge_method", "prompt", "login_hint", "nonce"];

    public static AuthorizeRequest From(string tenant, Func<string, string?> get) => new(
        tenant,
        get("client_id"),
        get("response_type"),
        get("redirect_uri"),
        get("response_mode") ?? "query",
        Identity.Scopes.Parse(get("scope")),
        get("state"),
        get("code_challenge"),
        get("code_challenge_method"),
        get("prompt"),
        get("login_hint"),
        get("nonce"));

    public static AuthorizeRequest FromQuery(string tenant, IQueryCollection query) =>
        From(tenant, name => query.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null);

    public static AuthorizeRequest FromForm(string tenant, IFormCollection form) =>
        From(tenant, name => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null);

    public IEnumerable<KeyValuePair<string, string?>> Fields() =>
    [
        new("client_id", ClientId), new("response_type", ResponseType), new("redirect_uri", RedirectUri), new("response_mode", ResponseMode),
        new("scope", string.Join(' ', Scopes)), new("state", State), new("code_challenge", CodeChallenge),
        new("code_challenge_method", CodeChallengeMethod), new("prompt", Prompt), new("login_hint", LoginHint), new("nonce", Nonce),
    ];

    /// <summary>
    /// Sends the browser back to the app: query string (default for code), fragment, or an auto-submitting form for
    /// `response_mode=form_post`. `state` is echoed in every case.
    /// </summary>
    public IResult Reply(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var values = parameters.Append(new("state", State)).Where(p => p.Value is not null).ToList();
        if (ResponseMode == "form_post")
        {
            var inputs = string.Concat(values.Select(p => $"""<input type="hidden" name="{Html(p.Key)}" value="{Html(p.Value!)}">"""));
            return Results.Content($"""
                <!doctype html><html><head><title>Working…</title></head>
                <body onload="document.forms[0].submit()"><form method="post" action="{Html(RedirectUri!)}">{inputs}
                <noscript><button type="submit">Continue</button></noscript></form></body></html>
                """, "text/html; charset=utf-8");
        }
        var encoded = string.Join('&', values.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}"));
        var target = new Uri(RedirectUri!).ToString();
        var separator = ResponseMode == "fragment" ? "#" : target.Contains('?') ? "&" : "?";
        return Results.Redirect(target + separator + encoded);
    }

    public IResult ReplyError(string error, AadError detail) =>
        Reply([new("error", error), new("error_description", $"AADSTS{detail.Code}: {detail.Description}"), new("error_codes", detail.Code.ToString(CultureInfo.InvariantCulture))]);

    internal static string Html(string value) => System.Net.WebUtility.HtmlEncode(value);
}
