using System.Net;
using ApplyTrack.MailSim.Google;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.DependencyInjection;

namespace ApplyTrack.MailSim.Tests.Google;

public sealed class GoogleStateFileTests : IDisposable
{
    private const string Email = "sam.rivera@gmail.com";
    private readonly string _stateFile = Path.Combine(Path.GetTempPath(), $"mailsim-google-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_stateFile);

    [Fact]
    public async Task After_a_restart_one_users_refresh_token_still_works_another_users_revoked_one_stays_dead_and_the_watch_remains()
    {
        string kept, revoked;
        await using (var first = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false, StateFile = _stateFile }))
        {
            var session = await GoogleClients.SignInAsync(first, Email);
            kept = session.Token.RefreshToken;
            revoked = (await GoogleClients.SignInAsync(first, "jo.other@gmail.com")).Token.RefreshToken;
            await session.Gmail.PostJsonAsync("watch", new { topicName = "projects/demo/topics/gmail" });
            using var http = new HttpClient(first.CreateTrustingHandler());
            using var revoke = await http.PostAsync(new Uri(first.HttpsBaseAddress, $"revoke?token={Uri.EscapeDataString(revoked)}"), null);
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }

        await using var second = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false, StateFile = _stateFile });
        var flow = GoogleClients.Flow(second);
        var refreshed = await flow.RefreshTokenAsync(Email, kept, CancellationToken.None);
        var error = await Assert.ThrowsAsync<TokenResponseException>(() => flow.RefreshTokenAsync("jo.other@gmail.com", revoked, CancellationToken.None));

        Assert.StartsWith("ya29.", refreshed.AccessToken);
        Assert.Equal("invalid_grant", error.Error.Error);
        Assert.Equal(Email, Assert.Single(second.Services.GetRequiredService<GmailWatches>().Active).Email);
    }
}
