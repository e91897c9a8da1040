using System.IO.Compression;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ApplyTrack.Features.Operations;
using ApplyTrack.MailSim.Control;
using ApplyTrack.Tests.Infrastructure;
using ApplyTrack.Tests.Mail;
using Microsoft.Data.Sqlite;

namespace ApplyTrack.Tests.Operations;

public sealed class BackupRestoreTests
{
    private static readonly object Credentials = new { email = $"backup-{Guid.NewGuid():N}@example.com", password = "correct horse battery" };

    [Fact]
    public async Task Backup_during_a_sync_restores_into_a_new_data_directory_with_the_same_board_activity_and_history()
    {
        await using var original = new OutlookApplication();
        await ((IAsyncLifetime)original).InitializeAsync();
        var mailboxEmail = $"backup-{Guid.NewGuid():N}@sandbox.test";
        var mailbox = original.Mailbox(mailboxEmail);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 12; i++) mailbox.Add(TestMail.Receipt($"Backup{i:00} Ltd", $"Role {i}", now.AddDays(-i - 1)));
        for (var i = 0; i < 200; i++) mailbox.Add(TestMail.NonJob(i, now.AddMinutes(-i - 1)).Message);
        var client = original.CreateCookieClient();
        (await client.PostAsJsonAsync("/api/account/register", Credentials)).EnsureSuccessStatusCode();
        original.Sandbox.Faults.Transport = new TransportFaults { LatencyMs = 150 };
        var connectionId = await original.ConnectOutlookAsync(client, mailboxEmail);
        await Eventually.WaitAsync(() => original.CursorHasNextLinkAsync(connectionId), TimeSpan.FromSeconds(60), "a mid-round checkpoint");

        // Act 1: a backup while pages are still being written.
        var midSync = Path.Combine(original.DataFolder, "..", $"mid-sync-{Guid.NewGuid():N}.zip");
        var midSyncRun = await OperatorCommands.RunAsync(BackupCommand.Create(), "--output", midSync, $"--ApplyTrack:DataDirectory={original.DataFolder}");
        Assert.True(midSyncRun.ExitCode == 0, midSyncRun.ToString());
        original.Sandbox.Faults.Transport = new TransportFaults();
        await client.WaitForSuccessfulSyncAsync(connectionId, timeoutSeconds: 60);

        // Act 2: a backup of the same running app once the round is done.
        var finished = Path.Combine(original.DataFolder, "..", $"finished-{Guid.NewGuid():N}.zip");
        var finishedRun = await OperatorCommands.RunAsync(BackupCommand.Create(), "--output", finished, $"--ApplyTrack:DataDirectory={original.DataFolder}");
        Assert.True(finishedRun.ExitCode == 0, finishedRun.ToString());
        var expected = await SnapshotAsync(client);

        // The mid-sync copy is consistent: a prefix of the final state, each card with the history it had.
        var midSyncManifest = ReadManifest(midSync);
        await using (var restoredMidSync = await RestoreAndStartAsync(original, midSync))
        {
            var restoredClient = await SignInAsync(restoredMidSync);
            var partial = await SnapshotAsync(restoredClient);
            Assert.Equal(midSyncManifest.RowCounts["mail_events"], partial.Activity.Count);
            Assert.InRange(partial.Activity.Count, 0, expected.Activity.Count - 1);
            Assert.Subset(expected.Activity.ToHashSet(), partial.Activity.ToHashSet());
            Assert.Equal(partial.Activity.Count, partial.Board.Count);   // one receipt per company: one card per email
            Assert.Subset(expected.Board.ToHashSet(), partial.Board.ToHashSet());
        }

        // The finished copy restores to exactly the same board, activity and status history.
        await using var restored = await RestoreAndStartAsync(original, finished);
        var again = await SignInAsync(restored);
        var actual = await SnapshotAsync(again);
        Assert.Equal(12, expected.Board.Count);
        Assert.Equal(expected.Board, actual.Board);
        Assert.Equal(expected.Activity, actual.Activity);
        Assert.Equal(expected.Histories, actual.Histories);
        var runs = (await again.SyncHistoryAsync(connectionId)).Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.Subset(runs, (await client.SyncHistoryAsync(connectionId)).Select(r => r.GetProperty("id").GetString()).ToHashSet());
        Assert.Contains("IMPORTANT: the encryption key is NOT in this backup", finishedRun.Output);
    }

    [Fact]
    public async Task Restore_refuses_a_backup_with_a_newer_schema()
    {
        var (backup, key) = await SmallBackupAsync();
        RewriteBackup(backup, db => Execute(db, """INSERT INTO "__EFMigrationsHistory" VALUES ('29990101000000_FromTheFuture', '99.0.0')"""),
            manifest => manifest with { SchemaVersion = "29990101000000_FromTheFuture" });
        var target = NewDataDirectoryWithKey(key);

        var run = await OperatorCommands.RunAsync(RestoreCommand.Create(), "--input", backup, $"--ApplyTrack:DataDirectory={target}");

        Assert.True(run.ExitCode == ExitCodes.NewerSchema, run.ToString());
        Assert.Contains("29990101000000_FromTheFuture", run.Error);
        Assert.Contains("newer than this build", run.Error);
        Assert.False(File.Exists(Path.Combine(target, "applytrack.db")));
    }

    [Fact]
    public async Task Restore_refuses_when_the_encryption_key_is_missing()
    {
        var (backup, _) = await SmallBackupAsync();
        var target = Directory.CreateTempSubdirectory("applytrack-restore-").FullName;

        var run = await OperatorCommands.RunAsync(RestoreCommand.Create(), "--input", backup, $"--ApplyTrack:DataDirectory={target}");

        Assert.True(run.ExitCode == ExitCodes.KeyProblem, run.ToString());
        Assert.Contains("There is no encryption key", run.Error);
        Assert.Contains(Path.Combine(target, "keys", "metadata.key"), run.Error);
        Assert.False(File.Exists(Path.Combine(target, "applytrack.db")));
    }

    [Fact]
    public async Task Restore_refuses_a_key_that_is_not_the_backups_key()
    {
        var (backup, _) = await SmallBackupAsync();
        var target = NewDataDirectoryWithKey(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var run = await OperatorCommands.RunAsync(RestoreCommand.Create(), "--input", backup, $"--ApplyTrack:DataDirectory={target}");

        Assert.True(run.ExitCode == ExitCodes.KeyProblem, run.ToString());
        Assert.Contains("is not the key this backup was made with", run.Error);
        Assert.False(File.Exists(Path.Combine(target, "applytrack.db")));
    }

    [Fact]
    public async Task Restore_refuses_a_data_directory_that_already_has_a_database()
    {
        var (backup, key) = await SmallBackupAsync();
        var target = NewDataDirectoryWithKey(key);
        await File.WriteAllTextAsync(Path.Combine(target, "applytrack.db"), "precious");

        var run = await OperatorCommands.RunAsync(RestoreCommand.Create(), "--input", backup, $"--ApplyTrack:DataDirectory={target}");

        Assert.True(run.ExitCode == ExitCodes.TargetNotEmpty, run.ToString());
        Assert.Equal("precious", await File.ReadAllTextAsync(Path.Combine(target, "applytrack.db")));
    }

    private sealed record Snapshot(List<string> Board, List<string> Activity, List<string> Histories);

    private static async Task<Snapshot> SnapshotAsync(HttpClient client)
    {
        var board = (await (await client.GetAsync("/api/applications")).ReadJsonAsync()).EnumerateArray().OrderBy(a => a.GetProperty("id").GetString()).ToList();
        var histories = new List<string>();
        foreach (var card in board)
        {
            histories.Add((await client.GetStringAsync($"/api/applications/{card.GetProperty("id").GetString()}/history")));
        }
        var activity = (await client.ActivityAsync()).Select(e => e.GetRawText()).Order(StringComparer.Ordinal).ToList();
        return new Snapshot([.. board.Select(a => a.GetRawText())], activity, histories);
    }

    private static async Task<OutlookApplication> RestoreAndStartAsync(OutlookApplication original, string backup)
    {
        // What an operator does on a new disk: put the key they kept back in place, then restore.
        var target = Directory.CreateTempSubdirectory("applytrack-restored-").FullName;
        Directory.CreateDirectory(Path.Combine(target, "keys"));
        File.Copy(Path.Combine(original.DataFolder, "keys", "metadata.key"), Path.Combine(target, "keys", "metadata.key"));
        var run = await OperatorCommands.RunAsync(RestoreCommand.Create(), "--input", backup, $"--ApplyTrack:DataDirectory={target}");
        Assert.True(run.ExitCode == 0, run.ToString());

        var restored = new OutlookApplication { SharedDataDirectory = target };
        await ((IAsyncLifetime)restored).InitializeAsync();
        return restored;
    }

    private static async Task<HttpClient> SignInAsync(OutlookApplication app)
    {
        var client = app.CreateCookieClient();
        (await client.PostAsJsonAsync("/api/account/login", Credentials)).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A backup of an app with one account and one card, made under an explicit key.</summary>
    private static async Task<(string Backup, string Key)> SmallBackupAsync()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var app = new KeyedApplication(key);
        await ((IAsyncLifetime)app).InitializeAsync();
        var client = await app.CreateSignedInClientAsync();
        await client.CreateApplicationAsync("Contoso", "Product Manager");
        var backup = Path.Combine(Path.GetTempPath(), $"applytrack-backup-{Guid.NewGuid():N}.zip");
        var run = await OperatorCommands.RunAsync(BackupCommand.Create(), "--output", backup,
            $"--ApplyTrack:DataDirectory={app.DataFolder}", $"--ApplyTrack:EncryptionKey={key}");
        Assert.True(run.ExitCode == 0, run.ToString());
        return (backup, key);
    }

    private static string NewDataDirectoryWithKey(string key)
    {
        var target = Directory.CreateTempSubdirectory("applytrack-restore-").FullName;
        Directory.CreateDirectory(Path.Combine(target, "keys"));
        File.WriteAllText(Path.Combine(target, "keys", "metadata.key"), key);
        return target;
    }

    private static BackupManifest ReadManifest(string backup)
    {
        using var zip = ZipFile.OpenRead(backup);
        using var reader = new StreamReader(zip.GetEntry(BackupManifest.EntryName)!.Open());
        return BackupManifest.FromJson(reader.ReadToEnd())!;
    }

    private static void RewriteBackup(string backup, Action<SqliteConnection> changeDatabase, Func<BackupManifest, BackupManifest> changeManifest)
    {
        var manifest = changeManifest(ReadManifest(backup));
        var db = Path.Combine(Path.GetTempPath(), $"rewrite-{Guid.NewGuid():N}.db");
        using (var zip = ZipFile.OpenRead(backup)) zip.GetEntry(BackupManifest.DatabaseEntryName)!.ExtractToFile(db);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            changeDatabase(connection);
        }
        File.Delete(backup);
        using (var zip = ZipFile.Open(backup, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(db, BackupManifest.DatabaseEntryName);
            using var writer = new StreamWriter(zip.CreateEntry(BackupManifest.EntryName).Open());
            writer.Write(manifest.ToJson());
        }
        File.Delete(db);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
