using ApplyTrack.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// A person's own step inside one status (Interviewing: Phone screen → Technical → Onsite → Final), in order. Stages
/// refine where an application stands; the five statuses and <see cref="StatusTransition"/> stay the pipeline's rules.
/// </summary>
public sealed class PipelineStage
{
    public const int NameMaxLength = 60;
    public const int MaxPerStatus = 12;

    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public ApplicationStatus Status { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }

    /// <summary>"interviewing/Onsite": how rules name a stage, so they survive export and import.</summary>
    public string Key => Stages.Key(Status, Name);
}

/// <summary>The small decisions about stages, kept pure like <see cref="StatusTransition"/>.</summary>
public static class Stages
{
    public static string Key(ApplicationStatus status, string name) => $"{status.ToApiName()}/{name}";

    /// <summary>The stage a rule names ("interviewing/Onsite", any case) among the user's stages.</summary>
    public static PipelineStage? Find(IEnumerable<PipelineStage> stages, string? key)
    {
        var slash = key?.IndexOf('/') ?? -1;
        if (slash <= 0 || !ApplicationStatusNames.TryParse(key![..slash], out var status))
        {
            return null;
        }
        var name = key[(slash + 1)..].Trim();
        return stages.FirstOrDefault(s => s.Status == status && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The stage a round's note names ("Final round" → Final, "Technical interview" → Technical) among the stages of the
    /// application's status, when it lies further along than the current one: like automation, a note never moves back.
    /// </summary>
    public static PipelineStage? FromRoundNote(IEnumerable<PipelineStage> stages, ApplicationStatus status, Guid? currentStageId, string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }
        var ofStatus = stages.Where(s => s.Status == status).OrderBy(s => s.Position).ToList();
        var current = ofStatus.FindIndex(s => s.Id == currentStageId);
        var named = ofStatus.FindLastIndex(s => note.Contains(s.Name, StringComparison.OrdinalIgnoreCase) || s.Name.Contains(note.Trim(), StringComparison.OrdinalIgnoreCase));
        return named > current ? ofStatus[named] : null;
    }

    /// <summary>Normalises a tag a person or rule gives ("  Referral " → "Referral"); null when it is not a usable tag.</summary>
    public static string? CleanTag(string? tag) =>
        tag?.Trim() is { Length: > 0 and <= TagMaxLength } clean && !clean.Contains(',') ? clean : null;

    public const int TagMaxLength = 40;
    public const int MaxTags = 20;
}

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> builder)
    {
        builder.ToTable("pipeline_stages");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(PipelineStage.NameMaxLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.Key);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.UserId, s.Status, s.Position });
    }
}
