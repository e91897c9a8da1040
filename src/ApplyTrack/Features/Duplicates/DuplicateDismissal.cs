using ApplyTrack.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Duplicates;

/// <summary>
/// A person said two applications are not the same ("Not a duplicate"): the pair is never suggested again. The ids are
/// ordered (<see cref="DuplicateRules.PairOf"/>). No foreign key to the applications: an application merged away may
/// come back (undo), and a merge carries its dismissals over to the primary.
/// </summary>
public sealed class DuplicateDismissal
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public Guid FirstId { get; set; }
    public Guid SecondId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DuplicateDismissalConfiguration : IEntityTypeConfiguration<DuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<DuplicateDismissal> builder)
    {
        builder.ToTable("duplicate_dismissals");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.UserId, d.FirstId, d.SecondId }).IsUnique();
    }
}
