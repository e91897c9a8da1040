using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Identity;
using ApplyTrack.MailSim.Tests.Infrastructure;
using Microsoft.Identity.Client;

namespace ApplyTrack.MailSim.Tests.Identity;

public sealed class RegisteredClientTests : IAsyncLifetime
{
    private const string ClientId = "9d1e6c52-1f0b-4a3e-8d3f-5b2b6f0c7a11";
    private MailSandbox _sandbox = null!;

    public async Task InitializeAsync()
    {
        var options = new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false, RequireRegisteredClients = true };
        options.Clients.Add(new RegisteredClient(ClientId) { ClientSecret = "right-secret", RedirectUris = [MicrosoftClients.RedirectUri] });
        _sandbox = await MailSandbox.StartAsync(options);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Registered_client_with_the_right_secret_signs_in()
    {
        var result = await MicrosoftClients.SignInAsync(_sandbox, MicrosoftClients.ConfidentialClient(_sandbox, ClientId, "right-secret"), "sam@contoso.example");

        Assert.Equal("sam@contoso.example", result.Account.Username);
    }

    [Fact]
    public async Task Wrong_secret_is_invalid_client_aadsts7000215()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox, ClientId, "wrong-secret");
        var (code, _, verifier) = await MicrosoftClients.AuthorizeAsync(_sandbox, app, "sam@contoso.example");

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() =>
            app.AcquireTokenByAuthorizationCode(MicrosoftClients.MailScopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync());

        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Contains("AADSTS7000215", error.Message);
    }

    [Fact]
    public async Task Strict_rotation_rejects_a_refresh_token_used_twice()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox, ClientId, "right-secret");
        byte[]? cache = null;
        app.UserTokenCache.SetAfterAccess(args => { if (args.HasStateChanged) cache = args.TokenCache.SerializeMsalV3(); });
        var signedIn = await MicrosoftClients.SignInAsync(_sandbox, app, "sam@contoso.example");
        var original = MicrosoftClients.CachedRefreshToken(cache!)!;
        _sandbox.Faults.Identity = new IdentityFaults { StrictRotation = true };
        await app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync();

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() =>
            ((IByRefreshToken)MicrosoftClients.ConfidentialClient(_sandbox, ClientId, "right-secret")).AcquireTokenByRefreshToken(MicrosoftClients.MailScopes, original).ExecuteAsync());

        Assert.Contains("AADSTS70008", error.Message);
    }

    [Fact]
    public async Task Unknown_client_is_refused_when_registration_is_required()
    {
        var app = MicrosoftClients.ConfidentialClient(_sandbox, "not-registered");
        var (code, _, verifier) = (await AuthorizeIgnoringStatusAsync(app));

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() =>
            app.AcquireTokenByAuthorizationCode(MicrosoftClients.MailScopes, code ?? "none").WithPkceCodeVerifier(verifier).ExecuteAsync());

        Assert.Contains("AADSTS700016", error.Message);
    }

    private async Task<(string? Code, string? State, string Verifier)> AuthorizeIgnoringStatusAsync(IConfidentialClientApplication app)
    {
        var uri = await app.GetAuthorizationRequestUrl(MicrosoftClients.MailScopes).WithPkce(out var verifier).ExecuteAsync();
        using var http = new HttpClient(_sandbox.CreateTrustingHandler());
        using var response = await http.GetAsync(uri);
        return (null, null, verifier);
    }
}
