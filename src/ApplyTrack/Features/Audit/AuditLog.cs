using ApplyTrack.Features.Data;
using ApplyTrack.Features.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ApplyTrack.Features.Audit;

/// <summary>The <c>Audit</c> section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How long an event is kept; older ones are deleted once a day. Default one year.</summary>
    public int RetentionDays { get; set; } = 365;
}

/// <summary>
/// Appends to a user's audit log (<c>audit_events</c>). Rows are only ever added — <see cref="RecordAsync"/> at once,
/// <see cref="Stage"/> together with the change it records (one SaveChanges, so a change is never saved without its
/// event or the reverse) — and leave only with the account or by retention. An event of a user who no longer exists (a
/// sign-out after deleting the account) is not recorded, except the deletion itself.
/// </summary>
public sealed class AuditLog(ApplyTrackDbContext db, TimeProvider time, IHttpContextAccessor requests)
{
    public async Task RecordAsync(string userId, AuditKind kind, HttpContext? http, string? detail = null, CancellationToken cancellationToken = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return;
        }
        db.Set<AuditEvent>().Add(Create(userId, kind, http, detail));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds the event to the context without saving: the caller's next SaveChanges writes it with the change it records.
    /// Where and from what the request came is taken from the current request, if there is one (none in a sync).
    /// </summary>
    public void Stage(string userId, AuditKind kind, string? detail = null) =>
        db.Set<AuditEvent>().Add(Create(userId, kind, requests.HttpContext, detail));

    /// <summary>
    /// The account is gone: its events go with it, and one event says it was deleted, when and from where (kept, like any
    /// event, for the retention period — for the operator, since nobody can sign in to see it).
    /// </summary>
    public async Task RecordAccountDeletedAsync(string userId, CancellationToken cancellationToken)
    {
        await db.Set<AuditEvent>().Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.Set<AuditEvent>().Add(Create(userId, AuditKind.AccountDeleted, requests.HttpContext, null));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditEvent Create(string userId, AuditKind kind, HttpContext? http, string? detail) =>
        AuditEvent.Create(userId, kind, time.GetUtcNow(), http, detail);

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
        AuditKind.PasswordChanged => "Password changed",
        AuditKind.SsoLinked => "Single sign-on linked",
        AuditKind.MailboxConnected => "Mailbox connected",
        AuditKind.MailboxReconnected => "Mailbox reconnected",
        AuditKind.MailboxDisconnected => "Mailbox disconnected",
        AuditKind.MailboxAccessLost => "Mailbox access lost (sign-in needed)",
        AuditKind.PlanChanged => "Plan changed",
        AuditKind.DataExported => "Data exported",
        AuditKind.AccountDeleted => "Account deleted",
        AuditKind.RulesChanged => "Email rules changed",
        AuditKind.CorrectionReported => "Email correction",
        _ => kind.ToString(),
    };
}

public static class AuditExtensions
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).Validate(o => o.RetentionDays >= 1, "Audit:RetentionDays must be at least 1.");
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddHostedService<AuditRetention>();
        return builder;
    }
}
