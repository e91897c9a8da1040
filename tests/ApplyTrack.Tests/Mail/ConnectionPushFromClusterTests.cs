using System.Net;
using ApplyTrack.Features.Cluster;
using ApplyTrack.Features.Data;
using ApplyTrack.Features.Mail;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// "Push on" is the cluster's answer, given by each provider through the contract: an IMAP mailbox whose IDLE session another
/// instance holds (an engaged lease in the database, no session here) shows push on in the API and on the Integrations page.
/// </summary>
public sealed class ConnectionPushFromClusterTests(OutlookApplication app) : IClassFixture<OutlookApplication>
{
    private const string PushOn = "Push notifications on";

    [Fact]
    public async Task An_IMAP_mailbox_idling_on_another_instance_shows_push_on_here()
    {
        var email = $"cluster-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var connectionId = await AddImapConnectionAsync(email);
        await SetLeaseAsync(connectionId, engaged: false);

        var before = await client.ConnectionAsync(connectionId);
        var pageBefore = await client.GetStringAsync("/Settings/Integrations");
        await SetLeaseAsync(connectionId, engaged: true);
        var after = await client.ConnectionAsync(connectionId);
        var pageAfter = await client.GetStringAsync("/Settings/Integrations");

        Assert.False(before.GetProperty("pushEnabled").GetBoolean());
        Assert.DoesNotContain(PushOn, pageBefore);
        Assert.True(after.GetProperty("pushEnabled").GetBoolean());
        Assert.Contains(PushOn, pageAfter);
    }

    [Fact]
    public async Task A_lease_that_ran_out_is_not_push_on()
    {
        var email = $"cluster-{Guid.NewGuid():N}@example.com";
        var client = await app.CreateSignedInClientAsync(email);
        var connectionId = await AddImapConnectionAsync(email);
        await SetLeaseAsync(connectionId, engaged: true, until: DateTimeOffset.UtcNow.AddMinutes(-1));

        var connection = await client.ConnectionAsync(connectionId);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Settings/Integrations")).StatusCode);
        Assert.False(connection.GetProperty("pushEnabled").GetBoolean());
    }

    /// <summary>An active IMAP connection this instance cannot idle on (no credentials): only the lease table can say push is on.</summary>
    private async Task<Guid> AddImapConnectionAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var connection = MailboxConnection.Create(userId, MailProvider.Imap, $"imap:{Guid.NewGuid():N}", email, 90, DateTimeOffset.UtcNow);
        connection.Status = ConnectionStatus.Active;
        connection.LastSuccessfulSyncAt = DateTimeOffset.UtcNow;
        connection.NextSyncAt = DateTimeOffset.UtcNow.AddDays(1);
        db.MailboxConnections.Add(connection);
        await db.SaveChangesAsync();
        return connection.Id;
    }

    private async Task SetLeaseAsync(Guid connectionId, bool engaged, DateTimeOffset? until = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplyTrackDbContext>();
        var name = ClusterLeases.ImapIdle(connectionId);
        await db.ClusterLeases.Where(l => l.Name == name).ExecuteDeleteAsync();
        db.ClusterLeases.Add(new ClusterLease { Name = name, Owner = "another-instance", Until = until ?? DateTimeOffset.UtcNow.AddMinutes(10), Engaged = engaged });
        await db.SaveChangesAsync();
    }
}
