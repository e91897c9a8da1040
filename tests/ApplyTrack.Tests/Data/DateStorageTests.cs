using System.Reflection;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Cluster;
using ApplyTrack.Features.Corrections;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Data.Migrations.Sqlite;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ApplyTrack.Tests.Data;

/// <summary>
/// SQLite keeps dates as UTC ticks. The DatesAsUtcTicks migration turns every date the previous version wrote
/// (EF's DateTimeOffsetToBinaryConverter packing) into the same instant as UTC ticks, keeps NULLs, and rolls back.
/// </summary>
public sealed class DateStorageTests
{
    private const string Migration = "DatesAsUtcTicks";

    /// <summary>
    /// The tables and columns the migration converted, read from a database migrated to it (its recorded model cannot
    /// say: migrations merged in parallel are missing from it). Later migrations add tables and columns and move some
    /// away: rows are written and read here through today's model cut down to what existed then.
    /// </summary>
    private static readonly Lazy<HashSet<(string Table, string Column)>> SchemaThen = new(() => SchemaAfter(Migration));

    private static HashSet<(string Table, string Column)> ColumnsThen => SchemaThen.Value;

    private static HashSet<(string Table, string Column)> SchemaAfter(string migration)
    {
        var path = Path.Combine(Path.GetTempPath(), $"applytrack-schema-{Guid.NewGuid():N}.db");
        try
        {
            using (var db = SqliteContext($"Data Source={path};Pooling=false"))
            {
                var target = db.Database.GetMigrations().Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
                db.GetService<IMigrator>().Migrate(target);
            }
            using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
            using var reader = command.ExecuteReader();
            var columns = new HashSet<(string, string)>();
            while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
            return columns;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool ExistedThen(IReadOnlyEntityType type) => ColumnsThen.Any(c => c.Table == type.GetTableName());

    private static bool ExistedThen(IReadOnlyEntityType type, IReadOnlyProperty property) => ColumnsThen.Contains((type.GetTableName()!, property.GetColumnName()));

    // Offsets the old format could hold, including both 11-bit extremes the product never wrote (it writes UTC).
    private static readonly TimeSpan[] Offsets =
        [TimeSpan.Zero, new(5, 30, 0), new(-8, 0, 0), new(14, 0, 0), new(-14, 0, 0), TimeSpan.FromMinutes(-1)];

    [Fact]
    public void The_migration_converts_every_date_column_of_the_model()
    {
        using var db = SqliteContext($"Data Source={Path.Combine(Path.GetTempPath(), "unused.db")}");
        var model = db.GetService<IDesignTimeModel>().Model;
        // Every date column of today's model that existed when the migration ran is one it converts, and it names only
        // columns that existed then.
        var today = model.GetEntityTypes().SelectMany(t => DateProperties(t).Where(p => ExistedThen(t, p))
            .Select(p => (Table: t.GetTableName()!, Column: p.GetColumnName()))).ToHashSet();

        Assert.Equal(32, DatesAsUtcTicks.Columns.Count);
        Assert.Subset(DatesAsUtcTicks.Columns.ToHashSet(), today);
        Assert.All(DatesAsUtcTicks.Columns, column => Assert.Contains(column, ColumnsThen));
    }

    [Fact]
    public async Task Sqlite_packed_dates_become_the_same_instants_as_utc_ticks_and_roll_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"applytrack-dates-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path};Pooling=false";
        try
        {
            string previous;
            await using (var db = SqliteContext(connectionString))
            {
                var all = db.Database.GetMigrations().ToList();
                previous = all[all.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)) - 1];
                await db.GetService<IMigrator>().MigrateAsync(previous);
            }

            // Rows as the previous version wrote them: every date column of every table, set and (where nullable) NULL.
            Dictionary<(string, string, string), DateTimeOffset?> written;
            await using (var legacy = LegacyContext(connectionString))
            {
                written = await WriteEveryDateAsync(legacy);
            }
            Assert.Equal(new DateTimeOffsetToBinaryConverter().ConvertToProvider(written[("Application", "CreatedAt", ApplicationId.ToString())]),
                await RawAsync(connectionString, """SELECT "CreatedAt" FROM applications WHERE "UserId" = 'user-0'"""));

            await using (var db = SqliteContext(connectionString))
            {
                await db.GetService<IMigrator>().MigrateAsync();
                var read = await ReadEveryDateAsync(db);
                AssertSameInstants(written, read);
                Assert.All(read.Values, v => Assert.True(v is null || v.Value.Offset == TimeSpan.Zero));
                Assert.Equal(written[("Application", "CreatedAt", ApplicationId.ToString())]!.Value.UtcTicks,
                    await RawAsync(connectionString, """SELECT "CreatedAt" FROM applications WHERE "UserId" = 'user-0'"""));

                await db.GetService<IMigrator>().MigrateAsync(previous);
            }

            await using (var legacy = LegacyContext(connectionString))
            {
                AssertSameInstants(written, await ReadEveryDateAsync(legacy));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Sqlite_keeps_every_tick_and_its_own_date_functions_read_the_stored_value()
    {
        var path = Path.Combine(Path.GetTempPath(), $"applytrack-dates-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path};Pooling=false";
        try
        {
            var at = new DateTimeOffset(2026, 11, 28, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999);
            await using (var db = SqliteContext(connectionString))
            {
                await db.Database.MigrateAsync();
                db.Users.Add(new AppUser { Id = "user-1", UserName = "u1", CreatedAt = at });
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                Assert.Equal(at.UtcTicks, (await db.Users.SingleAsync()).CreatedAt.UtcTicks);
                // Comparisons stay in SQL.
                Assert.Equal(1, await db.Users.CountAsync(u => u.CreatedAt > at.AddTicks(-1) && u.CreatedAt < at.AddTicks(1)));
            }
            Assert.Equal("2026-11-28 23:59:59",
                await RawAsync(connectionString, """SELECT datetime(("CreatedAt" - 621355968000000000) / 10000000, 'unixepoch') FROM "AspNetUsers" """));
            Assert.Equal(DateOnly.FromDateTime(at.UtcDateTime).DayNumber, (long)(await RawAsync(connectionString, """SELECT "CreatedAt" / 864000000000 FROM "AspNetUsers" """))!);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly Guid ConnectionId = Guid.Parse("0190b000-0000-7000-8000-000000000001");
    private static readonly Guid ApplicationId = Guid.Parse("0190b000-0000-7000-8000-000000000002");

    /// <summary>Two rows of every entity with a date: one with every date set (mixed offsets), one with the nullable ones NULL.</summary>
    private static async Task<Dictionary<(string, string, string), DateTimeOffset?>> WriteEveryDateAsync(ApplyTrackDbContext db)
    {
        var rows = new List<object>();
        for (var i = 0; i < 2; i++)
        {
            var userId = $"user-{i}";
            var connectionId = i == 0 ? ConnectionId : Guid.NewGuid();
            var applicationId = i == 0 ? ApplicationId : Guid.NewGuid();
            var mailId = Guid.NewGuid();
            rows.Add(new AppUser { Id = userId, UserName = userId, NormalizedUserName = userId.ToUpperInvariant(), Email = $"{userId}@example.test" });
            rows.Add(new MailboxConnection { Id = connectionId, UserId = userId, AccountEmail = $"{userId}@example.test", AccountId = $"account-{i}" });
            rows.Add(new FolderCursor { Id = Guid.NewGuid(), ConnectionId = connectionId, Folder = "inbox" });
            rows.Add(new SyncRun { Id = Guid.NewGuid(), ConnectionId = connectionId });
            rows.Add(new Application { Id = applicationId, UserId = userId, Company = "Contoso", Role = "Engineer" });
            rows.Add(new StatusChange { Id = Guid.NewGuid(), ApplicationId = applicationId, Reason = "Created by you" });
            rows.Add(new ApplicationNote { Id = Guid.NewGuid(), ApplicationId = applicationId, Text = "Called back" });
            rows.Add(new MailEvent { Id = mailId, UserId = userId, ConnectionId = connectionId, ProviderMessageId = $"m-{i}", Sender = [1], Subject = [2], ApplicationId = applicationId });
            rows.Add(new Correction { Id = Guid.NewGuid(), UserId = userId, MailEventId = mailId, ApplicationId = applicationId, Sender = [1], Subject = [2] });
            rows.Add(new PendingAuthorization { State = $"pending-{i}", UserId = userId, CodeVerifier = [3], RedirectUri = "https://localhost/cb" });
            rows.Add(new AdminConsentRequest { State = $"consent-{i}", UserId = userId, RedirectUri = "https://localhost/cb" });
            rows.Add(new ClusterLease { Name = $"lease-{i}", Owner = "instance-a" });
            rows.Add(new ApplyTrack.Features.Mail.Gmail.GmailQuotaWindow { Mailbox = $"{connectionId:N}" });
        }

        var written = new Dictionary<(string, string, string), DateTimeOffset?>();
        var instant = new DateTimeOffset(2026, 3, 29, 0, 59, 59, 999, TimeSpan.Zero);
        var n = 0;
        foreach (var (row, index) in rows.Select((r, index) => (r, index)))
        {
            var entry = db.Add(row);
            foreach (var property in DateProperties(entry.Metadata))
            {
                DateTimeOffset? value = null;
                if (index < rows.Count / 2 || !property.IsNullable)
                {
                    // Distinct instants a few hours apart (whole milliseconds: the old format keeps 1000-tick steps).
                    instant = instant.AddHours(5).AddMilliseconds(7);
                    value = instant.ToOffset(Offsets[n++ % Offsets.Length]);
                }
                entry.Property(property.Name).CurrentValue = value;
            }
        }
        await db.SaveChangesAsync();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            foreach (var property in DateProperties(entry.Metadata))
            {
                written[(entry.Metadata.ClrType.Name, property.Name, Key(entry))] = (DateTimeOffset?)entry.Property(property.Name).CurrentValue;
            }
        }
        Assert.Equal(2 * db.Model.GetEntityTypes().Where(ExistedThen).Sum(t => DateProperties(t).Count()), written.Count);
        Assert.Contains(written.Values, v => v is null);
        return written;
    }

    private static async Task<Dictionary<(string, string, string), DateTimeOffset?>> ReadEveryDateAsync(ApplyTrackDbContext db)
    {
        var read = new Dictionary<(string, string, string), DateTimeOffset?>();
        var all = typeof(DateStorageTests).GetMethod(nameof(AllAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in db.Model.GetEntityTypes().Where(t => ExistedThen(t) && DateProperties(t).Any()))
        {
            var rows = await (Task<List<object>>)all.MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
            foreach (var entry in rows.Select(r => db.Entry(r)))
            {
                foreach (var property in DateProperties(type).Where(p => ExistedThen(type, p)))
                {
                    read[(type.ClrType.Name, property.Name, Key(entry))] = (DateTimeOffset?)entry.Property(property.Name).CurrentValue;
                }
            }
        }
        return read;
    }

    private static async Task<List<object>> AllAsync<T>(DbContext db) where T : class =>
        (await db.Set<T>().AsNoTracking().ToListAsync()).Cast<object>().ToList();

    private static void AssertSameInstants(Dictionary<(string, string, string), DateTimeOffset?> expected, Dictionary<(string, string, string), DateTimeOffset?> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, value) in expected)
        {
            Assert.True(value?.UtcTicks == actual[key]?.UtcTicks, $"{key}: expected {value:O}, read {actual[key]:O}");
        }
    }

    private static string Key(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static IEnumerable<IReadOnlyProperty> DateProperties(IReadOnlyEntityType type) =>
        type.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?));

    private static async Task<object?> RawAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static SqliteApplyTrackDbContext SqliteContext(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite(connectionString).Options);

    /// <summary>
    /// Today's model cut down to the tables and columns the migration knew, with the previous version's date mapping, to
    /// write and read dates as that version did.
    /// </summary>
    private static SqliteApplyTrackDbContext LegacyContext(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite(connectionString)
            .ReplaceService<IModelCustomizer, PackedDates>().Options);

    private sealed class PackedDates(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            // Outlook's round count, moved into its checkpoint later, was a NOT NULL column then.
            modelBuilder.Entity<FolderCursor>().Property<int>("RoundMessages");
            foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => !ExistedThen(t)).ToList())
            {
                modelBuilder.Ignore(type.ClrType);
            }
            foreach (var type in modelBuilder.Model.GetEntityTypes().ToList())
            {
                foreach (var property in type.GetProperties().Where(p => !p.IsPrimaryKey() && !ExistedThen(type, p)).ToList())
                {
                    modelBuilder.Entity(type.ClrType).Ignore(property.Name);
                }
            }
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
            }
        }
    }
}
