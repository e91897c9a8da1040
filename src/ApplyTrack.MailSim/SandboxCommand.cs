using System.CommandLine;

namespace ApplyTrack.MailSim;

/// <summary>`applytrack sandbox`: runs the mail sandbox on its own until Ctrl+C.</summary>
public static class SandboxCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = "Listener URLs separated by ';' or repeated (http:// and/or https://). Default: http://127.0.0.1:5080;https://127.0.0.1:5443",
            AllowMultipleArgumentsPerToken = true,
        };
        var httpsPort = new Option<int?>("--https-port") { Description = "Port of the HTTPS listener on 127.0.0.1 (overrides the https URL in --urls)." };
        var stateFile = new Option<string?>("--state-file") { Description = "JSON file that keeps mailboxes, consent, subscriptions and keys across restarts." };
        var autoConsent = new Option<bool>("--auto-consent") { Description = "Skip the consent page: sign-in redirects straight back (for scripts)." };
        var seedDemo = new Option<bool>("--seed-demo") { Description = "Create the demo mailbox (~300 emails) when it does not exist yet. On by default.", DefaultValueFactory = _ => true };
        var quiet = new Option<bool>("--quiet") { Description = "Do not log each request." };

        var command = new Command("sandbox", "Run the local mail sandbox (Microsoft identity, Graph mail, Google OAuth, Gmail) until Ctrl+C.")
        {
            urls, httpsPort, stateFile, autoConsent, seedDemo, quiet,
        };
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var listeners = (result.GetValue(urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var options = new MailSandboxOptions
            {
                HttpUrl = listeners.Count == 0 ? "http://127.0.0.1:5080" : listeners.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)),
                HttpsUrl = listeners.Count == 0 ? "https://127.0.0.1:5443" : listeners.FirstOrDefault(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)),
                StateFile = result.GetValue(stateFile),
                AutoConsent = result.GetValue(autoConsent),
                SeedDemoMailbox = result.GetValue(seedDemo),
                LogRequests = !result.GetValue(quiet),
            };
            if (result.GetValue(httpsPort) is { } port) options.HttpsUrl = $"https://127.0.0.1:{port}";

            await using var sandbox = await MailSandbox.StartAsync(options, cancellationToken);
            var output = result.InvocationConfiguration.Output;
            output.WriteLine("ApplyTrack mail sandbox is running. Press Ctrl+C to stop.");
            output.WriteLine($"  HTTP                  {sandbox.HttpBaseAddress}");
            output.WriteLine($"  HTTPS                 {sandbox.HttpsBaseAddress}");
            output.WriteLine($"  Microsoft authority   {sandbox.Authority()}   (token: {sandbox.Authority()}oauth2/v2.0/token)");
            output.WriteLine($"  Microsoft Graph       {sandbox.GraphBaseUrl}");
            output.WriteLine($"  Google OAuth / Gmail  {sandbox.HttpsBaseAddress}o/oauth2/v2/auth   {sandbox.HttpsBaseAddress}gmail/v1");
            output.WriteLine($"  Control API           {sandbox.HttpBaseAddress}_emu/   (see src/ApplyTrack.MailSim/README.md)");
            output.WriteLine($"  Demo user             {sandbox.DemoUserEmail}");
            output.WriteLine($"  Certificate           {sandbox.Certificate.Thumbprint} (self-signed; GET {sandbox.HttpBaseAddress}_emu/certificate for the PEM)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        });
        return command;
    }
}
