using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail.Gmail;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// Gmail quota pacing is the mailbox's, kept in the database: two clients for one mailbox — two syncs, or two instances —
/// share one budget per window instead of each starting a fresh one. On SQLite and PostgreSQL.
/// </summary>
public abstract class GmailQuotaPacingTests(OutlookApplication app)
{
    private const int Budget = 5;

    // Dates come back from the database truncated (SQLite's binary form keeps 0.1 ms, PostgreSQL 1 µs).
    private static readonly TimeSpan Stored = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task Two_clients_for_one_mailbox_share_one_quota_window()
    {
        var connectionId = await ConnectedMailboxAsync();
        // A day ahead of the app's own clock: the app's sync spent its units in a window long over.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(1));
        var windowStart = time.GetUtcNow();
        using var first = await ClientAsync(connectionId, time);
        using var second = await ClientAsync(connectionId, time);

        for (var i = 0; i < Budget; i++)
        {
            await first.ListLabelsAsync(CancellationToken.None);      // 1 unit each: the window's whole budget
        }
        var paced = second.ListLabelsAsync(CancellationToken.None);
        await Task.WhenAny(paced, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.False(paced.IsCompleted, "the second client waits for the window the first one spent");

        using var cancelled = new CancellationTokenSource();
        var abandoned = second.GetProfileAsync(cancelled.Token);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        while (!paced.IsCompleted && time.GetUtcNow() - windowStart < TimeSpan.FromMinutes(3))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            // Once the window is over the call should go: give it real time to, so a loaded machine does not let the
            // fake clock run on past it.
            var patience = time.GetUtcNow() - windowStart >= GmailQuotaWindows.Window ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(20);
            await Task.WhenAny(paced, Task.Delay(patience));
        }
        var labels = await paced;
        var waited = time.GetUtcNow() - windowStart;

        Assert.NotNull(labels.Labels);
        Assert.InRange(waited, GmailQuotaWindows.Window, GmailQuotaWindows.Window + TimeSpan.FromSeconds(10));
        var window = await WindowAsync(connectionId);
        Assert.Equal(1, window.UnitsSpent);                                 // the new window holds the paced call only
        Assert.True(window.WindowStart >= windowStart + GmailQuotaWindows.Window - Stored, "the paced call opened the next window");
    }

    [Fact]
    public async Task Concurrent_spends_never_overdraw_a_window()
    {
        var connectionId = Guid.NewGuid();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var results = await Task.WhenAll(Enumerable.Range(0, 3 * Budget).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var windows = new GmailQuotaWindows(scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>(), time);
            return await windows.TrySpendAsync(connectionId, 1, Budget, CancellationToken.None);
        }));
        time.Advance(GmailQuotaWindows.Window);
        await using var next = app.Services.CreateAsyncScope();
        var afterWindow = await new GmailQuotaWindows(next.ServiceProvider.GetRequiredService<ApplyTrackDbContext>(), time)
            .TrySpendAsync(connectionId, Budget, Budget, CancellationToken.None);

        Assert.Equal(Budget, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.InRange(r!.Value, GmailQuotaWindows.Window - Stored, GmailQuotaWindows.Window));
        Assert.Null(afterWindow);
        Assert.Equal(Budget, (await WindowAsync(connectionId)).UnitsSpent);
    }

    private async Task<Guid> ConnectedMailboxAsync()
    {
        var mailboxEmail = $"paced-{Guid.NewGuid():N}@gmail.test";
        app.Mailbox(mailboxEmail).Add(TestMail.Receipt("Contoso", "Analyst", DateTimeOffset.UtcNow.AddDays(-1)));
        var client = await app.CreateSignedInClientAsync();
        var connectionId = await app.ConnectGmailAsync(client, mailboxEmail);
        await client.WaitForSuccessfulSyncAsync(connectionId);
        return connectionId;
    }

    /// <summary>A client as a sync builds it (the app's identity, endpoints and resilient HttpClient), on the test's clock.</summary>
    private async Task<GmailClient> ClientAsync(Guid connectionId, TimeProvider time)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connection = await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().MailboxConnections.AsNoTracking()
            .SingleAsync(c => c.Id == connectionId);
        return new GmailClient(connection, app.Services.GetRequiredService<GoogleIdentity>(), app.Services.GetRequiredService<GoogleEndpoints>(),
            app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(GoogleIdentity.HttpClientName),
            app.Services.GetRequiredService<IServiceScopeFactory>(), time, Budget);
    }

    private async Task<GmailQuotaWindow> WindowAsync(Guid connectionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>().Set<GmailQuotaWindow>().AsNoTracking()
            .SingleAsync(w => w.Mailbox == GmailQuotaWindows.Key(connectionId));
    }
}

public sealed class SqliteGmailQuotaPacingTests(OutlookApplication app) : GmailQuotaPacingTests(app), IClassFixture<OutlookApplication>;

public sealed class PostgresGmailQuotaPacingTests(PostgresOutlookApplication app) : GmailQuotaPacingTests(app), IClassFixture<PostgresOutlookApplication>;
