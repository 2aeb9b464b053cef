using CrowdSim.Model.Market;

namespace CrowdSim.Model.Tests;

public class TaskQueueTests
{
    private static PostedTask Task(long id, long postedMs) => new(id, postedMs, 0, -1, 0, 100, 50);

    [Fact]
    public void Take_ReturnsOldestFirst_AndMeasuresWaitInContinuousTime()
    {
        var queue = new TaskQueue(0, new QueueKey(0, -1, 0), expiryMs: 1_000_000);
        queue.Arrive(Task(1, 7 * 60_000));   // posted 00:07
        queue.Arrive(Task(2, 9 * 60_000));
        queue.AdvanceTo(11 * 60_000, inclusive: true, _ => { });
        var taken = queue.Take(11 * 60_000); // taken 00:11
        Assert.Equal(1, taken.Id);
        Assert.Equal(4 * 60_000, queue.Tick.WaitSumMs);
    }

    [Fact]
    public void AdvanceTo_ExpiresAtTheDeadline_AndIntegratesBacklogExactly()
    {
        var queue = new TaskQueue(0, new QueueKey(0, -1, 0), expiryMs: 100);
        var expired = new List<long>();
        queue.Arrive(Task(1, 0));
        queue.Arrive(Task(2, 50));
        queue.AdvanceTo(120, inclusive: true, t => expired.Add(t.Id));
        Assert.Equal([1L], expired);
        expired.Clear();
        Assert.Equal(1, queue.Count);
        queue.AdvanceTo(200, inclusive: false, t => expired.Add(t.Id));
        var counters = queue.EndTick(200, inService: 0);
        // one task over [0,50), two over [50,100), one over [100,150), none after task 2 expires at 150
        Assert.Equal((1 * 50) + (2 * 50) + (1 * 50), counters.BacklogAreaMs);
        Assert.Equal(2, counters.Expired);
        Assert.Equal([2L], expired);
        Assert.Equal(0, counters.BacklogEnd);
    }

    [Fact]
    public void AdvanceTo_NotInclusive_LeavesTaskExpiringExactlyAtTheEnd()
    {
        var queue = new TaskQueue(0, new QueueKey(0, -1, 0), expiryMs: 100);
        queue.Arrive(Task(1, 0));
        queue.AdvanceTo(100, inclusive: false, _ => { });
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public void Arrive_BeyondCapacity_KeepsOrder()
    {
        var queue = new TaskQueue(0, new QueueKey(0, -1, 0), expiryMs: long.MaxValue / 2);
        for (var i = 0; i < 100; i++)
            queue.Arrive(Task(i, i));
        var ids = Enumerable.Range(0, 100).Select(_ => queue.Take(1000).Id).ToArray();
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), ids);
    }
}
