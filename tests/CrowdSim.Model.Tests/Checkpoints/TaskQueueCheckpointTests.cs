using System.Text.Json;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>A queue is saved as its waiting tasks from the head, whatever its ring buffer looks like, and carries on the same after restoring.</summary>
public class TaskQueueCheckpointTests
{
    private const long ExpiryMs = 1_000;

    private static PostedTask Task(long id, long postedMs) => new(id, postedMs, 0, -1, 0, 100, 50);

    private static TaskQueue NewQueue() => new(0, new QueueKey(0, -1, 0), ExpiryMs);

    /// <summary>A queue whose waiting tasks wrap round the end of its buffer, two of them returned after being taken.</summary>
    private static TaskQueue Wrapped()
    {
        var queue = NewQueue();
        for (var id = 1; id <= 12; id++)
            queue.Arrive(Task(id, id * 10));
        for (var k = 0; k < 10; k++)
            queue.Take(130);
        for (var id = 13; id <= 24; id++)
            queue.Arrive(Task(id, id * 10));
        var first = queue.Take(250);
        var second = queue.Take(250);
        queue.Return(second, 260);
        queue.Return(first, 270);
        queue.EndTick(300, inService: 0);
        return queue;
    }

    private static TaskQueue Restored(byte[] state)
    {
        var queue = NewQueue();
        StateReader.FromBytes(state, queue.Restore);
        return queue;
    }

    /// <summary>Runs the queue on: arrivals, expiries, takes; returns what it did as text.</summary>
    private static string CarryOn(TaskQueue queue)
    {
        var expired = new List<long>();
        queue.Arrive(Task(25, 310));
        queue.AdvanceTo(1_150, inclusive: true, t => expired.Add(t.Id));
        var taken = new List<PostedTask>();
        while (queue.Count > 0)
            taken.Add(queue.Take(1_200));
        var counters = queue.EndTick(1_300, inService: 3);
        return JsonSerializer.Serialize(new { expired, taken, counters, Waits = queue.Waits.Counts });
    }

    [Fact]
    public void Save_OfAWrappedQueue_IsTheSameAsOfTheSameTasksLaidOutFromTheStart()
    {
        var wrapped = StateWriter.ToBytes(Wrapped().Save);
        var restored = Restored(wrapped);
        Assert.Equal(wrapped, StateWriter.ToBytes(restored.Save));
        Assert.Equal(14, restored.Count);
        Assert.Equal(11, restored.Head.Id);
    }

    [Fact]
    public void Restore_CarriesOnAsTheOriginalQueue()
    {
        var original = Wrapped();
        var restored = Restored(StateWriter.ToBytes(original.Save));
        Assert.Equal(CarryOn(original), CarryOn(restored));
        Assert.Equal(StateWriter.ToBytes(original.Save), StateWriter.ToBytes(restored.Save));
    }
}
