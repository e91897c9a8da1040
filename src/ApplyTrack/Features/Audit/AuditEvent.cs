using ApplyTrack.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Audit;

/// <summary>What happened to an account's security. Stored under these names; add new kinds at the end.</summary>
public enum AuditKind
{
    SignIn,
    SignInFailed,
    SignOut,
    TokenCreated,
    TokenRevoked,
    TokenRefused,
}

/// <summary>
/// One security-relevant event of one user, append-only: who, when, what, from where. The detail is a short
/// description written by the app (a token's name and prefix, a scope) — never an email's content, a password or a
/// token — so the log can be shown to its user and exported as it is.
/// </summary>
public sealed class AuditEvent
{
    public const int DetailMaxLength = 200;
    public const int UserAgentMaxLength = 200;

    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset At { get; set; }
    public AuditKind Kind { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
    public string? Detail { get; set; }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(AuditEvent.UserAgentMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditEvent.DetailMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.UserId, e.At });
    }
}
