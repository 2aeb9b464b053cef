using CrowdSim.Model.Market;

namespace CrowdSim.Model.Tests;

/// <summary><see cref="TaskQueue.Return"/>: abandoned tasks going back into a queue.</summary>
public class TaskQueueReturnTests
{
    private static PostedTask Task(long id, long postedMs) => new(id, postedMs, 0, -1, 0, 100, 50);

    private static TaskQueue QueueOf(long expiryMs, params long[] postedMs)
    {
        var queue = new TaskQueue(0, new QueueKey(0, -1, 0), expiryMs);
        for (var i = 0; i < postedMs.Length; i++)
            queue.Arrive(Task(i + 1, postedMs[i]));
        return queue;
    }

    /// <summary>Takes every task, oldest first, and returns their ids.</summary>
    private static long[] Drain(TaskQueue queue, long nowMs)
    {
        var ids = new List<long>();
        while (queue.Count > 0)
            ids.Add(queue.Take(nowMs).Id);
        return ids.ToArray();
    }

    [Fact]
    public void Return_TheOldestTask_PutsItBackAtTheHead()
    {
        var queue = QueueOf(1_000, 10, 20, 30);
        var first = queue.Take(35);
        queue.Return(first, 40);
        Assert.Equal(1, queue.Head.Id);
        Assert.Equal([1L, 2L, 3L], Drain(queue, 50));
    }

    [Fact]
    public void Return_ATaskPostedBetweenOthers_PutsItInPostingOrder()
    {
        var queue = QueueOf(1_000, 10, 20, 30, 40);
        var first = queue.Take(45);
        var second = queue.Take(45);
        queue.Return(second, 50);
        queue.Return(first, 60);
        Assert.Equal([1L, 2L, 3L, 4L], Drain(queue, 70));
    }

    [Fact]
    public void Return_KeepsTheNumberOfTakes_SoTheWaitIsRecordedOnlyOnce()
    {
        var queue = QueueOf(1_000, 10);
        var taken = queue.Take(25);
        Assert.Equal(1, taken.Takes);
        queue.Return(taken, 30);
        Assert.Equal(1, queue.Head.Takes);
        var again = queue.Take(80);
        Assert.Equal(2, again.Takes);
        var counters = queue.EndTick(100, inService: 1);
        Assert.Equal((1L, 15L, 1L), (counters.Taken, counters.WaitSumMs, counters.Abandoned));
        Assert.Equal(1, queue.Waits.Total);
    }

    [Fact]
    public void Return_ThenAdvance_ExpiresReturnedTasksFromTheHeadInPostingOrder()
    {
        var queue = QueueOf(100, 0, 10, 20);
        var first = queue.Take(21);
        var second = queue.Take(21);
        queue.Return(second, 50);
        queue.Return(first, 60);
        var expired = new List<long>();
        queue.AdvanceTo(115, inclusive: true, t => expired.Add(t.Id));
        Assert.Equal([1L, 2L], expired);
        Assert.Equal(1, queue.Count);
        Assert.Equal(3, queue.Head.Id);
    }

    [Fact]
    public void Return_KeepsTheBacklogIntegralExact()
    {
        var queue = QueueOf(1_000, 0, 10);
        queue.AdvanceTo(20, inclusive: true, _ => { });
        var taken = queue.Take(20);   // [0,10): 1 task; [10,20): 2; [20,50): 1
        queue.Return(taken, 50);      // [50,80): 2
        queue.AdvanceTo(80, inclusive: true, _ => { });
        queue.Take(80);               // [80,100): 1
        var counters = queue.EndTick(100, inService: 1);
        Assert.Equal(10 + (2 * 10) + 30 + (2 * 30) + 20, counters.BacklogAreaMs);
        Assert.Equal(1, counters.BacklogEnd);
        Assert.Equal(1, counters.Abandoned);
    }

    [Fact]
    public void Return_IntoAFullQueue_GrowsItAndKeepsOrder()
    {
        var queue = QueueOf(1_000_000, [.. Enumerable.Range(0, 16).Select(i => (long)i)]);
        var first = queue.Take(100);
        queue.Arrive(Task(17, 100)); // 16 waiting again: the initial capacity
        queue.Return(first, 110);
        Assert.Equal(17, queue.Count);
        Assert.Equal([.. Enumerable.Range(1, 17).Select(i => (long)i)], Drain(queue, 120));
    }

    [Fact]
    public void Return_WhenTheQueueWrapsAroundItsStorage_KeepsOrder()
    {
        var queue = QueueOf(1_000_000, [.. Enumerable.Range(0, 12).Select(i => (long)i)]);
        var taken = Enumerable.Range(0, 10).Select(_ => queue.Take(20)).ToArray(); // head now near the end of the array
        for (var i = 13; i <= 20; i++)
            queue.Arrive(Task(i, 20 + i));                                    // these wrap to the front
        queue.Return(taken[9], 50);
        queue.Return(taken[4], 51);
        queue.Return(taken[0], 52);
        Assert.Equal([1L, 5L, 10L, 11L, 12L, .. Enumerable.Range(13, 8).Select(i => (long)i)], Drain(queue, 60));
    }
}
