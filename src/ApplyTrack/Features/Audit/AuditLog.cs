using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Audit;

/// <summary>
/// Appends to a user's audit log (<c>audit_events</c>) at once. Rows are only ever added; they go with the account.
/// An event of a user who no longer exists (a sign-out after deleting the account) is not recorded.
/// </summary>
public sealed class AuditLog(ApplyTrackDbContext db, TimeProvider time)
{
    public async Task RecordAsync(string userId, AuditKind kind, HttpContext? http, string? detail = null, CancellationToken cancellationToken = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return;
        }
        var now = time.GetUtcNow();
        db.Set<AuditEvent>().Add(new AuditEvent
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            At = now,
            Kind = kind,
            IpAddress = http is null ? null : RateLimits.ClientAddress(http),
            UserAgent = Bounded(http?.Request.Headers.UserAgent.ToString(), AuditEvent.UserAgentMaxLength),
            Detail = Bounded(detail, AuditEvent.DetailMaxLength),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether this kind of event with this detail was recorded for the user since <paramref name="since"/> (to keep a retry loop from flooding the log).</summary>
    public Task<bool> RecordedSinceAsync(string userId, AuditKind kind, string detail, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Set<AuditEvent>().AnyAsync(e => e.UserId == userId && e.Kind == kind && e.Detail == detail && e.At >= since, cancellationToken);

    public Task<List<AuditEvent>> RecentAsync(string userId, int count, CancellationToken cancellationToken) =>
        db.Set<AuditEvent>().AsNoTracking().Where(e => e.UserId == userId).OrderByDescending(e => e.At).Take(count).ToListAsync(cancellationToken);

    public static string Describe(AuditKind kind) => kind switch
    {
        AuditKind.SignIn => "Signed in",
        AuditKind.SignInFailed => "Failed sign-in (wrong password)",
        AuditKind.SignOut => "Signed out",
        AuditKind.TokenCreated => "Access token created",
        AuditKind.TokenRevoked => "Access token revoked",
        AuditKind.TokenRefused => "Access token refused",
        _ => kind.ToString(),
    };

    private static string? Bounded(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..(max - 1)] + "…";
}

public static class AuditExtensions
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditLog>();
        return builder;
    }
}
