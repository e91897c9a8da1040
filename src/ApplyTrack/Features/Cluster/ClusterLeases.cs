using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// Claims, renews and gives back <see cref="ClusterLease"/> rows. A claim is one upsert — atomic on SQLite and
/// PostgreSQL alike — that succeeds when the row is new, already this instance's, or expired.
/// </summary>
public sealed class ClusterLeases(ApplyTrackDbContext db, IOptions<ClusterOptions> options, TimeProvider time)
{
    /// <summary>This process's name in leases (the same as in mailbox-connection leases).</summary>
    public static string Me => ConnectionLease.InstanceId;

    public const string Scheduler = "scheduler";
    public static string Instance(string owner) => $"instance:{owner}";
    public const string ImapIdlePrefix = "imap-idle:";
    public static string ImapIdle(Guid connectionId) => $"{ImapIdlePrefix}{connectionId:N}";

    private const string InstancePrefix = "instance:";

    public async Task<bool> TryClaimAsync(string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.LeaseDuration;
        // A takeover starts disengaged; a renewal keeps what the owner said.
        var claimed = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO cluster_leases ("Name", "Owner", "Until", "Engaged") VALUES ({0}, {1}, {2}, FALSE)
            ON CONFLICT ("Name") DO UPDATE SET
                "Owner" = excluded."Owner",
                "Until" = excluded."Until",
                "Engaged" = CASE WHEN cluster_leases."Owner" = excluded."Owner" THEN cluster_leases."Engaged" ELSE FALSE END
            WHERE cluster_leases."Owner" = excluded."Owner" OR cluster_leases."Until" < {3}
            """,
            [name, Me, Stored(until), Stored(now)], cancellationToken);
        return claimed == 1;
    }

    /// <summary>Extends every lease this instance holds (one UPDATE); the number renewed.</summary>
    public Task<int> RenewAllAsync(CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + options.Value.LeaseDuration;
        return db.Set<ClusterLease>().Where(l => l.Owner == Me).ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, until), cancellationToken);
    }

    public Task<int> ReleaseAsync(string name, CancellationToken cancellationToken) =>
        db.Set<ClusterLease>().Where(l => l.Name == name && l.Owner == Me).ExecuteDeleteAsync(cancellationToken);

    /// <summary>On shutdown: everything this instance held is free at once, no waiting for expiry.</summary>
    public Task<int> ReleaseAllAsync(CancellationToken cancellationToken) =>
        db.Set<ClusterLease>().Where(l => l.Owner == Me).ExecuteDeleteAsync(cancellationToken);

    public Task<int> SetEngagedAsync(string name, bool engaged, CancellationToken cancellationToken) =>
        db.Set<ClusterLease>().Where(l => l.Name == name && l.Owner == Me).ExecuteUpdateAsync(s => s.SetProperty(l => l.Engaged, engaged), cancellationToken);

    /// <summary>Names of the unexpired leases this instance holds that start with <paramref name="prefix"/>.</summary>
    public async Task<HashSet<string>> HeldAsync(string prefix, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var names = await db.Set<ClusterLease>().AsNoTracking()
            .Where(l => l.Owner == Me && l.Until >= now && l.Name.StartsWith(prefix))
            .Select(l => l.Name).ToListAsync(cancellationToken);
        return names.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Which of these leases are held and engaged by some instance right now.</summary>
    public async Task<HashSet<string>> EngagedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var engaged = await db.Set<ClusterLease>().AsNoTracking()
            .Where(l => names.Contains(l.Name) && l.Engaged && l.Until >= now)
            .Select(l => l.Name).ToListAsync(cancellationToken);
        return engaged.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The instances whose heartbeat is current, in a stable order.</summary>
    public async Task<List<string>> LiveInstancesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var owners = await db.Set<ClusterLease>().AsNoTracking()
            .Where(l => l.Name.StartsWith(InstancePrefix) && l.Until >= now)
            .Select(l => l.Owner).ToListAsync(cancellationToken);
        owners.Sort(StringComparer.Ordinal);
        return owners;
    }

    // SQLite keeps dates as UTC ticks (see UtcTicksConverter); PostgreSQL as timestamptz.
    private object Stored(DateTimeOffset value) => UtcTicksConverter.Parameter(db.Database, value);
}
