using System.IO.Compression;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace ApplyTrack.Features.Operations;

/// <summary>
/// Online backup of the SQLite database: SQLite's backup API copies a consistent snapshot page by page while
/// the app keeps reading and writing (a file copy could catch a half-written transaction or miss the WAL).
/// </summary>
internal static class SqliteBackup
{
    public static async Task<BackupManifest> CreateAsync(string databasePath, string outputPath, string? keyCheck, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            throw new OperationsException(ExitCodes.Failure, $"There is no database at {databasePath}. Check ApplyTrack:DataDirectory or Database:ConnectionString.");
        }

        outputPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var snapshot = Path.Combine(Path.GetDirectoryName(outputPath)!, $".{Path.GetFileName(outputPath)}.{Guid.NewGuid():N}.db");
        var partial = outputPath + ".partial";
        try
        {
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await destination.OpenAsync(cancellationToken);
                source.BackupDatabase(destination);
                // A self-contained file: no WAL beside it.
                await ExecuteAsync(destination, "PRAGMA journal_mode=DELETE;", cancellationToken);
            }

            var (schema, counts) = await DescribeAsync(snapshot, cancellationToken);
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, schema.LastOrDefault() ?? "", time.GetUtcNow(), Version, counts, keyCheck);

            await using (var zip = new ZipArchive(File.Create(partial), ZipArchiveMode.Create))
            {
                await zip.CreateEntryFromFileAsync(snapshot, BackupManifest.DatabaseEntryName, CompressionLevel.Optimal, cancellationToken);
                await using var writer = new StreamWriter(await zip.CreateEntry(BackupManifest.EntryName).OpenAsync(cancellationToken));
                await writer.WriteAsync(manifest.ToJson());
            }
            File.Move(partial, outputPath, overwrite: true);
            RestrictToOwner(outputPath);
            return manifest;
        }
        finally
        {
            File.Delete(snapshot);
            File.Delete(partial);
        }
    }

    /// <summary>Opens an archive: its manifest and its database extracted to a temporary file (deleted by the caller).</summary>
    public static async Task<(BackupManifest Manifest, string DatabaseFile)> OpenAsync(string archivePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(archivePath))
        {
            throw new OperationsException(ExitCodes.Failure, $"There is no backup file at {archivePath}.");
        }
        try
        {
            await using var zip = new ZipArchive(File.OpenRead(archivePath), ZipArchiveMode.Read);
            var manifestEntry = zip.GetEntry(BackupManifest.EntryName);
            var databaseEntry = zip.GetEntry(BackupManifest.DatabaseEntryName);
            if (manifestEntry is null || databaseEntry is null)
            {
                throw new OperationsException(ExitCodes.Failure, $"{archivePath} is not an ApplyTrack backup (it needs {BackupManifest.EntryName} and {BackupManifest.DatabaseEntryName}).");
            }
            using var reader = new StreamReader(await manifestEntry.OpenAsync(cancellationToken));
            var manifest = BackupManifest.FromJson(await reader.ReadToEndAsync(cancellationToken))
                ?? throw new OperationsException(ExitCodes.Failure, $"The manifest in {archivePath} is empty.");
            var file = Path.Combine(Path.GetTempPath(), $"applytrack-restore-{Guid.NewGuid():N}.db");
            await databaseEntry.ExtractToFileAsync(file, cancellationToken);
            return (manifest, file);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            throw new OperationsException(ExitCodes.Failure, $"{archivePath} is not a readable ApplyTrack backup: {e.Message}");
        }
    }

    /// <summary>The applied migrations (oldest first) and the row count of every table.</summary>
    public static async Task<(IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> RowCounts)> DescribeAsync(string databaseFile, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);

        var tables = await QueryAsync(connection, """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock'
            ORDER BY name
            """, r => r.GetString(0), cancellationToken);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => t != "__EFMigrationsHistory"))
        {
            counts[table] = (await QueryAsync(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", r => r.GetInt64(0), cancellationToken))[0];
        }
        IReadOnlyList<string> migrations = tables.Contains("__EFMigrationsHistory")
            ? await QueryAsync(connection, """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """, r => r.GetString(0), cancellationToken)
            : [];
        return (migrations, counts);
    }

    public static async Task<string> IntegrityCheckAsync(string databaseFile, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return string.Join("; ", await QueryAsync(connection, "PRAGMA integrity_check;", r => r.GetString(0), cancellationToken));
    }

    public static string Version =>
        typeof(SqliteBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<T>> QueryAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}

/// <summary>Exit codes of the operator tools, for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int TargetNotEmpty = 2;
    public const int NewerSchema = 3;
    public const int KeyProblem = 4;
}

/// <summary>A refusal with a message for the operator and the exit code that goes with it.</summary>
internal sealed class OperationsException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
