using System.CommandLine;
using System.Net;
using ApplyTrack.MailSim.Control;
using ApplyTrack.MailSim.Mailboxes;
using ApplyTrack.MailSim.Tests.Infrastructure;

namespace ApplyTrack.MailSim.Tests.Hosting;

public sealed class SandboxHostingTests : IDisposable
{
    private readonly string _stateFile = Path.Combine(Path.GetTempPath(), $"mailsim-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_stateFile);

    [Fact]
    public async Task State_file_keeps_mail_and_a_rotated_refresh_token_working_across_a_restart()
    {
        var options = new MailSandboxOptions { AutoConsent = true, SeedDemoMailbox = false, StateFile = _stateFile };
        var sandbox = await MailSandbox.StartAsync(options);
        var app = MicrosoftClients.ConfidentialClient(sandbox);
        byte[]? cache = null;
        app.UserTokenCache.SetAfterAccess(args => { if (args.HasStateChanged) cache = args.TokenCache.SerializeMsalV3(); });
        var signedIn = await MicrosoftClients.SignInAsync(sandbox, app, "river.song@contoso.example");
        await app.AcquireTokenSilent(MicrosoftClients.MailScopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync();
        var message = sandbox.Mailboxes.Find("river.song@contoso.example")!.Add(new NewMailMessage { From = new("hr@contoso.example"), Subject = "Kept" });
        var thumbprint = sandbox.Certificate.Thumbprint;
        await sandbox.DisposeAsync();

        await using var restarted = await MailSandbox.StartAsync(options);
        var appAfterRestart = MicrosoftClients.ConfidentialClient(restarted);
        appAfterRestart.UserTokenCache.SetBeforeAccess(args => args.TokenCache.DeserializeMsalV3(cache));
        var account = await appAfterRestart.GetAccountAsync(signedIn.Account.HomeAccountId.Identifier);
        var refreshed = await appAfterRestart.AcquireTokenSilent(MicrosoftClients.MailScopes, account).WithForceRefresh(true).ExecuteAsync();

        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
        Assert.Equal("Kept", restarted.Mailboxes.Find("river.song@contoso.example")!.FindMessage(message.ImmutableId)!.Subject);
        Assert.Equal(thumbprint, restarted.Certificate.Thumbprint);
    }

    [Fact]
    public async Task Demo_user_is_seeded_once_and_not_again_from_a_state_file()
    {
        var options = new MailSandboxOptions { StateFile = _stateFile };
        int seeded;
        await using (var sandbox = await MailSandbox.StartAsync(options))
            seeded = sandbox.Mailboxes.Find(sandbox.DemoUserEmail)!.Messages().Count;

        await using var restarted = await MailSandbox.StartAsync(options);

        Assert.Equal(seeded, restarted.Mailboxes.Find(restarted.DemoUserEmail)!.Messages().Count);
    }

    [Fact]
    public async Task Sandbox_command_prints_its_urls_and_stops_on_cancel()
    {
        var root = new RootCommand { MailSim.SandboxCommand.Create() };
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();

        var run = root.Parse(["sandbox", "--urls", "http://127.0.0.1:0;https://127.0.0.1:0", "--seed-demo", "false", "--quiet"])
            .InvokeAsync(new InvocationConfiguration { Output = output }, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!output.ToString().Contains("Control API") && DateTime.UtcNow < deadline) await Task.Delay(100);
        var printed = output.ToString();
        stop.Cancel();
        var exitCode = await run;

        Assert.Contains("Microsoft authority   https://127.0.0.1:", printed);
        Assert.Contains("/common/", printed);
        Assert.Contains("Microsoft Graph       https://127.0.0.1:", printed);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Index_page_lists_the_endpoints()
    {
        await using var sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false });
        using var http = new HttpClient { BaseAddress = sandbox.HttpBaseAddress };

        var page = await http.GetStringAsync("/");

        Assert.Contains("ApplyTrack mail sandbox", page);
        Assert.Contains($"{sandbox.HttpBaseAddress}v1.0", page);
    }

    [Fact]
    public async Task Graph_answers_on_the_plain_http_listener_too()
    {
        await using var sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false, AutoConsent = true });
        var result = await MicrosoftClients.SignInAsync(sandbox, MicrosoftClients.ConfidentialClient(sandbox), "plain@contoso.example");
        using var http = new HttpClient { BaseAddress = sandbox.HttpBaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", result.AccessToken);

        using var response = await http.GetAsync("v1.0/me/mailFolders/inbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Location_mode_answers_410_pointing_at_a_fresh_round()
    {
        await using var sandbox = await MailSandbox.StartAsync(new MailSandboxOptions { SeedDemoMailbox = false, AutoConsent = true });
        var graph = await GraphClients.SignInAsync(sandbox, "loc@contoso.example");
        var delta = graph.Me.MailFolders["inbox"].Messages.Delta;
        var first = await delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Select = ["subject"]);
        sandbox.Faults.DeltaExpiry = DeltaExpiryMode.Location;
        sandbox.Faults.InvalidateDeltaTokens(null);

        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => delta.WithUrl(first!.OdataDeltaLink!).GetAsDeltaGetResponseAsync());
        var location = error.ResponseHeaders["Location"].Single();
        var fresh = await delta.WithUrl(location).GetAsDeltaGetResponseAsync();

        Assert.Equal(410, error.ResponseStatusCode);
        Assert.Contains("$deltatoken=", location);
        Assert.Contains("$select=subject", location);
        Assert.NotNull(fresh!.OdataDeltaLink);
    }
}
