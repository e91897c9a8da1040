using System.Net;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace ApplyTrack.MailSim.Tests.Identity;

public sealed class ConsentPageTests : IAsyncLifetime
{
    private const string Authorize = "common/oauth2/v2.0/authorize?client_id=web-app&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fcallback"
        + "&scope=openid%20offline_access%20Mail.Read&state=st-42&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    private MailSandbox _sandbox = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = true });
        _browser = new HttpClient(_sandbox.CreateTrustingHandler()) { BaseAddress = _sandbox.HttpsBaseAddress };
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _sandbox.DisposeAsync();
    }

    private static FormUrlEncodedContent Form(string html, string decision, string account, string newAccount = "")
    {
        var fields = Regex.Matches(html, """<input type="hidden" name="([^"]+)" value="([^"]*)">""")
            .ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["decision"] = decision;
        fields["account"] = account;
        fields["new_account"] = newAccount;
        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task Authorize_shows_a_sandbox_consent_page_with_an_account_picker()
    {
        var html = await _browser.GetStringAsync(Authorize);

        Assert.Contains("ApplyTrack mail sandbox", html);
        Assert.Contains("alex.morgan@sandbox.applytrack.local", html);
        Assert.Contains("Read your mail", html);
        Assert.Contains("value=\"accept\"", html);
        Assert.Contains("value=\"cancel\"", html);
    }

    [Fact]
    public async Task Accepting_redirects_with_a_code_and_the_state()
    {
        var html = await _browser.GetStringAsync(Authorize);

        using var response = await _browser.PostAsync("common/oauth2/v2.0/authorize", Form(html, "accept", "alex.morgan@sandbox.applytrack.local"));
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost:5173/callback?", response.Headers.Location.ToString());
        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal("st-42", query["state"]);
        Assert.Contains("Mail.Read", _sandbox.Mailboxes.Find("alex.morgan@sandbox.applytrack.local")!.ConsentedScopes("web-app"));
    }

    [Fact]
    public async Task Cancel_redirects_with_access_denied_aadsts65004()
    {
        var html = await _browser.GetStringAsync(Authorize);

        using var response = await _browser.PostAsync("common/oauth2/v2.0/authorize", Form(html, "cancel", "alex.morgan@sandbox.applytrack.local"));
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);

        Assert.Equal("access_denied", query["error"]);
        Assert.StartsWith("AADSTS65004:", query["error_description"]);
        Assert.Equal("st-42", query["state"]);
    }

    [Fact]
    public async Task Another_account_typed_on_the_page_gets_an_empty_mailbox()
    {
        var html = await _browser.GetStringAsync(Authorize + "&login_hint=new.person%40fabrikam.example");

        using var response = await _browser.PostAsync("common/oauth2/v2.0/authorize", Form(html, "accept", "", "new.person@fabrikam.example"));

        Assert.Contains("value=\"new.person@fabrikam.example\"", html);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(_sandbox.Mailboxes.Find("new.person@fabrikam.example")!.Messages());
    }

    [Fact]
    public async Task Form_post_response_mode_answers_with_an_auto_submitting_form()
    {
        var html = await _browser.GetStringAsync(Authorize + "&response_mode=form_post");

        using var response = await _browser.PostAsync("common/oauth2/v2.0/authorize", Form(html, "accept", "alex.morgan@sandbox.applytrack.local"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("action=\"http://localhost:5173/callback\"", page);
        Assert.Contains("name=\"code\"", page);
        Assert.Contains("name=\"state\" value=\"st-42\"", page);
    }

    [Fact]
    public async Task Prompt_none_without_consent_is_consent_required()
    {
        using var response = await _browser.GetAsync(Authorize + "&prompt=none&login_hint=alex.morgan%40sandbox.applytrack.local");
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);

        Assert.Equal("consent_required", query["error"]);
    }

    [Fact]
    public async Task Registered_client_with_an_unregistered_redirect_uri_gets_an_error_page_not_a_redirect()
    {
        _sandbox.Services.GetRequiredService<ClientRegistry>().Register(new RegisteredClient("web-app") { ClientSecret = "s", RedirectUris = ["http://localhost/signin"] });

        using var response = await _browser.GetAsync(Authorize);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS50011", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Loopback_redirect_uris_match_on_any_port_but_paths_are_case_sensitive()
    {
        Assert.True(ClientRegistry.RedirectMatches("http://localhost/signin", new Uri("http://localhost:53123/signin")));
        Assert.True(ClientRegistry.RedirectMatches("http://localhost", new Uri("http://localhost:5000/")));
        Assert.False(ClientRegistry.RedirectMatches("http://localhost/signin", new Uri("http://localhost:5000/SignIn")));
        Assert.False(ClientRegistry.RedirectMatches("https://app.example/signin", new Uri("https://app.example:8443/signin")));
    }
}
