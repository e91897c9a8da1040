using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Cluster;

/// <summary>
/// A named piece of work that one instance holds at a time: the instance itself (<c>instance:…</c>, its heartbeat),
/// the scheduler tick (<c>scheduler</c>), a mailbox's IMAP IDLE session (<c>imap-idle:…</c>). Every lease of an
/// instance is renewed by one heartbeat; a dead instance's leases simply run out and another instance claims them.
/// </summary>
public sealed class ClusterLease
{
    public required string Name { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset Until { get; set; }

    /// <summary>The work is running, not only claimed (an IDLE session is idling): what "push on" shows.</summary>
    public bool Engaged { get; set; }
}

internal sealed class ClusterLeaseConfiguration : IEntityTypeConfiguration<ClusterLease>
{
    public void Configure(EntityTypeBuilder<ClusterLease> builder)
    {
        builder.ToTable("cluster_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(250);
        builder.Property(l => l.Owner).HasMaxLength(200);
        builder.HasIndex(l => l.Owner);
    }
}
