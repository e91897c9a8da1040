using System.Text.Json;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Duplicates;

/// <summary>
/// One merge, kept so that it can be undone ("split") for <see cref="UndoWindow"/>: the merged-away application as it
/// was, which of the primary's rows came from it, and what the primary was before. Ids and the names already on the
/// cards only — no email metadata. Deleted with the account; expired records are pruned by the next merge.
/// </summary>
public sealed class ApplicationMerge
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(7);

    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public Guid PrimaryId { get; set; }
    public Guid MergedId { get; set; }
    public DateTimeOffset MergedAt { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>JSON of <see cref="MergeSnapshot"/>.</summary>
    public required string Snapshot { get; set; }

    public bool CanUndo(DateTimeOffset now) => UndoneAt is null && now - MergedAt <= UndoWindow;

    public MergeSnapshot Read() => JsonSerializer.Deserialize<MergeSnapshot>(Snapshot, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("A merge record without its snapshot.");

    public static string Write(MergeSnapshot snapshot) => JsonSerializer.Serialize(snapshot, JsonSerializerOptions.Web);
}

/// <summary>The state an application had, as far as a merge changes it.</summary>
public sealed record ApplicationState(
    string Company, string Role, bool CompanyNamedByPerson, bool RoleNamedByPerson, ApplicationStatus Status, DateTimeOffset StatusSetAt,
    Guid? StageId, List<string> Tags, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, DateTimeOffset UpdatedAt)
{
    public static ApplicationState Of(Application a) =>
        new(a.Company, a.Role, a.CompanyNamedByPerson, a.RoleNamedByPerson, a.Status, a.StatusSetAt, a.StageId, [.. a.Tags], a.CreatedAt, a.LastActivityAt, a.UpdatedAt);
}

/// <summary>What undoing a merge needs.</summary>
public sealed record MergeSnapshot(
    ApplicationState Primary,
    ApplicationState Merged,
    ApplicationState AfterMerge,
    string MergedSource,
    Guid MergeEntryId,
    List<Guid> History,
    List<Guid> Notes,
    List<Guid> Emails,
    List<string> Threads,
    List<Guid> Corrections,
    Guid? Posting,
    JobPosting? DroppedPosting,
    List<Guid> CopiedDismissals);

internal sealed class ApplicationMergeConfiguration : IEntityTypeConfiguration<ApplicationMerge>
{
    public void Configure(EntityTypeBuilder<ApplicationMerge> builder)
    {
        builder.ToTable("application_merges");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.UserId, m.PrimaryId });
        builder.HasIndex(m => m.MergedAt);
    }
}
