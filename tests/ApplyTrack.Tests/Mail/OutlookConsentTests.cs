using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ApplyTrack.MailSim.Control;
using ApplyTrack.Tests.Infrastructure;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// Consent problems at Microsoft, through the sandbox's identity endpoints: admin approval (AADSTS90094, however it arrives),
/// unassigned users (AADSTS50105), the admin-consent link and its callback, and the problem page that explains them.
/// </summary>
public sealed partial class OutlookConsentTests(OutlookApplication app) : IClassFixture<OutlookApplication>, IDisposable
{
    private static string WorkMailbox() => $"jordan-{Guid.NewGuid():N}@contoso.example";

    public void Dispose()
    {
        app.Sandbox.Faults.Identity = new IdentityFaults();
        app.Sandbox.Faults.ClearAdminConsent();
    }

    /// <summary>Connect Outlook and follow the sandbox's answer back to the app's callback; returns where the callback sent the browser.</summary>
    private async Task<string> ConnectAsync(HttpClient client, string loginHint)
    {
        var start = await (await client.PostAsJsonAsync("/api/connections/outlook", new { loginHint })).ReadJsonAsync();
        using var sandboxClient = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var consent = await sandboxClient.GetAsync(start.GetProperty("authorizeUrl").GetString());
        Assert.Equal(HttpStatusCode.Found, consent.StatusCode);
        var landing = await client.GetAsync(consent.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        return landing.Headers.Location!.ToString();
    }

    private static string AdminConsentLink(string page)
    {
        var match = AdminUrlInput().Match(page);
        Assert.True(match.Success, "the problem page shows an admin-consent link");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task Admin_consent_link_works_when_followed_through_the_sandbox_and_then_the_person_can_connect()
    {
        app.Sandbox.Faults.Identity = new IdentityFaults { RequireAdminConsent = true };
        var client = await app.CreateSignedInClientAsync();
        var mailbox = WorkMailbox();

        var problem = await ConnectAsync(client, mailbox);
        var page = await client.GetStringAsync(problem);
        var link = new Uri(AdminConsentLink(page));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        Assert.Equal("/connections/problem?code=outlook-admin-consent", problem);
        Assert.StartsWith("/organizations/v2.0/adminconsent", link.AbsolutePath);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.Equal(["openid", "profile", "email", "offline_access", "https://graph.microsoft.com/User.Read", "https://graph.microsoft.com/Mail.Read"],
            query["scope"]!.Split(' '));

        // The administrator has no ApplyTrack account: a client without cookies follows the link.
        using var admin = new HttpClient(app.Sandbox.CreateTrustingHandler());
        var approved = await admin.GetAsync(link);
        Assert.Equal(HttpStatusCode.Found, approved.StatusCode);
        var back = approved.Headers.Location!;
        Assert.Equal("/connections/outlook/adminconsent", back.AbsolutePath);
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        var thanks = await anonymous.GetAsync(back.PathAndQuery);
        var thanksPage = await thanks.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Contains("ApplyTrack is approved for your organisation", thanksPage);
        Assert.Contains("approved ApplyTrack on", await client.GetStringAsync(problem));
        var connectedAfterwards = await ConnectAsync(client, mailbox);
        Assert.StartsWith("/settings/integrations?connected=", connectedAfterwards);
    }

    [Fact]
    public async Task Sandbox_refuses_an_admin_consent_link_on_the_common_tenant_or_without_scopes()
    {
        using var admin = new HttpClient(app.Sandbox.CreateTrustingHandler()) { BaseAddress = app.Sandbox.HttpBaseAddress };
        var redirect = Uri.EscapeDataString(new Uri(app.BaseAddress, "/connections/outlook/adminconsent").ToString());

        var onCommon = await admin.GetAsync($"common/v2.0/adminconsent?client_id=applytrack-demo&scope=Mail.Read&redirect_uri={redirect}&state=s1");
        var withoutScope = await admin.GetAsync($"organizations/v2.0/adminconsent?client_id=applytrack-demo&redirect_uri={redirect}&state=s2");

        Assert.Contains("error=invalid_request", onCommon.Headers.Location!.Query);
        Assert.Contains("error=invalid_request", withoutScope.Headers.Location!.Query);
        Assert.Empty(app.Sandbox.Faults.AdminConsentedTenants);
    }

    [Fact]
    public async Task An_admin_consent_callback_with_an_unknown_state_records_nothing()
    {
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await anonymous.GetAsync("/connections/outlook/adminconsent?admin_consent=True&tenant=evil&state=forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This approval link is not valid", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(AdminConsentReply.AccessDenied)]
    [InlineData(AdminConsentReply.ReturnedToApp)]
    public async Task Admin_approval_arriving_as_access_denied_for_a_work_account_gives_admin_guidance_not_you_cancelled(AdminConsentReply reply)
    {
        app.Sandbox.Faults.Identity = new IdentityFaults { RequireAdminConsent = true, AdminConsentReply = reply };
        var client = await app.CreateSignedInClientAsync();

        var problem = await ConnectAsync(client, WorkMailbox());
        var page = await client.GetStringAsync(problem);

        Assert.DoesNotContain("You cancelled", page);
        Assert.Contains("administrator", page);
        Assert.Contains("/organizations/v2.0/adminconsent", AdminConsentLink(page));
    }

    [Fact]
    public async Task A_personal_account_that_declines_is_told_it_cancelled()
    {
        app.Sandbox.Faults.Identity = new IdentityFaults { UserDeclines = true };
        var client = await app.CreateSignedInClientAsync();

        var problem = await ConnectAsync(client, $"jordan-{Guid.NewGuid():N}@outlook.com");

        Assert.Equal("/connections/problem?code=outlook-cancelled", problem);
        Assert.Contains("You cancelled the connection", await client.GetStringAsync(problem));
    }

    [Fact]
    public async Task A_user_not_assigned_to_the_app_is_told_to_ask_for_assignment()
    {
        app.Sandbox.Faults.Identity = new IdentityFaults { UserNotAssigned = true };
        var client = await app.CreateSignedInClientAsync();

        var problem = await ConnectAsync(client, WorkMailbox());
        var page = await client.GetStringAsync(problem);

        Assert.Equal("/connections/problem?code=outlook-not-assigned", problem);
        Assert.Contains("AADSTS50105", page);
        Assert.Contains("assign", page);
        Assert.DoesNotContain("You cancelled", page);
    }

    [Fact]
    public async Task Problem_page_refuses_unknown_codes_and_reflects_nothing_from_the_query_string()
    {
        var client = await app.CreateSignedInClientAsync();

        var forged = await client.GetAsync("/connections/problem?code=pwned&title=Your%20account%20is%20locked&message=Call%20evil-support&adminConsentUrl=https%3A%2F%2Fevil.example%2Fphish");
        var legacy = await client.GetAsync("/connections/problem?title=Your%20account%20is%20locked&adminConsentUrl=https%3A%2F%2Fevil.example%2Fphish");
        var forgedPage = await forged.Content.ReadAsStringAsync();
        var legacyPage = await legacy.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, legacy.StatusCode);
        foreach (var page in new[] { forgedPage, legacyPage })
        {
            Assert.DoesNotContain("locked", page);
            Assert.DoesNotContain("evil", page);
            Assert.DoesNotContain("pwned", page);
        }
    }

    [GeneratedRegex("id=\"admin-url\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AdminUrlInput();
}
