using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Corrections;

/// <summary>
/// A person's word on one job email the classifier read: what it really is (<see cref="Label"/>, <c>none</c> for "not a job
/// email") and which application it belongs to. Kept as metadata: it teaches the user's later syncs (a sender or thread
/// marked not-job is not stored again; an assigned thread stays with its application) and, only when the person also
/// reports the email, holds its text, re-fetched from the provider and encrypted, for training.
/// </summary>
public sealed class Correction
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>The corrected email (one correction per email: a second one replaces the first).</summary>
    public Guid? MailEventId { get; set; }

    public EmailLabel Label { get; set; }
    public EmailEvent Event { get; set; }
    public EmailLabel FormerLabel { get; set; }
    public EmailEvent FormerEvent { get; set; }

    /// <summary>The application the person said the email belongs to; null for "not a job email".</summary>
    public Guid? ApplicationId { get; set; }

    /// <summary>The employer and role the person's application holds, as training truth.</summary>
    public string? Company { get; set; }
    public string? Role { get; set; }

    /// <summary>Keyed hash (HMAC) of the sender's address: set for "not job", so later mail from it is not stored.</summary>
    public string? SenderKey { get; set; }

    /// <summary>Keyed hash (HMAC) of the conversation id: a not-job thread is ignored, an assigned one follows its application.</summary>
    public string? ThreadKey { get; set; }

    /// <summary>AES-256-GCM ciphertext of the sender, as the email's metadata had it.</summary>
    public required byte[] Sender { get; set; }

    /// <summary>AES-256-GCM ciphertext of the subject; empty for "not a job email" (non-job subjects are not kept).</summary>
    public required byte[] Subject { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Only after the person's explicit opt-in: the email as the provider returned it again (from, to, subject, body, as
    /// JSON), AES-256-GCM encrypted. Null otherwise: bodies are never kept.
    /// </summary>
    public byte[]? Report { get; set; }
    public DateTimeOffset? ReportedAt { get; set; }
}

public static class CorrectionPurposes
{
    public const string Report = "correction.report";
}

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.ToTable("corrections");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Label).HasConversion(v => v.Name(), s => EmailNames.ParseLabel(s)).HasMaxLength(20);
        builder.Property(c => c.Event).HasConversion(v => v.Name(), s => EmailNames.ParseEvent(s)).HasMaxLength(40);
        builder.Property(c => c.FormerLabel).HasConversion(v => v.Name(), s => EmailNames.ParseLabel(s)).HasMaxLength(20);
        builder.Property(c => c.FormerEvent).HasConversion(v => v.Name(), s => EmailNames.ParseEvent(s)).HasMaxLength(40);
        builder.Property(c => c.Company).HasMaxLength(Application.CompanyMaxLength);
        builder.Property(c => c.Role).HasMaxLength(Application.RoleMaxLength);
        builder.Property(c => c.SenderKey).HasMaxLength(64);
        builder.Property(c => c.ThreadKey).HasMaxLength(64);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MailEvent>().WithMany().HasForeignKey(c => c.MailEventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.MailEventId).IsUnique();
        builder.HasIndex(c => new { c.UserId, c.CreatedAt });
    }
}
