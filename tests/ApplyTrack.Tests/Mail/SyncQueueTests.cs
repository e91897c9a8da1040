using ApplyTrack.Features.Mail;
using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Tests.Mail;

/// <summary>The sync queue's two lanes: what a person waits for goes before polls and first syncs.</summary>
public sealed class SyncQueueTests
{
    private static async Task<List<SyncRequest>> DrainAsync(SyncQueue queue, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var taken = new List<SyncRequest>();
        for (var i = 0; i < count; i++)
        {
            taken.Add(await queue.DequeueAsync(timeout.Token));
        }
        return taken;
    }

    [Fact]
    public async Task A_push_goes_before_first_syncs_and_polls_queued_earlier()
    {
        var queue = new SyncQueue();
        var onboarding = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in onboarding)
        {
            Assert.True(queue.Enqueue(id, SyncTrigger.Connected));
        }
        var polled = Guid.NewGuid();
        Assert.True(queue.Enqueue(polled, SyncTrigger.Poll));
        var pushed = Guid.NewGuid();
        Assert.True(queue.Enqueue(pushed, SyncTrigger.Push));
        var manual = Guid.NewGuid();
        Assert.True(queue.Enqueue(manual, SyncTrigger.Manual));

        var order = await DrainAsync(queue, 53);

        Assert.Equal([pushed, manual], order.Take(2).Select(r => r.ConnectionId));
        Assert.Equal([.. onboarding, polled], order.Skip(2).Select(r => r.ConnectionId));
    }

    [Fact]
    public async Task A_push_for_a_mailbox_waiting_in_the_bulk_lane_moves_it_up_once_as_it_was()
    {
        var queue = new SyncQueue();
        var first = Guid.NewGuid();
        var waiting = Guid.NewGuid();
        Assert.True(queue.Enqueue(first, SyncTrigger.Connected));
        Assert.True(queue.Enqueue(waiting, SyncTrigger.Connected, queuedAt: 42));

        Assert.True(queue.Enqueue(waiting, SyncTrigger.Push));
        Assert.False(queue.Enqueue(waiting, SyncTrigger.Push)); // moved up already: a burst is still one sync
        Assert.False(queue.Enqueue(waiting, SyncTrigger.Poll));

        var moved = await queue.DequeueAsync(CancellationToken.None);
        Assert.Equal(waiting, moved.ConnectionId);
        Assert.Equal(SyncTrigger.Connected, moved.Trigger);
        Assert.Equal(42, moved.QueuedAt);

        // The bulk copy is stale: only the other mailbox is left, and then the queue waits.
        Assert.Equal(first, (await queue.DequeueAsync(CancellationToken.None)).ConnectionId);
        using var shortly = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await queue.DequeueAsync(shortly.Token));

        // Once taken, the mailbox can be queued again.
        Assert.True(queue.Enqueue(waiting, SyncTrigger.Poll));
        Assert.Equal(waiting, (await queue.DequeueAsync(CancellationToken.None)).ConnectionId);
    }

    [Fact]
    public async Task A_reader_waiting_on_an_empty_queue_wakes_for_either_lane()
    {
        var queue = new SyncQueue();
        var pending = queue.DequeueAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(pending.IsCompleted);
        var id = Guid.NewGuid();
        queue.Enqueue(id, SyncTrigger.Poll);
        Assert.Equal(id, (await pending.WaitAsync(TimeSpan.FromSeconds(5))).ConnectionId);
    }
}
