using System.Net;
using System.Net.Sockets;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Outlook;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ApplyTrack.Features.Operations;

public enum CheckStatus
{
    Ok,
    Warning,
    Failed,
}

/// <summary>One finding of `applytrack doctor`: what was checked, what was found, and how to fix it.</summary>
public sealed record DoctorCheck(string Name, CheckStatus Status, string Finding, string? Fix = null)
{
    public static DoctorCheck Ok(string name, string finding) => new(name, CheckStatus.Ok, finding);
    public static DoctorCheck Warn(string name, string finding, string fix) => new(name, CheckStatus.Warning, finding, fix);
    public static DoctorCheck Fail(string name, string finding, string fix) => new(name, CheckStatus.Failed, finding, fix);
}

/// <summary>
/// The doctor's local checks, each a small decision over configuration and what is on disk, so each can be
/// tested alone. Nothing here talks to Microsoft or Google.
/// </summary>
public static class DoctorChecks
{
    public static DoctorCheck ClientPair(string provider, string section, string? clientId, string? clientSecret)
    {
        var name = $"{provider.ToLowerInvariant()}-client";
        return (string.IsNullOrWhiteSpace(clientId), string.IsNullOrWhiteSpace(clientSecret)) switch
        {
            (true, true) => DoctorCheck.Ok(name, $"{provider} is not configured (Connect uses the demo sandbox when it is on)."),
            (false, false) => DoctorCheck.Ok(name, $"{provider} client id and secret are both set."),
            (false, true) => DoctorCheck.Fail(name, $"{section}:ClientId is set but {section}:ClientSecret is not.",
                $"Set {section}__ClientSecret to the secret of the app registration, or remove {section}__ClientId to stay in demo mode."),
            (true, false) => DoctorCheck.Fail(name, $"{section}:ClientSecret is set but {section}:ClientId is not.",
                $"Set {section}__ClientId to the app registration's client id, or remove {section}__ClientSecret."),
        };
    }

    /// <summary>A configured redirect URI must be absolute, HTTPS (HTTP only on loopback), end in the app's callback path and sit on the public URL.</summary>
    public static DoctorCheck RedirectUri(string provider, string section, string? redirectUri, string callbackPath, Uri? publicUrl)
    {
        var name = $"{provider.ToLowerInvariant()}-redirect-uri";
        var expected = publicUrl is null ? $"https://<your host>{callbackPath}" : new Uri(publicUrl, callbackPath).ToString();
        if (string.IsNullOrWhiteSpace(redirectUri))
        {
            return DoctorCheck.Ok(name, $"{section}:RedirectUri is not set: the callback on the host the browser used ({callbackPath}) is sent.");
        }
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return DoctorCheck.Fail(name, $"{section}:RedirectUri \"{redirectUri}\" is not an absolute http(s) URL.", $"Set it to {expected} and register the same URI with {provider}.");
        }
        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            return DoctorCheck.Fail(name, $"{section}:RedirectUri uses http on a non-loopback host; {provider} accepts http only for localhost.", $"Serve ApplyTrack over HTTPS and set it to {expected}.");
        }
        if (!string.Equals(uri.AbsolutePath.TrimEnd('/'), callbackPath, StringComparison.Ordinal))
        {
            return DoctorCheck.Fail(name, $"{section}:RedirectUri ends in {uri.AbsolutePath}, but ApplyTrack's callback is {callbackPath}.", $"Set it to {expected} (and register that URI with {provider}).");
        }
        if (publicUrl is not null && !SameOrigin(uri, publicUrl))
        {
            return DoctorCheck.Fail(name, $"{section}:RedirectUri is on {uri.GetLeftPart(UriPartial.Authority)}, but the public URL is {publicUrl.GetLeftPart(UriPartial.Authority)}: the sign-in cookie would not come back.",
                $"Set it to {expected}.");
        }
        return DoctorCheck.Ok(name, $"{section}:RedirectUri {uri} is well-formed{(publicUrl is null ? "" : " and on the public URL")}.");
    }

    /// <summary>Graph delivers change notifications only to a public HTTPS endpoint; Gmail push needs a topic and a push token.</summary>
    public static DoctorCheck NotificationUrl(OutlookOptions outlook, GoogleOptions google, bool demoMode)
    {
        const string name = "push";
        if (outlook.NotificationUrl is { Length: > 0 } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https")
            {
                return DoctorCheck.Fail(name, $"Outlook:NotificationUrl \"{url}\" is not an https URL; Microsoft Graph only notifies HTTPS endpoints.",
                    "Set Outlook__NotificationUrl to the public https:// base URL of this server (behind a TLS-terminating proxy if need be).");
            }
            if (!IsPublicHost(uri.Host))
            {
                return DoctorCheck.Fail(name, $"Outlook:NotificationUrl points to {uri.Host}, which Microsoft Graph cannot reach from the internet.",
                    "Use the server's public DNS name, or remove the setting to use polling only.");
            }
        }
        else if (outlook.IsConfigured && outlook.PushEnabled && !demoMode)
        {
            return DoctorCheck.Warn(name, "Outlook:NotificationUrl is not set: Outlook mailboxes are polled (minutes), not pushed (seconds).",
                "Set Outlook__NotificationUrl to the public https:// base URL of this server to get push.");
        }

        if (google.PubSubTopic is { Length: > 0 } topic)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(topic, "^projects/[^/]+/topics/[^/]+$"))
            {
                return DoctorCheck.Fail(name, $"Google:PubSubTopic \"{topic}\" is not of the form projects/<project>/topics/<topic>.", "Copy the topic's full name from the Google Cloud console.");
            }
            if (string.IsNullOrWhiteSpace(google.PushToken) && !demoMode)
            {
                return DoctorCheck.Fail(name, "Google:PubSubTopic is set but Google:PushToken is not: anyone could trigger syncs.",
                    "Set Google__PushToken to a long random string and append ?token=<it> to the Pub/Sub push endpoint.");
            }
        }
        return DoctorCheck.Ok(name, "Push settings are consistent.");
    }

    public static DoctorCheck RateLimits(SyncOptions sync, OutlookOptions outlook, GoogleOptions google)
    {
        const string name = "rate-limits";
        var problems = new List<string>();
        if (sync.MaxConcurrentRequestsPerMailbox is < 1 or > 4) problems.Add($"Sync:MaxConcurrentRequestsPerMailbox is {sync.MaxConcurrentRequestsPerMailbox}; Graph allows 1–4 per mailbox");
        if (sync.Workers is < 1 or > 64) problems.Add($"Sync:Workers is {sync.Workers}; use 1–64");
        if (sync.FreePollingInterval < TimeSpan.FromMinutes(1) || sync.PremiumPollingInterval < TimeSpan.FromMinutes(1)) problems.Add("a polling interval is under a minute, which spends the provider's quota for nothing");
        // A running sync renews its lease six times per lease (LeaseHeartbeat), so only a lease too short for one renewal
        // round trip to the database is at risk; a long one only delays taking over a dead instance's mailboxes.
        if (sync.LeaseDuration < TimeSpan.FromSeconds(6)) problems.Add($"Sync:LeaseDuration is {sync.LeaseDuration}; its heartbeat (a sixth of it) would race the database and lose the lease to another instance");
        if (sync.LeaseDuration > TimeSpan.FromMinutes(5)) problems.Add($"Sync:LeaseDuration is {sync.LeaseDuration}; a dead instance's mailboxes would wait that long before another instance resumes them");
        if (sync.SchedulerTick <= TimeSpan.Zero) problems.Add("Sync:SchedulerTick must be positive");
        if (outlook.PageSize is < 1 or > 1000) problems.Add($"Outlook:PageSize is {outlook.PageSize}; Graph pages hold 1–1000 messages");
        if (google.PageSize is < 1 or > 500) problems.Add($"Google:PageSize is {google.PageSize}; Gmail pages hold 1–500 ids");
        if (google.UnitsPerMinute is < 1 or > 15_000) problems.Add($"Google:UnitsPerMinute is {google.UnitsPerMinute}; Gmail allows at most 15,000 per user per minute");
        return problems.Count == 0
            ? DoctorCheck.Ok(name, "Sync concurrency, paging and quotas are within the providers' limits.")
            : DoctorCheck.Fail(name, string.Join("; ", problems) + ".", "Remove the setting to get the default, or bring it within the range given.");
    }

    public static DoctorCheck EncryptionKey(ApplyTrackOptions options, string? sqlitePath)
    {
        const string name = "encryption-key";
        var key = EncryptionKeyFile.Find(options);
        if (key.Key is null && !string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            return DoctorCheck.Fail(name, key.Problem!, "Set ApplyTrack__EncryptionKey to the base64 of the 32-byte key you backed up (openssl rand -base64 32 makes a new one for a new install).");
        }
        if (key.Key is null)
        {
            return File.Exists(sqlitePath)
                ? DoctorCheck.Fail(name, key.Problem!, $"Put the key you backed up at {EncryptionKeyFile.DefaultPath(options)} or set ApplyTrack__EncryptionKey; a new key cannot read existing tokens and metadata.")
                : DoctorCheck.Warn(name, key.Problem! + " One is created on first start.", "Back it up right after the first start (see \"Operating ApplyTrack\" in the README).");
        }
        if (!File.Exists(key.Source))
        {
            return DoctorCheck.Ok(name, $"The key comes from {key.Source}, not from a file beside the database.");
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(key.Source) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            return DoctorCheck.Fail(name, $"The key file {key.Source} can be read by other users.", $"chmod 600 {key.Source}");
        }
        var databaseDirectory = sqlitePath is null ? null : Path.GetDirectoryName(Path.GetFullPath(sqlitePath));
        if (databaseDirectory is not null && Path.GetDirectoryName(key.Source) is { } keyDirectory
            && (keyDirectory == databaseDirectory || keyDirectory.StartsWith(databaseDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var isDefault = string.Equals(key.Source, EncryptionKeyFile.DefaultPath(options), StringComparison.Ordinal);
            return DoctorCheck.Warn(name,
                $"The key file {key.Source} {(isDefault ? "is in its default place, " : "")}beside the database: one stolen copy or backup of the data directory carries both the encrypted data and its key.",
                $"1. Copy the key off this machine now (password manager or secret store): cat {key.Source}. " +
                $"2. Give it to ApplyTrack as the environment variable ApplyTrack__EncryptionKey (systemd: Environment= or LoadCredential=; Docker: a secret), not as a file in the data directory. " +
                $"3. Restart, run applytrack doctor again, then delete {key.Source}.");
        }
        return DoctorCheck.Ok(name, $"The key in {key.Source} is readable, 32 bytes, and only its owner can read it.");
    }

    public static DoctorCheck DataDirectory(string directory)
    {
        const string name = "data-directory";
        if (!Directory.Exists(directory))
        {
            return DoctorCheck.Warn(name, $"The data directory {directory} does not exist yet; it is created on first start.", $"mkdir -p {directory} && chmod 700 {directory}");
        }
        try
        {
            var probe = Path.Combine(directory, $".doctor-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail(name, $"The data directory {directory} is not writable: {e.Message}", $"chown the directory to the user ApplyTrack runs as: chown -R $(id -un) {directory}");
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(directory) & (UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) != 0)
        {
            return DoctorCheck.Fail(name, $"Other users can enter or read the data directory {directory} (database, keys).", $"chmod 700 {directory}");
        }
        return DoctorCheck.Ok(name, $"The data directory {directory} is writable and private.");
    }

    /// <summary>
    /// Without a configured key repository ASP.NET Core keeps its keys under $HOME/.aspnet, or in memory when there is no
    /// home: then every restart signs everybody out and pending OAuth round trips fail.
    /// </summary>
    public static DoctorCheck DataProtection(KeyManagementOptions options, string? home)
    {
        const string name = "data-protection";
        if (options.XmlRepository is not null)
        {
            return DoctorCheck.Ok(name, $"Data-protection keys are stored by {options.XmlRepository.GetType().Name}.");
        }
        if (string.IsNullOrWhiteSpace(home) || !Directory.Exists(home))
        {
            return DoctorCheck.Fail(name, "No data-protection key store is configured and there is no home directory: keys live in memory, so each restart signs everyone out.",
                "Give the service user a writable home directory (HOME), or mount one for the container.");
        }
        var directory = Path.Combine(home, ".aspnet", "DataProtection-Keys");
        return DoctorCheck.Warn(name, $"Data-protection keys are in the default store {directory}, outside the data directory and its backups.",
            $"Back up {directory} with the database, or sign-ins are lost on a new machine (accounts and data are not).");
    }

    public static DoctorCheck Mode(bool sandboxEnabled, OutlookOptions outlook, GoogleOptions google)
    {
        const string name = "mode";
        var real = new[] { outlook.IsConfigured ? "Outlook" : null, google.IsConfigured ? "Gmail" : null }.OfType<string>().ToList();
        if (sandboxEnabled && real.Count > 0)
        {
            return DoctorCheck.Warn(name, $"Demo mode is forced on (Sandbox:Enabled=true) while {string.Join(" and ", real)} client ids are configured: people connect to the sandbox, not their mailbox.",
                "Remove Sandbox__Enabled (or set it to false) on a real server.");
        }
        return sandboxEnabled
            ? DoctorCheck.Ok(name, "Demo mode: the built-in mail sandbox stands in for Microsoft and Google (no real mailbox is read).")
            : DoctorCheck.Ok(name, $"Real mode: {(real.Count == 0 ? "IMAP only (no Outlook or Google client id)" : string.Join(" and ", real) + " with real client ids")}.");
    }

    public static DoctorCheck DiskSpace(string directory, long availableBytes, long minimumBytes)
    {
        const string name = "disk-space";
        var free = $"{availableBytes / (1024 * 1024):N0} MB free on the disk of {directory}";
        if (availableBytes < minimumBytes)
        {
            return DoctorCheck.Fail(name, $"Only {free} (at least {minimumBytes / (1024 * 1024):N0} MB wanted): SQLite writes and backups will fail.",
                "Free space on that disk or move the data directory (ApplyTrack__DataDirectory) to a larger one.");
        }
        return DoctorCheck.Ok(name, free + ".");
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    /// <summary>Not loopback, not a private or link-local address, not a name only this network resolves.</summary>
    internal static bool IsPublicHost(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".lan", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return host.Contains('.', StringComparison.Ordinal);
        }
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal)
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254) || b[0] == 0);
        }
        return true;
    }
}
