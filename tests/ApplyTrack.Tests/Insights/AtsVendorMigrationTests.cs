using ApplyTrack.Features.Data;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ApplyTrack.Tests.Insights;

/// <summary>
/// Mail recorded before <c>mail_events.AtsVendor</c> existed gets its vendor from the classifier's stored reasons
/// ("sent through Greenhouse on the employer's behalf") when the migration runs, on both providers.
/// </summary>
public abstract class AtsVendorMigrationTests
{
    protected abstract Task<ApplyTrackDbContext> CreateContextAsync();

    /// <summary>Rows written by the previous version, alone: no user or mailbox rows behind them.</summary>
    protected abstract Task WithoutForeignKeysAsync(ApplyTrackDbContext db);

    protected abstract string Insert { get; }

    [Fact]
    public async Task Mail_recorded_before_the_column_gets_its_vendor_from_the_classifiers_reasons()
    {
        await using var db = await CreateContextAsync();
        var migrations = db.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_TemplatesAndAtsVendor", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(previous);
        await db.Database.OpenConnectionAsync();
        await WithoutForeignKeysAsync(db);
        (string Id, string Reasons)[] rows =
        [
            ("greenhouse", "subject says the application was received\nsent through Greenhouse on the employer's behalf"),
            ("jungle", "sent through Welcome to the Jungle on the employer's behalf\nsigned by a recruiter"),
            ("direct", "subject says the application was received"),
        ];
        foreach (var (id, reasons) in rows)
        {
            await db.Database.ExecuteSqlRawAsync(Insert, Guid.NewGuid(), Guid.NewGuid(), id, reasons);
        }

        await db.GetService<IMigrator>().MigrateAsync();
        var vendors = await db.Database.SqlQueryRaw<VendorRow>("""SELECT "ProviderMessageId" AS "Id", "AtsVendor" AS "Vendor" FROM mail_events""").ToListAsync();

        Assert.Equal([("direct", null), ("greenhouse", "Greenhouse"), ("jungle", "Welcome to the Jungle")],
            vendors.OrderBy(v => v.Id).Select(v => (v.Id, v.Vendor)));
    }

    private sealed class VendorRow
    {
        public string Id { get; init; } = "";
        public string? Vendor { get; init; }
    }
}

public sealed class SqliteAtsVendorMigrationTests : AtsVendorMigrationTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"applytrack-vendor-{Guid.NewGuid():N}.db");

    protected override Task<ApplyTrackDbContext> CreateContextAsync() =>
        Task.FromResult<ApplyTrackDbContext>(new SqliteApplyTrackDbContext(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite($"Data Source={_path};Pooling=false").Options));

    protected override Task WithoutForeignKeysAsync(ApplyTrackDbContext db) => db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");

    protected override string Insert => """
        INSERT INTO mail_events ("Id", "UserId", "ConnectionId", "ProviderMessageId", "Sender", "Subject", "ReceivedAt", "Label", "Event", "Confidence", "Reasons", "Outcome", "OutcomeDetail", "ProcessedAt")
        VALUES ({0}, 'user', {1}, {2}, x'01', x'02', 0, 'applied', 'application_received', 0.9, {3}, 'CreatedApplication', '', 0)
        """;

    public void Dispose() => File.Delete(_path);
}

public sealed class PostgresAtsVendorMigrationTests : AtsVendorMigrationTests, IAsyncLifetime
{
    private readonly string _name = $"applytrack_vendor_{Guid.NewGuid():N}";

    protected override Task<ApplyTrackDbContext> CreateContextAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = _name, Pooling = false }.ConnectionString;
        return Task.FromResult<ApplyTrackDbContext>(new PostgresApplyTrackDbContext(new DbContextOptionsBuilder<PostgresApplyTrackDbContext>().UseNpgsql(connectionString).Options));
    }

    protected override Task WithoutForeignKeysAsync(ApplyTrackDbContext db) => db.Database.ExecuteSqlRawAsync("SET session_replication_role = replica");

    protected override string Insert => """
        INSERT INTO mail_events ("Id", "UserId", "ConnectionId", "ProviderMessageId", "Sender", "Subject", "ReceivedAt", "Label", "Event", "Confidence", "Reasons", "Outcome", "OutcomeDetail", "ProcessedAt")
        VALUES ({0}, 'user', {1}, {2}, decode('01', 'hex'), decode('02', 'hex'), now(), 'applied', 'application_received', 0.9, {3}, 'CreatedApplication', '', now())
        """;

    public async Task InitializeAsync()
    {
        await using var server = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", server);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await using var server = new NpgsqlConnection(PostgresApplication.ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
