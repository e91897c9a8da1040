using System.Security.Cryptography;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Rules;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ApplyTrack.Tests.Rules;

/// <summary>
/// A rule stored in plain text before <c>RulesSealed</c> survives the migration on both providers (SQLite rebuilds the
/// table), keeps working before the start-up step seals it, is sealed once by that step (a second run finds nothing) and
/// reads back the same.
/// </summary>
public abstract class RuleSealingMigrationTests
{
    /// <summary>What the app's contexts get from AddDbContext: the interceptor, and services holding the metadata key.</summary>
    private readonly IServiceProvider _services = new ServiceCollection().AddSingleton(new MetadataCipher(RandomNumberGenerator.GetBytes(32))).BuildServiceProvider();

    protected abstract ApplyTrackDbContext CreateContext(bool sealing = false);

    protected static TBuilder Sealing<TBuilder>(TBuilder builder, bool sealing, IServiceProvider services) where TBuilder : DbContextOptionsBuilder =>
        sealing ? (TBuilder)builder.AddInterceptors(RuleSealing.Instance).UseApplicationServiceProvider(services) : builder;

    protected IServiceProvider Services => _services;

    protected abstract Task WithoutForeignKeysAsync(ApplyTrackDbContext db);

    /// <summary>{0} id, {1} conditions JSON, {2} actions JSON: a row as the plain-text version wrote it.</summary>
    protected abstract string Insert { get; }

    [Fact]
    public async Task A_plain_text_rule_survives_the_migration_still_matches_and_is_sealed_once()
    {
        var id = Guid.NewGuid();
        const string conditions = """[{"field":"sender","operator":"domain","value":"contoso-plain.example"}]""";
        const string actions = """[{"type":"addNote","value":"plain note value"}]""";
        await using (var db = CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_RulesSealed", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            await db.Database.OpenConnectionAsync();
            await WithoutForeignKeysAsync(db);
            await db.Database.ExecuteSqlRawAsync(Insert, id, conditions, actions);
            await db.GetService<IMigrator>().MigrateAsync();
        }

        var facts = new MailFacts("jobs@contoso-plain.example", null, "Your application", null, null, null, "applied", "application_received", null);
        await using (var db = CreateContext(sealing: true))
        {
            var before = await db.MailRules.AsNoTracking().SingleAsync(r => r.Id == id);
            Assert.Equal(RuleMatchResult.Yes, RuleEvaluation.Matches(before, facts));
            Assert.Equal(1, await RuleSealing.SealPlainRulesAsync(db, CancellationToken.None));
        }
        await using (var db = CreateContext(sealing: true))
        {
            Assert.Equal(0, await RuleSealing.SealPlainRulesAsync(db, CancellationToken.None));
            var after = await db.MailRules.AsNoTracking().SingleAsync(r => r.Id == id);
            Assert.Equal(RuleMatchResult.Yes, RuleEvaluation.Matches(after, facts));
            Assert.Equal([new RuleAction("addNote", "plain note value")], after.Actions);
            var stored = await db.Database.SqlQueryRaw<StoredRow>("""SELECT "Conditions", "Actions", "Definition" FROM mail_rules""").SingleAsync();
            Assert.Null(stored.Conditions);
            Assert.Null(stored.Actions);
            Assert.NotNull(stored.Definition);
            Assert.DoesNotContain("contoso-plain", System.Text.Encoding.UTF8.GetString(stored.Definition));
            Assert.Equal([new RuleCondition("sender", "domain", "contoso-plain.example")], after.Conditions);
        }
    }

    private sealed class StoredRow
    {
        public string? Conditions { get; init; }
        public string? Actions { get; init; }
        public byte[]? Definition { get; init; }
    }
}

public sealed class SqliteRuleSealingMigrationTests : RuleSealingMigrationTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"applytrack-sealing-{Guid.NewGuid():N}.db");

    protected override ApplyTrackDbContext CreateContext(bool sealing = false) =>
        new SqliteApplyTrackDbContext(Sealing(new DbContextOptionsBuilder<SqliteApplyTrackDbContext>().UseSqlite($"Data Source={_path};Pooling=false"), sealing, Services).Options);

    protected override Task WithoutForeignKeysAsync(ApplyTrackDbContext db) => db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");

    protected override string Insert => """
        INSERT INTO mail_rules ("Id", "UserId", "Name", "Position", "Enabled", "Match", "Conditions", "Actions", "CreatedAt", "UpdatedAt", "FiredCount")
        VALUES ({0}, 'user', 'Old rule', 0, 1, 'All', {1}, {2}, 0, 0, 0)
        """;

    public void Dispose() => File.Delete(_path);
}

public sealed class PostgresRuleSealingMigrationTests : RuleSealingMigrationTests, IAsyncLifetime
{
    private readonly string _name = $"applytrack_sealing_{Guid.NewGuid():N}";

    protected override ApplyTrackDbContext CreateContext(bool sealing = false)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresApplication.ServerConnectionString) { Database = _name, Pooling = false }.ConnectionString;
        return new PostgresApplyTrackDbContext(Sealing(new DbContextOptionsBuilder<PostgresApplyTrackDbContext>().UseNpgsql(connectionString), sealing, Services).Options);
    }

    protected override Task WithoutForeignKeysAsync(ApplyTrackDbContext db) => db.Database.ExecuteSqlRawAsync("SET session_replication_role = replica");

    protected override string Insert => """
        INSERT INTO mail_rules ("Id", "UserId", "Name", "Position", "Enabled", "Match", "Conditions", "Actions", "CreatedAt", "UpdatedAt", "FiredCount")
        VALUES ({0}, 'user', 'Old rule', 0, true, 'All', {1}, {2}, now(), now(), 0)
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
