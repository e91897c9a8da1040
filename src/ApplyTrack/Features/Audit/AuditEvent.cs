using ApplyTrack.Features.Hosting;
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
    PasswordChanged,
    SsoLinked,
    MailboxConnected,
    MailboxReconnected,
    MailboxDisconnected,
    MailboxAccessLost,
    PlanChanged,
    DataExported,
    AccountDeleted,
    RulesChanged,
    CorrectionReported,
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

    /// <summary>A new event; where it came from is read from the request, if there is one.</summary>
    public static AuditEvent Create(string userId, AuditKind kind, DateTimeOffset at, HttpContext? http = null, string? detail = null) => new()
    {
        Id = Guid.CreateVersion7(at),
        UserId = userId,
        At = at,
        Kind = kind,
        IpAddress = http is null ? null : RateLimits.ClientAddress(http),
        UserAgent = Bounded(http?.Request.Headers.UserAgent.ToString(), UserAgentMaxLength),
        Detail = Bounded(detail, DetailMaxLength),
    };

    private static string? Bounded(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..(max - 1)] + "…";
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
        // No foreign key to the user: the account-deleted event outlives the account (until retention removes it);
        // the rest of a user's events are deleted with the account by AccountDataApi.DeleteAccountAsync.
        builder.HasIndex(e => new { e.UserId, e.At });
        builder.HasIndex(e => e.At);
    }
}
