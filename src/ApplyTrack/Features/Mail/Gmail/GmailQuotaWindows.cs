using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Mail.Gmail;

/// <summary>
/// The Gmail quota units one mailbox has spent in its current fixed one-minute window, shared by every sync and every
/// instance: a new sync, or another instance, continues the mailbox's window instead of starting a fresh one.
/// </summary>
public sealed class GmailQuotaWindow
{
    /// <summary>The connection's id ("N" format): one row per mailbox.</summary>
    public required string Mailbox { get; set; }
    public DateTimeOffset WindowStart { get; set; }
    public int UnitsSpent { get; set; }
}

internal sealed class GmailQuotaWindowConfiguration : IEntityTypeConfiguration<GmailQuotaWindow>
{
    public void Configure(EntityTypeBuilder<GmailQuotaWindow> builder)
    {
        builder.ToTable("gmail_quota_windows");
        builder.HasKey(w => w.Mailbox);
        builder.Property(w => w.Mailbox).HasMaxLength(32);
    }
}

/// <summary>
/// Spends Gmail quota units from a mailbox's window. Checking and spending is one upsert — atomic on SQLite and PostgreSQL
/// alike — so two syncs (on one instance or two) never both take the last units of a window.
/// </summary>
public sealed class GmailQuotaWindows(ApplyTrackDbContext db, TimeProvider time)
{
    /// <summary>Gmail's per-user quota is counted per minute; a fixed minute paced at the configured units stays under it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Waits, honouring cancellation, until <paramref name="units"/> fit in the mailbox's window, and spends them.</summary>
    public async Task SpendAsync(Guid connectionId, int units, int unitsPerWindow, CancellationToken cancellationToken)
    {
        while (await TrySpendAsync(connectionId, units, unitsPerWindow, cancellationToken) is { } wait)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    /// <summary>Null when the units were spent; otherwise how long until the current window ends.</summary>
    public async Task<TimeSpan?> TrySpendAsync(Guid connectionId, int units, int unitsPerWindow, CancellationToken cancellationToken)
    {
        // A call dearer than the whole budget would never fit; it takes a whole window instead.
        units = Math.Clamp(units, 1, unitsPerWindow);
        var mailbox = Key(connectionId);
        var now = time.GetUtcNow();
        var expiredIfStartedBy = now - Window;
        // A window that is over starts again now with these units; a current one takes them only while they fit.
        var spent = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO gmail_quota_windows ("Mailbox", "WindowStart", "UnitsSpent") VALUES ({0}, {1}, {2})
            ON CONFLICT ("Mailbox") DO UPDATE SET
                "WindowStart" = CASE WHEN gmail_quota_windows."WindowStart" <= {3} THEN excluded."WindowStart" ELSE gmail_quota_windows."WindowStart" END,
                "UnitsSpent" = CASE WHEN gmail_quota_windows."WindowStart" <= {3} THEN excluded."UnitsSpent"
                                    ELSE gmail_quota_windows."UnitsSpent" + excluded."UnitsSpent" END
            WHERE gmail_quota_windows."WindowStart" <= {3} OR gmail_quota_windows."UnitsSpent" + excluded."UnitsSpent" <= {4}
            """,
            [mailbox, Stored(now), units, Stored(expiredIfStartedBy), unitsPerWindow], cancellationToken);
        if (spent == 1)
        {
            return null;
        }

        var start = await db.Set<GmailQuotaWindow>().AsNoTracking().Where(w => w.Mailbox == mailbox)
            .Select(w => (DateTimeOffset?)w.WindowStart).FirstOrDefaultAsync(cancellationToken);
        // Another instance's clock may run ahead: never wait longer than one window.
        var wait = start is { } s ? s + Window - now : TimeSpan.Zero;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Window ? Window : wait;
    }

    public static string Key(Guid connectionId) => connectionId.ToString("N");

    // Raw SQL bypasses the model's converters: UTC ticks on SQLite, timestamptz on PostgreSQL (see UtcTicksConverter).
    private object Stored(DateTimeOffset value) => UtcTicksConverter.Parameter(db.Database, value);
}
