using System.Net;
using System.Net.Http.Json;
using System.Text;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace ApplyTrack.Tests.Mail;

/// <summary>A deployment with a real Google client configured (the sandbox still serves Outlook).</summary>
public sealed class ConfiguredGoogleApplication : OutlookApplication
{
    public const string PushToken = "push-secret-from-configuration";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Google:ClientId"] = "1234-abc.apps.googleusercontent.com",
        ["Google:ClientSecret"] = "not-a-real-secret",
        ["Google:PubSubTopic"] = "projects/applytrack/topics/gmail-push",
        ["Google:PushAuthentication"] = "UrlToken",
        ["Google:PushToken"] = PushToken,
        ["Google:RedirectUri"] = "https://applytrack.example/connections/gmail/callback",
    };
}

/// <summary>With a Google client id, the same code talks to Google's real endpoints; only configuration differs.</summary>
public sealed class GmailConfiguredTests(ConfiguredGoogleApplication app) : IClassFixture<ConfiguredGoogleApplication>
{
    [Fact]
    public async Task Connect_goes_to_google_with_the_configured_client_and_redirect_uri()
    {
        var client = await app.CreateSignedInClientAsync();

        var start = await (await client.PostAsJsonAsync("/api/connections/gmail", new { })).ReadJsonAsync();

        var url = new Uri(start.GetProperty("authorizeUrl").GetString()!);
        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal("https://accounts.google.com/o/oauth2/v2/auth", url.GetLeftPart(UriPartial.Path));
        Assert.Equal("1234-abc.apps.googleusercontent.com", query["client_id"].ToString());
        Assert.Equal("https://applytrack.example/connections/gmail/callback", query["redirect_uri"].ToString());
        Assert.False(query.ContainsKey("login_hint"));
    }

    [Fact]
    public async Task With_the_url_token_fallback_the_push_endpoint_accepts_the_configured_token_only()
    {
        var anonymous = app.CreateCookieClient();
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"emailAddress":"someone@gmail.com","historyId":9876543210}"""));
        var envelope = $$"""{"message":{"data":"{{data}}","messageId":"2070443601311540","publishTime":"2024-05-02T10:11:12.934Z"},"subscription":"projects/applytrack/subscriptions/gmail-push"}""";

        var right = await anonymous.PostAsync($"/webhooks/gmail?token={ConfiguredGoogleApplication.PushToken}", new StringContent(envelope, Encoding.UTF8, "application/json"));
        var wrong = await anonymous.PostAsync("/webhooks/gmail?token=push-secret-from-configuratioN", new StringContent(envelope, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }
}
