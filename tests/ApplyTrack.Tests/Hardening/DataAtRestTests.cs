using System.Net;
using System.Net.Http.Json;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Tests.Hardening;

/// <summary>What is kept on disk: owner-only files, sessions that survive a restart, a key PostgreSQL must be given.</summary>
public sealed class DataAtRestTests
{
    private sealed class SqliteIn(string folder) : ApplyTrackApplication
    {
        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ApplyTrack:DataDirectory"] = folder,
        };
    }

    private sealed class PostgresWithoutKey : ApplyTrackApplication
    {
        protected override IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=never_used",
        };
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_session_survives_a_restart_and_the_data_folder_is_owner_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"applytrack-restart-{Guid.NewGuid():N}");
        try
        {
            string cookie;
            await using (var first = new SqliteIn(folder))
            {
                var register = await first.CreateClient().PostAsJsonAsync("/api/account/register", new { email = $"r-{Guid.NewGuid():N}@example.com", password = "correct horse battery" });
                register.EnsureSuccessStatusCode();
                cookie = string.Join("; ", register.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            }

            await using var second = new SqliteIn(folder);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
            request.Headers.Add("Cookie", cookie);
            var me = await second.CreateClient().SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(folder));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(folder, "keys")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "keys", "metadata.key")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "applytrack.db")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys", "data-protection")));
            Assert.DoesNotContain("<masterKey", string.Concat(Directory.GetFiles(Path.Combine(folder, "keys", "data-protection")).Select(File.ReadAllText)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void PostgreSQL_without_a_configured_encryption_key_refuses_to_start()
    {
        using var app = new PostgresWithoutKey();

        var error = Assert.ThrowsAny<Exception>(() => app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApplyTrack.Features.Data.DatabaseOptions>>().Value.Provider.ToString());

        Assert.Contains("ApplyTrack__EncryptionKey", Flatten(error));
    }

    private static string Flatten(Exception error) => error is AggregateException aggregate
        ? string.Join(" ", aggregate.InnerExceptions.Select(Flatten))
        : error.Message + " " + (error.InnerException is { } inner ? Flatten(inner) : "");
}
