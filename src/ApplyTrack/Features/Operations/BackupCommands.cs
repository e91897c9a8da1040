using System.CommandLine;
using ApplyTrack.Features.Data;

namespace ApplyTrack.Features.Operations;

/// <summary>`applytrack backup --output FILE`: a consistent copy of the SQLite database while the app runs.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "The backup file to write (a zip: applytrack.db + manifest.json).", Required = true };
        var command = new Command("backup", "Copy the SQLite database safely while ApplyTrack runs (SQLite online backup) with a manifest.") { output };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, cancellationToken) =>
        {
            var (stdout, stderr) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var host = OperationsHost.Build(ParseResultTokens.Of(result));
            if (host.Database.Provider == DatabaseProvider.Postgres)
            {
                await stderr.WriteLineAsync("""
                    This instance uses PostgreSQL: back it up with pg_dump (see "Operating ApplyTrack" in the README), e.g.
                      pg_dump --format=custom --file=applytrack.dump "$DATABASE_URL"
                    and keep the encryption key (ApplyTrack:EncryptionKey) in a separate safe place.
                    """);
                return ExitCodes.Failure;
            }

            try
            {
                var key = EncryptionKeyFile.Find(host.App);
                var file = result.GetValue(output)!.FullName;
                var manifest = await SqliteBackup.CreateAsync(host.SqlitePath, file, key.CheckValue(), TimeProvider.System, cancellationToken);
                await stdout.WriteLineAsync($"Backed up {host.SqlitePath} to {file}");
                await stdout.WriteLineAsync($"  schema {manifest.SchemaVersion}, taken {manifest.CreatedAt:u}");
                await stdout.WriteLineAsync($"  {string.Join(", ", manifest.RowCounts.Where(c => !c.Key.StartsWith("AspNet", StringComparison.Ordinal) || c.Key == "AspNetUsers").Select(c => $"{c.Key} {c.Value}"))}");
                await stdout.WriteLineAsync();
                await stdout.WriteLineAsync(KeyReminder(key));
                return ExitCodes.Success;
            }
            catch (OperationsException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return e.ExitCode;
            }
        });
        return command;
    }

    private static string KeyReminder(EncryptionKeyFile key) => key.Key is null
        ? $"""
          WARNING: no encryption key was found ({key.Problem}) The tokens, senders and subjects in this backup
          cannot be decrypted without the key the app used. Find it before you need this backup.
          """
        : $"""
          IMPORTANT: the encryption key is NOT in this backup. Without it the tokens, senders and subjects in it
          cannot be read. The key comes from {key.Source}.
          Back it up once, separately from this file (a password manager or another machine), e.g.
            cp "{(key.Source.StartsWith('/') ? key.Source : "<key file>")}" /somewhere/safe/applytrack-metadata.key
          and to restore, put it back at <data directory>/keys/metadata.key or set ApplyTrack__EncryptionKey.
          """;
}

/// <summary>`applytrack restore --input FILE`: a backup into an empty data directory, refusing a newer schema or a missing key.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "A backup file written by `applytrack backup`.", Required = true };
        var command = new Command("restore", "Restore a backup into an empty data directory (the encryption key must already be in place).") { input };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, cancellationToken) =>
        {
            var (stdout, stderr) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            using var host = OperationsHost.Build(ParseResultTokens.Of(result));
            try
            {
                var restored = await RestoreAsync(host, result.GetValue(input)!.FullName, cancellationToken);
                await stdout.WriteLineAsync($"Restored {restored.Manifest.SchemaVersion} backup of {restored.Manifest.CreatedAt:u} to {restored.DatabasePath}.");
                await stdout.WriteLineAsync("Start ApplyTrack as usual; it applies any newer migrations of this build on start.");
                return ExitCodes.Success;
            }
            catch (OperationsException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return e.ExitCode;
            }
        });
        return command;
    }

    private static async Task<(BackupManifest Manifest, string DatabasePath)> RestoreAsync(OperationsHost host, string archive, CancellationToken cancellationToken)
    {
        if (host.Database.Provider == DatabaseProvider.Postgres)
        {
            throw new OperationsException(ExitCodes.Failure, "This instance uses PostgreSQL: restore with pg_restore (see \"Operating ApplyTrack\" in the README).");
        }

        var target = host.SqlitePath;
        if (File.Exists(target) || File.Exists(target + "-wal"))
        {
            throw new OperationsException(ExitCodes.TargetNotEmpty,
                $"Restore only goes into an empty data directory, and {target} exists. Stop ApplyTrack and move the old database away, or restore with --ApplyTrack:DataDirectory=<new folder>.");
        }

        var (manifest, file) = await SqliteBackup.OpenAsync(archive, cancellationToken);
        try
        {
            var known = host.KnownMigrations();
            var (applied, _) = await SqliteBackup.DescribeAsync(file, cancellationToken);
            var unknown = applied.Append(manifest.SchemaVersion).Where(m => m.Length > 0).Except(known).Distinct().ToList();
            if (unknown.Count > 0)
            {
                throw new OperationsException(ExitCodes.NewerSchema,
                    $"The backup's schema ({string.Join(", ", unknown)}) is newer than this build of ApplyTrack knows (its latest is {known.LastOrDefault()}). " +
                    $"Install ApplyTrack {manifest.ApplicationVersion} or later and restore with it.");
            }

            var key = EncryptionKeyFile.Find(host.App);
            if (key.Key is null)
            {
                throw new OperationsException(ExitCodes.KeyProblem,
                    $"{key.Problem} Put the encryption key you backed up at {EncryptionKeyFile.DefaultPath(host.App)} (or set ApplyTrack__EncryptionKey) and run restore again.");
            }
            if (manifest.KeyCheck is { } check && check != key.CheckValue())
            {
                throw new OperationsException(ExitCodes.KeyProblem,
                    $"The encryption key from {key.Source} is not the key this backup was made with: nothing in it could be decrypted. Put the right key in place and run restore again.");
            }

            var integrity = await SqliteBackup.IntegrityCheckAsync(file, cancellationToken);
            if (integrity != "ok")
            {
                throw new OperationsException(ExitCodes.Failure, $"The database in the backup is damaged: {integrity}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var staging = target + ".restoring";
            File.Copy(file, staging, overwrite: true);
            SqliteBackup.RestrictToOwner(staging);
            File.Move(staging, target);
            return (manifest, target);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
