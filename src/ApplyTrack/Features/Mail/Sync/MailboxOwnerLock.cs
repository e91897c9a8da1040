using System.Collections.Concurrent;
using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Mail.Sync;

/// <summary>
/// One sync per user at a time, across all of the user's mailboxes and all instances: two mailboxes that both
/// receive one email (a copy, a forward) must not both decide "not seen yet" and make two cards. On PostgreSQL
/// a session-level advisory lock (released by the server if the instance dies); SQLite is one instance, so an
/// in-process gate is enough.
/// </summary>
public sealed class MailboxOwnerLock(ApplyTrackDbContext db)
{
    // Advisory-lock namespace of this application (first key of pg_try_advisory_lock(int, int)).
    private const int LockSpace = 0x41545231;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <returns>A handle that releases the lock, or null when another sync of this user holds it.</returns>
    public async Task<IAsyncDisposable?> TryEnterAsync(string userId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            var gate = Gates.GetOrAdd(userId, _ => new SemaphoreSlim(1, 1));
            return await gate.WaitAsync(0, cancellationToken) ? new Released(() => { gate.Release(); return Task.CompletedTask; }) : null;
        }

        // The lock belongs to the session: keep this context's connection open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var taken = await db.Database
            .SqlQuery<bool>($"""SELECT pg_try_advisory_lock({LockSpace}, hashtext({userId})) AS "Value" """)
            .SingleAsync(cancellationToken);
        if (!taken)
        {
            await db.Database.CloseConnectionAsync();
            return null;
        }
        return new Released(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockSpace}, hashtext({userId}))", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        });
    }

    private sealed class Released(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}
