using System.Data.Common;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Features.Mail.Outlook;
using ApplyTrack.Features.Mail.Providers;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// The ProvidersCheckpointsAndPush migration on a database written by the previous version, on SQLite and on PostgreSQL:
/// every provider's old Graph-named checkpoint columns become its own opaque checkpoint, so a mailbox mid-sync resumes where it stood,
/// and push subscriptions say what they are. Then OutlookRoundInCheckpoint: Outlook's round bookkeeping (messages counted,
/// the oldest one, a backfill under way) moves from its own columns into Outlook's checkpoint. Rolling back restores the old columns.
/// </summary>
public sealed class ProviderCheckpointMigrationTests
{
    private const string Migration = "ProvidersCheckpointsAndPush";

    private static readonly Guid Outlook = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    private static readonly Guid Gmail = Guid.Parse("0190a000-0000-7000-8000-000000000002");
    private static readonly Guid Imap = Guid.Parse("0190a000-0000-7000-8000-000000000003");
    private static readonly Guid OutlookMidRound = Guid.Parse("0190a000-0000-7000-8000-0000000000a1");
    private static readonly Guid OutlookBackfilling = Guid.Parse("0190a000-0000-7000-8000-0000000000a2");
    private static readonly Guid GmailMidRound = Guid.Parse("0190a000-0000-7000-8000-0000000000b1");
    private static readonly Guid GmailIncremental = Guid.Parse("0190a000-0000-7000-8000-0000000000b2");
    private static readonly Guid ImapInbox = Guid.Parse("0190a000-0000-7000-8000-0000000000c1");

    private const string SqliteForeignKeysOff = "PRAGMA foreign_keys = OFF;";
    private const string PostgresForeignKeysOff = "SET session_replication_role = replica;";

    [Fact]
    public Task Sqlite_old_checkpoints_and_subscriptions_are_converted_and_restored_on_rollback() =>
        OnSqliteAsync(db => ConvertsAndRestoresAsync(db, SqliteForeignKeysOff));

    [Fact]
    public Task Postgres_old_checkpoints_and_subscriptions_are_converted_and_restored_on_rollback() =>
        OnPostgresAsync(db => ConvertsAndRestoresAsync(db, PostgresForeignKeysOff));

    [Fact]
    public Task Sqlite_outlook_round_columns_move_into_the_checkpoint_and_back() =>
        OnSqliteAsync(db => MovesRoundIntoCheckpointAsync(db, SqliteForeignKeysOff));

    [Fact]
    public Task Postgres_outlook_round_columns_move_into_the_checkpoint_and_back() =>
        OnPostgresAsync(db => MovesRoundIntoCheckpointAsync(db, PostgresForeignKeysOff));

    private static async Task OnSqliteAsync(Func<ApplyTrackDbContext, Task> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"applytrack-migration-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite($"Data Source={path};Pooling=false").Options;
            await using var db = new SqliteApplyTrackDbContext(options);
            await test(db);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task OnPostgresAsync(Func<ApplyTrackDbContext, Task> test)
    {
        var name = $"applytrack_migration_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(PostgresApplication.ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = name, Pooling = false }.ConnectionString;
        try
        {
            var options = new DbContextOptionsBuilder<PostgresApplyTrackDbContext>().UseNpgsql(connectionString).Options;
            await using var db = new PostgresApplyTrackDbContext(options);
            await test(db);
        }
        finally
        {
            await using var server = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string Before(ApplyTrackDbContext db, string migration)
    {
        var all = db.Database.GetMigrations().ToList();
        return all[all.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal)) - 1];
    }

    private static async Task MovesRoundIntoCheckpointAsync(ApplyTrackDbContext db, string foreignKeysOff)
    {
        var migrator = db.GetService<IMigrator>();
        var previous = Before(db, "OutlookRoundInCheckpoint");
        await migrator.MigrateAsync(previous);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var oldest = new DateTimeOffset(2026, 8, 20, 8, 15, 30, 250, TimeSpan.Zero);
        var exceeded = new DateTimeOffset(2026, 11, 20, 9, 0, 1, 5, TimeSpan.Zero);
        await ExecuteAsync(connection, foreignKeysOff);
        await InsertConnectionAsync(connection, Outlook, "Outlook");
        await InsertConnectionAsync(connection, Gmail, "Gmail");
        // A large folder whose first round hit the cap and whose backfill is under way; a folder mid-round; a Gmail folder.
        const string backfilling = """{"deltaLink":"https://graph.test/delta?$deltatoken=d1","backfillNextLink":"https://graph.test/messages?$skip=50"}""";
        await ExecuteAsync(connection, """
            INSERT INTO folder_cursors ("Id", "ConnectionId", "Folder", "Checkpoint", "RoundMessages", "RoundOldestReceivedAt", "BackfillBefore", "DeltaCapExceededAt")
            VALUES (@a, @outlook, 'archive', @backfilling, 5000, @oldest, @oldest, @exceeded),
                   (@b, @outlook, 'inbox', '{"nextLink":"https://graph.test/delta?$skiptoken=page2"}', 10, @oldest, NULL, NULL),
                   (@c, @gmail, 'INBOX', '4242|page-token-2', 0, NULL, NULL, NULL)
            """, ("a", OutlookBackfilling), ("b", OutlookMidRound), ("c", GmailMidRound), ("outlook", Outlook), ("gmail", Gmail),
            ("backfilling", backfilling), ("oldest", StoredDate(connection, oldest)), ("exceeded", StoredDate(connection, exceeded)));
        await db.Database.CloseConnectionAsync();

        await migrator.MigrateAsync();

        var cursors = await db.FolderCursors.AsNoTracking().ToDictionaryAsync(c => c.Id);
        Assert.Equal(new OutlookCheckpoint(null, "https://graph.test/delta?$deltatoken=d1", "https://graph.test/messages?$skip=50")
        {
            RoundMessages = 5000, RoundOldestReceivedAt = oldest, BackfillBefore = oldest, DeltaCapExceededAt = exceeded,
        }, OutlookCheckpoint.Parse(cursors[OutlookBackfilling].Checkpoint));
        Assert.Equal(new OutlookCheckpoint("https://graph.test/delta?$skiptoken=page2", null) { RoundMessages = 10, RoundOldestReceivedAt = oldest },
            OutlookCheckpoint.Parse(cursors[OutlookMidRound].Checkpoint));
        Assert.Equal("4242|page-token-2", cursors[GmailMidRound].Checkpoint);

        await migrator.MigrateAsync(previous);

        await db.Database.OpenConnectionAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Checkpoint", "RoundMessages", "RoundOldestReceivedAt", "BackfillBefore", "DeltaCapExceededAt" FROM folder_cursors WHERE "Id" = @id""";
            AddParameter(command, "id", OutlookBackfilling);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(OutlookCheckpoint.Parse(backfilling), OutlookCheckpoint.Parse(reader.GetString(0)));
            Assert.Equal(5000, reader.GetInt32(1));
            Assert.Equal(new[] { StoredDate(connection, oldest), StoredDate(connection, oldest), StoredDate(connection, exceeded) },
                new[] { reader.GetValue(2), reader.GetValue(3), reader.GetValue(4) });
        }
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>A date as the database keeps it: UTC ticks on SQLite, timestamptz (read back as a UTC DateTime) on PostgreSQL.</summary>
    private static object StoredDate(DbConnection connection, DateTimeOffset date) =>
        connection is NpgsqlConnection ? date.UtcDateTime : date.UtcTicks;

    private static async Task ConvertsAndRestoresAsync(ApplyTrackDbContext db, string foreignKeysOff)
    {
        var migrator = db.GetService<IMigrator>();
        var previous = Before(db, Migration);
        await migrator.MigrateAsync(previous);
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        // Rows as the previous version wrote them; the user row is beside the point.
        await ExecuteAsync(connection, foreignKeysOff);
        await InsertConnectionAsync(connection, Outlook, "Outlook");
        await InsertConnectionAsync(connection, Gmail, "Gmail");
        await InsertConnectionAsync(connection, Imap, "Imap");
        await InsertCursorAsync(connection, OutlookMidRound, Outlook, "inbox", next: "https://graph.test/delta?$skiptoken=page2", delta: null, backfill: null, subscription: "graph-sub-1");
        await InsertCursorAsync(connection, OutlookBackfilling, Outlook, "archive", next: null, delta: "https://graph.test/delta?$deltatoken=d1", backfill: "https://graph.test/messages?$skip=50", subscription: null);
        await InsertCursorAsync(connection, GmailMidRound, Gmail, "INBOX", next: "4242|page-token-2", delta: null, backfill: null, subscription: $"gmail-watch:{GmailMidRound:N}");
        await InsertCursorAsync(connection, GmailIncremental, Gmail, "Label_7", next: null, delta: "4300", backfill: null, subscription: $"gmail-watch:{GmailIncremental:N}");
        await InsertCursorAsync(connection, ImapInbox, Imap, "inbox", next: null, delta: "1700000000:56:9001", backfill: null, subscription: null);
        await db.Database.CloseConnectionAsync();

        await migrator.MigrateAsync();

        var cursors = await db.FolderCursors.AsNoTracking().ToDictionaryAsync(c => c.Id);
        Assert.Equal(new OutlookCheckpoint("https://graph.test/delta?$skiptoken=page2", null, null), OutlookCheckpoint.Parse(cursors[OutlookMidRound].Checkpoint));
        Assert.Equal((PushKind?)PushKind.GraphSubscription, cursors[OutlookMidRound].Push);
        Assert.Equal("graph-sub-1", cursors[OutlookMidRound].SubscriptionId);
        Assert.Equal(new OutlookCheckpoint(null, "https://graph.test/delta?$deltatoken=d1", "https://graph.test/messages?$skip=50"),
            OutlookCheckpoint.Parse(cursors[OutlookBackfilling].Checkpoint));
        Assert.Null(cursors[OutlookBackfilling].Push);
        Assert.Equal(new GmailCheckpoint("4242", "page-token-2"), GmailCheckpoint.Parse(cursors[GmailMidRound].Checkpoint));
        Assert.Equal(new GmailCheckpoint("4300", null), GmailCheckpoint.Parse(cursors[GmailIncremental].Checkpoint));
        Assert.All(new[] { cursors[GmailMidRound], cursors[GmailIncremental] }, c =>
        {
            Assert.Equal((PushKind?)PushKind.GmailWatch, c.Push);
            Assert.Null(c.SubscriptionId);
        });
        Assert.Equal("1700000000:56:9001", cursors[ImapInbox].Checkpoint);

        await migrator.MigrateAsync(previous);

        await db.Database.OpenConnectionAsync();
        Assert.Equal(("https://graph.test/delta?$skiptoken=page2", null, null, "graph-sub-1"), await OldCursorAsync(connection, OutlookMidRound));
        Assert.Equal((null, "https://graph.test/delta?$deltatoken=d1", "https://graph.test/messages?$skip=50", null), await OldCursorAsync(connection, OutlookBackfilling));
        Assert.Equal(("4242|page-token-2", null, null, $"gmail-watch:{GmailMidRound:N}"), await OldCursorAsync(connection, GmailMidRound));
        Assert.Equal((null, "4300", null, $"gmail-watch:{GmailIncremental:N}"), await OldCursorAsync(connection, GmailIncremental));
        Assert.Equal((null, "1700000000:56:9001", null, null), await OldCursorAsync(connection, ImapInbox));
        await db.Database.CloseConnectionAsync();
    }

    private static Task InsertConnectionAsync(DbConnection connection, Guid id, string provider) => ExecuteAsync(connection, """
        INSERT INTO mailbox_connections ("Id", "UserId", "Provider", "AccountEmail", "AccountId", "Status", "Folders", "HistoryDays", "CreatedAt")
        VALUES (@id, 'user-1', @provider, 'casey@example.test', @account, 'Active', 'inbox', 30, @created)
        """, ("id", id), ("provider", provider), ("account", $"{provider}-account"), ("created", CreatedAt(connection)));

    private static Task InsertCursorAsync(DbConnection connection, Guid id, Guid connectionId, string folder, string? next, string? delta, string? backfill, string? subscription) =>
        ExecuteAsync(connection, """
            INSERT INTO folder_cursors ("Id", "ConnectionId", "Folder", "NextLink", "DeltaLink", "BackfillNextLink", "SubscriptionId", "RoundMessages")
            VALUES (@id, @connection, @folder, @next, @delta, @backfill, @subscription, 0)
            """, ("id", id), ("connection", connectionId), ("folder", folder), ("next", next), ("delta", delta), ("backfill", backfill), ("subscription", subscription));

    private static async Task<(string?, string?, string?, string?)> OldCursorAsync(DbConnection connection, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "NextLink", "DeltaLink", "BackfillNextLink", "SubscriptionId" FROM folder_cursors WHERE "Id" = @id""";
        AddParameter(command, "id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return (Text(0), Text(1), Text(2), Text(3));
    }

    /// <summary>SQLite stores dates as ticks; PostgreSQL as timestamptz.</summary>
    private static object CreatedAt(DbConnection connection) =>
        connection is NpgsqlConnection ? DateTimeOffset.UtcNow : DateTimeOffset.UtcNow.UtcTicks;

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name, value);
        }
        await command.ExecuteNonQueryAsync();
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        // SQLite keeps Guids as upper-case text (EF's default there).
        parameter.Value = value switch
        {
            null => DBNull.Value,
            Guid guid when command is not NpgsqlCommand => guid.ToString().ToUpperInvariant(),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }
}
