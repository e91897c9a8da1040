using ApplyTrack.MailSim.Identity;

namespace ApplyTrack.MailSim;

/// <summary>How to run a <see cref="MailSandbox"/>; every setting has a working default for tests and demo mode.</summary>
public sealed class MailSandboxOptions
{
    /// <summary>Plain-HTTP listener (port 0 picks a free one); null for none. Graph and the control API answer here too.</summary>
    public string? HttpUrl { get; set; } = "http://127.0.0.1:0";

    /// <summary>HTTPS listener with the generated certificate; MSAL insists on an https authority.</summary>
    public string? HttpsUrl { get; set; } = "https://127.0.0.1:0";

    /// <summary>Skip the consent page: `/authorize` redirects straight back with a code (for scripts and tests).</summary>
    public bool AutoConsent { get; set; }

    /// <summary>Create the demo user with ~300 generated emails at start-up (when the state file did not already hold them).</summary>
    public bool SeedDemoMailbox { get; set; } = true;

    public string DemoUserEmail { get; set; } = "alex.morgan@sandbox.applytrack.local";

    public string DemoUserDisplayName { get; set; } = "Alex Morgan";

    /// <summary>JSON file that keeps users, mail, consent, subscriptions and keys across restarts; null keeps state in memory.</summary>
    public string? StateFile { get; set; }

    /// <summary>The host clock; tests pass a FakeTimeProvider. `/_emu/clock` adds an offset on top.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Accept `http://` notification URLs on loopback hosts (real Graph requires https).</summary>
    public bool AllowHttpNotificationUrls { get; set; } = true;

    /// <summary>
    /// Clients registered up front. Unless <see cref="RequireRegisteredClients"/> is set, any other client id is accepted too
    /// (and recorded, see `GET /_emu/clients`) with any redirect URI and any secret.
    /// </summary>
    public IList<RegisteredClient> Clients { get; } = [];

    /// <summary>Reject unknown client ids (AADSTS700016) instead of accepting them.</summary>
    public bool RequireRegisteredClients { get; set; }

    /// <summary>Lifetime of issued access tokens (`expires_in`).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long Graph keeps retrying a failed notification delivery before dropping it (real Graph: 4 hours).</summary>
    public TimeSpan NotificationRetryHorizon { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Log requests to the console (method, path, status; never tokens or bodies).</summary>
    public bool LogRequests { get; set; }
}
