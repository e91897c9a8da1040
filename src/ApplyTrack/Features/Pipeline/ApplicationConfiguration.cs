using ApplyTrack.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Pipeline;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Company).HasMaxLength(Application.CompanyMaxLength);
        builder.Property(a => a.Role).HasMaxLength(Application.RoleMaxLength);
        builder.Property(a => a.Source).HasMaxLength(320);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.UserId, a.Status });
        builder.HasOne<PipelineStage>().WithMany().HasForeignKey(a => a.StageId).OnDelete(DeleteBehavior.SetNull);
        builder.PrimitiveCollection(a => a.Tags);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.ToTable("status_changes");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Cause).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.HasIndex(h => new { h.ApplicationId, h.At });
    }
}

internal sealed class ApplicationNoteConfiguration : IEntityTypeConfiguration<ApplicationNote>
{
    public void Configure(EntityTypeBuilder<ApplicationNote> builder)
    {
        builder.ToTable("application_notes");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(ApplicationNote.TextMaxLength);
        builder.Property(n => n.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => new { n.ApplicationId, n.At });
    }
}
