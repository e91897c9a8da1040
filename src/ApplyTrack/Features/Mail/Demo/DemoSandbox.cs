using ApplyTrack.Features.Hosting;
using ApplyTrack.MailSim;
using ApplyTrack.MailSim.Google;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Mail.Demo;

/// <summary>
/// Demo mode: hosts the mail sandbox in-process (its own Kestrel listeners on loopback) so Connect Outlook,
/// consent, sync and push all work with no cloud account. Started before every other hosted service.
/// </summary>
public sealed class DemoSandbox(
    IOptions<SandboxOptions> sandboxOptions,
    IOptions<OutlookOptions> outlookOptions,
    IOptions<ApplyTrackOptions> appOptions,
    ILogger<DemoSandbox> logger) : IHostedLifecycleService, IAsyncDisposable
{
    public MailSandbox? Sandbox { get; private set; }

    public bool IsEnabled => sandboxOptions.Value.Enabled ?? !outlookOptions.Value.IsConfigured;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled)
        {
            return;
        }

        var options = sandboxOptions.Value;
        if (options.External)
        {
            Sandbox = await ConnectAsync(options, cancellationToken);
            logger.LogInformation("Demo mode: using the mail sandbox at {Url}", Sandbox.HttpsBaseAddress);
            return;
        }
        Sandbox = await MailSandbox.StartAsync(new MailSandboxOptions
        {
            HttpUrl = options.HttpUrl,
            HttpsUrl = options.HttpsUrl,
            AutoConsent = options.AutoConsent,
            SeedDemoMailbox = options.SeedDemoMailbox,
            StateFile = options.StateFile is { Length: > 0 } file ? Path.Combine(appOptions.Value.ResolveDataDirectory(), file) : null,
        }, cancellationToken);
        // Google's side auto-approves by default (sandbox tests); the demo shows its consent page exactly when Microsoft's does.
        Sandbox.Services.GetRequiredService<GoogleSandbox>().AutoConsent = options.AutoConsent;
        logger.LogInformation("Demo mode: the built-in mail sandbox is running at {Url} (demo mailbox {DemoUser})",
            Sandbox.HttpsBaseAddress, Sandbox.DemoUserEmail);
    }

    /// <summary>Whether this process hosts the sandbox (not <see cref="SandboxOptions.External"/>).</summary>
    public bool IsHosted => IsEnabled && !sandboxOptions.Value.External;

    private static async Task<MailSandbox> ConnectAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        // The sandbox may be starting beside this instance (compose): give it a little while.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await MailSandbox.ConnectAsync(new Uri(options.HttpUrl), new Uri(options.HttpsUrl), new MailSim.MailSandboxOptions().DemoUserEmail, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public MailSandbox Require() => Sandbox ?? throw new InvalidOperationException("The mail sandbox is not running (demo mode is off).");

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Sandbox is { } sandbox)
        {
            Sandbox = null;
            await sandbox.DisposeAsync();
        }
    }
}
