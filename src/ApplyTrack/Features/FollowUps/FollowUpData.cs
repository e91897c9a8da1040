using System.ComponentModel.DataAnnotations;
using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.FollowUps;

/// <summary>
/// The <c>FollowUps</c> section: the delays every account starts with (a person may change theirs). Insights reads
/// <see cref="NoResponseDays"/> too, so "ghosted" means the same on the card and in the charts.
/// </summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUps";

    [Range(FollowUpDelays.MinDays, FollowUpDelays.MaxDays)]
    public int CheckInAfterApplyingDays { get; set; } = 7;

    [Range(FollowUpDelays.MinDays, FollowUpDelays.MaxDays)]
    public int CheckInAfterInterviewDays { get; set; } = 5;

    [Range(FollowUpDelays.MinDays, FollowUpDelays.MaxDays)]
    public int NoResponseDays { get; set; } = 30;

    public FollowUpDelays Defaults => new(CheckInAfterApplyingDays, CheckInAfterInterviewDays, NoResponseDays);
}

/// <summary>One person's follow-up settings; no row means the defaults.</summary>
public sealed class FollowUpSettings
{
    public const int SignatureMaxLength = 100;

    public required string UserId { get; set; }
    public int CheckInAfterApplyingDays { get; set; }
    public int CheckInAfterInterviewDays { get; set; }
    public int NoResponseDays { get; set; }

    /// <summary>The name drafts are signed with; null: taken from the account's address ("alex.morgan@…" → "Alex Morgan").</summary>
    public string? SignatureName { get; set; }

    public FollowUpDelays Delays => new(CheckInAfterApplyingDays, CheckInAfterInterviewDays, NoResponseDays);
}

/// <summary>A person's "done" or "snooze" on one follow-up occasion (application, kind, anchor).</summary>
public sealed class FollowUpMark
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public Guid ApplicationId { get; set; }
    public FollowUpKind Kind { get; set; }
    public DateTimeOffset Anchor { get; set; }
    public bool Done { get; set; }
    public DateTimeOffset? SnoozedUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public FollowUpMarkState State => new(ApplicationId, Kind, Anchor, Done, SnoozedUntil);
}

internal sealed class FollowUpSettingsConfiguration : IEntityTypeConfiguration<FollowUpSettings>
{
    public void Configure(EntityTypeBuilder<FollowUpSettings> builder)
    {
        builder.ToTable("follow_up_settings");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.SignatureName).HasMaxLength(FollowUpSettings.SignatureMaxLength);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<FollowUpSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpMarkConfiguration : IEntityTypeConfiguration<FollowUpMark>
{
    public void Configure(EntityTypeBuilder<FollowUpMark> builder)
    {
        builder.ToTable("follow_up_marks");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion(k => k.ToApiName(), s => Parse(s)).HasMaxLength(40);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Application>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // One mark per occasion: marking again updates it.
        builder.HasIndex(m => new { m.ApplicationId, m.Kind, m.Anchor }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }

    private static FollowUpKind Parse(string name) =>
        FollowUpKindNames.TryParse(name, out var kind) ? kind : throw new FormatException($"'{name}' is not a follow-up kind.");
}
