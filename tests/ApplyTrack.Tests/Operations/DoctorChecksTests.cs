using System.Security.Cryptography;
using ApplyTrack.Features.Hosting;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Operations;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ApplyTrack.Tests.Operations;

/// <summary>Each check the doctor claims: a misconfiguration is reported, with a fix.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DoctorChecksTests
{
    private const string Callback = "/connections/outlook/callback";
    private static readonly Uri PublicUrl = new("https://tracker.example.com/");

    [Theory]
    [InlineData("client-id", null)]
    [InlineData(null, "client-secret")]
    public void A_client_id_without_its_secret_or_the_reverse_fails(string? id, string? secret)
    {
        var check = DoctorChecks.ClientPair("Outlook", "Outlook", id, secret);

        AssertFailedWithFix(check);
        Assert.Equal("outlook-client", check.Name);
    }

    [Fact]
    public void A_client_id_with_its_secret_passes() =>
        Assert.Equal(CheckStatus.Ok, DoctorChecks.ClientPair("Google", "Google", "id", "secret").Status);

    [Theory]
    [InlineData("not a url", "absolute")]
    [InlineData("http://tracker.example.com/connections/outlook/callback", "http on a non-loopback host")]
    [InlineData("https://tracker.example.com/signin-oidc", "callback is /connections/outlook/callback")]
    [InlineData("https://other.example.com/connections/outlook/callback", "the public URL is https://tracker.example.com")]
    public void A_malformed_or_foreign_redirect_uri_fails(string redirectUri, string explanation)
    {
        var check = DoctorChecks.RedirectUri("Outlook", "Outlook", redirectUri, Callback, PublicUrl);

        AssertFailedWithFix(check);
        Assert.Contains(explanation, check.Finding);
        Assert.Contains("https://tracker.example.com/connections/outlook/callback", check.Fix);
    }

    [Fact]
    public void A_redirect_uri_on_the_public_url_passes() =>
        Assert.Equal(CheckStatus.Ok, DoctorChecks.RedirectUri("Outlook", "Outlook", "https://tracker.example.com/connections/outlook/callback", Callback, PublicUrl).Status);

    [Theory]
    [InlineData("http://tracker.example.com", "not an https URL")]
    [InlineData("https://127.0.0.1:5001", "cannot reach")]
    [InlineData("https://192.168.1.20", "cannot reach")]
    [InlineData("https://nas.local", "cannot reach")]
    public void A_notification_url_that_is_not_public_https_fails(string url, string explanation)
    {
        var check = DoctorChecks.NotificationUrl(new OutlookOptions { ClientId = "id", NotificationUrl = url }, new GoogleOptions(), demoMode: false);

        AssertFailedWithFix(check);
        Assert.Contains(explanation, check.Finding);
    }

    [Fact]
    public void A_gmail_push_topic_without_a_push_token_fails()
    {
        var check = DoctorChecks.NotificationUrl(new OutlookOptions(), new GoogleOptions { ClientId = "id", PubSubTopic = "projects/p/topics/t" }, demoMode: false);

        AssertFailedWithFix(check);
        Assert.Contains("PushToken", check.Finding);
    }

    [Theory]
    [InlineData("Sync:MaxConcurrentRequestsPerMailbox")]
    [InlineData("Sync:Workers")]
    [InlineData("polling interval")]
    [InlineData("Outlook:PageSize")]
    [InlineData("Google:UnitsPerMinute")]
    public void Rate_limits_outside_the_providers_limits_fail(string setting)
    {
        var sync = new SyncOptions();
        var outlook = new OutlookOptions();
        var google = new GoogleOptions();
        switch (setting)
        {
            case "Sync:MaxConcurrentRequestsPerMailbox": sync.MaxConcurrentRequestsPerMailbox = 16; break;
            case "Sync:Workers": sync.Workers = 0; break;
            case "polling interval": sync.FreePollingInterval = TimeSpan.FromSeconds(5); break;
            case "Outlook:PageSize": outlook.PageSize = 5000; break;
            case "Google:UnitsPerMinute": google.UnitsPerMinute = 50_000; break;
        }

        var check = DoctorChecks.RateLimits(sync, outlook, google);

        AssertFailedWithFix(check);
        Assert.Contains(setting, check.Finding);
    }

    [Fact]
    public void Default_rate_limits_pass() =>
        Assert.Equal(CheckStatus.Ok, DoctorChecks.RateLimits(new SyncOptions(), new OutlookOptions(), new GoogleOptions()).Status);

    [Fact]
    public void A_missing_key_for_an_existing_database_fails()
    {
        var directory = Directory.CreateTempSubdirectory("doctor-").FullName;
        var database = Path.Combine(directory, "applytrack.db");
        File.WriteAllText(database, "");

        var check = DoctorChecks.EncryptionKey(new ApplyTrackOptions { DataDirectory = directory }, database);

        AssertFailedWithFix(check);
        Assert.Contains("no encryption key", check.Finding);
    }

    [Fact]
    public void A_configured_key_that_is_not_32_bytes_of_base64_fails() =>
        AssertFailedWithFix(DoctorChecks.EncryptionKey(new ApplyTrackOptions { EncryptionKey = Convert.ToBase64String(new byte[16]) }, null));

    [Fact]
    public void A_key_file_readable_by_other_users_fails()
    {
        var directory = Directory.CreateTempSubdirectory("doctor-").FullName;
        var keyFile = WriteKeyFile(directory);
        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var check = DoctorChecks.EncryptionKey(new ApplyTrackOptions { DataDirectory = directory }, Path.Combine(directory, "applytrack.db"));

        AssertFailedWithFix(check);
        Assert.Contains("chmod 600", check.Fix);
    }

    [Fact]
    public void A_key_file_beside_the_database_is_reported()
    {
        var directory = Directory.CreateTempSubdirectory("doctor-").FullName;
        WriteKeyFile(directory);

        var check = DoctorChecks.EncryptionKey(new ApplyTrackOptions { DataDirectory = directory }, Path.Combine(directory, "applytrack.db"));

        Assert.Equal(CheckStatus.Warning, check.Status);
        Assert.Contains("beside the database", check.Finding);
        Assert.Contains("default place", check.Finding);
        Assert.Contains("ApplyTrack__EncryptionKey", check.Fix);
        Assert.Contains($"delete {Path.Combine(directory, "keys", "metadata.key")}", check.Fix);
    }

    [Fact]
    public void A_key_given_by_setting_is_not_beside_the_database()
    {
        var directory = Directory.CreateTempSubdirectory("doctor-").FullName;

        var check = DoctorChecks.EncryptionKey(new ApplyTrackOptions { DataDirectory = directory, EncryptionKey = Convert.ToBase64String(new byte[32]) }, Path.Combine(directory, "applytrack.db"));

        Assert.Equal(CheckStatus.Ok, check.Status);
    }

    [Fact]
    public void A_data_directory_other_users_can_enter_fails()
    {
        var directory = Directory.CreateTempSubdirectory("doctor-").FullName;
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var check = DoctorChecks.DataDirectory(directory);

        AssertFailedWithFix(check);
        Assert.Contains("chmod 700", check.Fix);
    }

    [Fact]
    public void No_data_protection_key_store_and_no_home_fails()
    {
        var check = DoctorChecks.DataProtection(new KeyManagementOptions(), home: null);

        AssertFailedWithFix(check);
        Assert.Contains("signs everyone out", check.Finding);
    }

    [Fact]
    public void A_configured_data_protection_key_store_passes()
    {
        var options = new KeyManagementOptions { XmlRepository = new FileSystemXmlRepository(Directory.CreateTempSubdirectory("dp-"), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance) };

        Assert.Equal(CheckStatus.Ok, DoctorChecks.DataProtection(options, home: null).Status);
    }

    [Fact]
    public void Demo_mode_forced_on_with_real_client_ids_is_reported()
    {
        var check = DoctorChecks.Mode(sandboxEnabled: true, new OutlookOptions { ClientId = "id" }, new GoogleOptions());

        Assert.Equal(CheckStatus.Warning, check.Status);
        Assert.Contains("Demo mode is forced on", check.Finding);
    }

    [Fact]
    public void Low_free_disk_space_fails() =>
        AssertFailedWithFix(DoctorChecks.DiskSpace("/srv/applytrack", availableBytes: 10L * 1024 * 1024, minimumBytes: 500L * 1024 * 1024));

    private static string WriteKeyFile(string dataDirectory)
    {
        Directory.CreateDirectory(Path.Combine(dataDirectory, "keys"));
        var path = Path.Combine(dataDirectory, "keys", "metadata.key");
        File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    private static void AssertFailedWithFix(DoctorCheck check)
    {
        Assert.True(check.Status == CheckStatus.Failed, $"{check.Name}: {check.Status} — {check.Finding}");
        Assert.False(string.IsNullOrWhiteSpace(check.Fix), "a failed check says how to fix it");
    }
}
