namespace ApplyTrack.Features.Mail;

/// <summary>The <c>Outlook</c> section. Without a ClientId, Connect Outlook goes to the built-in sandbox (demo mode).</summary>
public sealed class OutlookOptions
{
    public const string Section = "Outlook";

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary><c>common</c> serves personal accounts and Microsoft 365 alike.</summary>
    public string Tenant { get; set; } = "common";

    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The redirect URI registered for the app; by default the callback on the host the browser used.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Public HTTPS base URL Microsoft Graph can reach for change notifications; push is off without it (except in demo mode).</summary>
    public string? NotificationUrl { get; set; }

    /// <summary>Messages per delta page (<c>Prefer: odata.maxpagesize</c>).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Use Graph change notifications when a notification URL is available. Off: polling only.</summary>
    public bool PushEnabled { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>The <c>Sync</c> section: plan-dependent intervals and depths, and the background machinery.</summary>
public sealed class SyncOptions
{
    public const string Section = "Sync";

    public TimeSpan FreePollingInterval { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan PremiumPollingInterval { get; set; } = TimeSpan.FromMinutes(5);
    public int FreeHistoryDays { get; set; } = 30;
    public int PremiumHistoryDays { get; set; } = 90;

    /// <summary>How often the scheduler looks for connections that are due.</summary>
    public TimeSpan SchedulerTick { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long a connection's lease lasts without a heartbeat (six per lease while a sync runs): a crashed
    /// instance's work is picked up after it, plus at most one scheduler tick.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Graph allows at most 4 concurrent requests per mailbox.</summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>Parallel sync workers in this instance.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Renew push subscriptions when they expire within this window.</summary>
    public TimeSpan SubscriptionRenewalWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Lifetime requested for Graph subscriptions (mail allows up to 10,080 minutes).</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);
}

/// <summary>The <c>Sandbox</c> section: the built-in mail sandbox that stands in for Microsoft and Google in demo mode.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Null: on when no Outlook client id is configured. True/false forces it.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Skip the sandbox's consent page (scripts and tests).</summary>
    public bool AutoConsent { get; set; }

    /// <summary>Seed the demo user's mailbox (about 300 emails).</summary>
    public bool SeedDemoMailbox { get; set; } = true;

    /// <summary>Optional file that keeps the sandbox's mailboxes across restarts (relative to the data directory).</summary>
    public string? StateFile { get; set; } = "sandbox-state.json";

    /// <summary>
    /// Fixed loopback listeners, so a restarted demo finds its connections again (MSAL keys accounts by authority host).
    /// Port 0 picks a free port (tests).
    /// </summary>
    public string HttpsUrl { get; set; } = "https://127.0.0.1:5443";

    public string HttpUrl { get; set; } = "http://127.0.0.1:5081";

    /// <summary>
    /// Use the sandbox another process runs at <see cref="HttpUrl"/> and <see cref="HttpsUrl"/> (<c>applytrack sandbox</c>)
    /// instead of hosting one: several instances in demo mode then share its mailboxes. Outlook and SSO only; Gmail's demo
    /// needs the sandbox in-process.
    /// </summary>
    public bool External { get; set; }
}
