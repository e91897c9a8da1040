using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Data;

/// <summary>
/// The product's data. Provider-specific subclasses exist only so each provider keeps its own
/// checked-in migrations set (Migrations/Sqlite, Migrations/Postgres).
/// </summary>
public abstract class ApplyTrackDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<ApplicationNote> ApplicationNotes => Set<ApplicationNote>();
    public DbSet<MailboxConnection> MailboxConnections => Set<MailboxConnection>();
    public DbSet<FolderCursor> FolderCursors => Set<FolderCursor>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<MailEvent> MailEvents => Set<MailEvent>();
    public DbSet<PendingAuthorization> PendingAuthorizations => Set<PendingAuthorization>();
    public DbSet<Corrections.Correction> Corrections => Set<Corrections.Correction>();
    public DbSet<AdminConsentRequest> AdminConsentRequests => Set<AdminConsentRequest>();
    public DbSet<Cluster.ClusterLease> ClusterLeases => Set<Cluster.ClusterLease>();
    public DbSet<Rules.MailRule> MailRules => Set<Rules.MailRule>();
    public DbSet<PipelineStage> PipelineStages => Set<PipelineStage>();
    public DbSet<FollowUps.FollowUpSettings> FollowUpSettings => Set<FollowUps.FollowUpSettings>();
    public DbSet<FollowUps.FollowUpMark> FollowUpMarks => Set<FollowUps.FollowUpMark>();
    public DbSet<Duplicates.DuplicateDismissal> DuplicateDismissals => Set<Duplicates.DuplicateDismissal>();
    public DbSet<Duplicates.ApplicationMerge> ApplicationMerges => Set<Duplicates.ApplicationMerge>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplyTrackDbContext).Assembly);
    }
}

public sealed class SqliteApplyTrackDbContext(DbContextOptions<SqliteApplyTrackDbContext> options) : ApplyTrackDbContext(options)
{
    // SQLite has no native date-time-with-offset type; UTC ticks keep ORDER BY, comparisons and grouping by day in SQL (see UtcTicksConverter).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>With PostgreSQL, the data-protection keys live in the database too, shared by every instance.</summary>
public sealed class PostgresApplyTrackDbContext(DbContextOptions<PostgresApplyTrackDbContext> options) : ApplyTrackDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
