using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market;

/// <summary>
/// One first-come-first-served queue of open tasks (one poster, one task type, on one platform).
/// Tasks of a queue share their time-to-live, so they expire in arrival order, from the head.
/// The queue integrates its length over time so that the time-average backlog is exact, and
/// times every wait separately, so that Little's law (mean backlog = rate × mean wait) can be checked.
/// </summary>
public sealed class TaskQueue
{
    private readonly Dictionary<long, long> _returnedMs = [];
    private readonly TaskChunks _items = new();
    private long _waitStartSum;
    private long _lastMs;

    public TaskQueue(int index, QueueKey key, long expiryMs)
    {
        Index = index;
        Key = key;
        ExpiryMs = expiryMs;
    }

    public int Index { get; }

    /// <summary>Who posts into this queue, and the task type.</summary>
    public QueueKey Key { get; }

    /// <summary>The posting vendor, or -1 for a lab's direct queue.</summary>
    public int Vendor => Key.Vendor;

    public int TaskType => Key.TaskType;

    /// <summary>Time-to-live of a posted task.</summary>
    public long ExpiryMs { get; }

    /// <summary>Number of tasks waiting.</summary>
    public int Count => _items.Count;

    /// <summary>This tick's counts.</summary>
    public QueueCounters Tick { get; private set; } = new();

    /// <summary>Waits of every task taken from this queue over the run.</summary>
    public Metrics.WaitHistogram Waits { get; } = new();

    /// <summary>The oldest waiting task; only valid when <see cref="Count"/> &gt; 0.</summary>
    public ref readonly PostedTask Head => ref _items[0];

    /// <summary>Adds a newly posted task at its posting time.</summary>
    public void Arrive(in PostedTask task)
    {
        Integrate(task.PostedMs);
        _items.AddLast(task);
        _waitStartSum += task.PostedMs;
        Tick.Arrivals++;
    }

    /// <summary>
    /// Brings the queue to time <paramref name="nowMs"/>: expires tasks whose deadline has passed
    /// (<paramref name="inclusive"/>: also those expiring exactly now), handing each to <paramref name="onExpired"/>.
    /// </summary>
    public void AdvanceTo(long nowMs, bool inclusive, Action<PostedTask> onExpired)
    {
        while (Count > 0)
        {
            var deadline = _items[0].PostedMs + ExpiryMs;
            if (deadline > nowMs || (!inclusive && deadline == nowMs))
                break;
            Integrate(deadline);
            var expired = RemoveHead();
            EndWait(expired, deadline);
            Tick.Expired++;
            onExpired(expired);
        }
        Integrate(nowMs);
    }

    /// <summary>
    /// Takes the head task at <paramref name="nowMs"/> (the queue must have been advanced to now).
    /// The wait to first pickup is recorded only the first time a task is taken.
    /// </summary>
    public PostedTask Take(long nowMs)
    {
        var task = RemoveHead();
        EndWait(task, nowMs);
        if (task.Takes == 0)
        {
            var wait = nowMs - task.PostedMs;
            Tick.Taken++;
            Tick.WaitSumMs += wait;
            Waits.Add(wait);
        }
        return task with { Takes = task.Takes + 1 };
    }

    /// <summary>
    /// Puts an abandoned task back, in posting-time order (so tasks still expire from the head).
    /// The queue must have been advanced to now, and the task must not have expired.
    /// </summary>
    public void Return(in PostedTask task, long nowMs)
    {
        Integrate(nowMs);
        // Shift the head one place back and walk the task to its place: returned tasks are old, so this is short.
        _items.AddFirst();
        var at = 0;
        while (at + 1 < Count && _items[at + 1].PostedMs < task.PostedMs)
        {
            _items[at] = _items[at + 1];
            at++;
        }
        _items[at] = task;
        _returnedMs[task.Id] = nowMs;
        _waitStartSum += nowMs;
        Tick.Abandoned++;
    }

    /// <summary>Closes this tick's counts and starts fresh ones.</summary>
    public QueueCounters EndTick(long tickEndMs, long inService)
    {
        Integrate(tickEndMs);
        var closed = Tick;
        closed.BacklogEnd = Count;
        closed.BacklogAgeEndMs = (Count * tickEndMs) - _waitStartSum;
        closed.InServiceEnd = inService;
        Tick = new QueueCounters();
        return closed;
    }

    // A wait runs from posting, or for a returned task from its return.
    private void EndWait(in PostedTask task, long nowMs)
    {
        var since = task.Takes > 0 && _returnedMs.Remove(task.Id, out var returned) ? returned : task.PostedMs;
        Tick.WaitsEnded++;
        Tick.WaitedMs += nowMs - since;
        _waitStartSum -= since;
    }

    private PostedTask RemoveHead() => _items.RemoveFirst();

    private void Integrate(long nowMs)
    {
        if (nowMs > _lastMs)
        {
            Tick.BacklogAreaMs += Count * (nowMs - _lastMs);
            _lastMs = nowMs;
        }
    }

    /// <summary>Writes the queue's state: the waiting tasks from the head, returns by task id, the tick's counts and the waits.</summary>
    internal void Save(StateWriter w)
    {
        w.Section(nameof(TaskQueue));
        w.Write(Count);
        for (var k = 0; k < Count; k++)
            _items[k].Save(w);
        w.Write(_returnedMs.Count);
        foreach (var (id, ms) in _returnedMs.OrderBy(p => p.Key))
        {
            w.Write(id);
            w.Write(ms);
        }
        w.Write(_waitStartSum);
        w.Write(_lastMs);
        Tick.Save(w);
        Waits.Save(w);
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(TaskQueue));
        var count = r.Count();
        _items.Clear();
        for (var k = 0; k < count; k++)
            _items.AddLast(PostedTask.Read(r));
        _returnedMs.Clear();
        var returned = r.Count();
        for (var k = 0; k < returned; k++)
        {
            var id = r.ReadLong();
            if (!_returnedMs.TryAdd(id, r.ReadLong()))
                throw new CheckpointFormatException($"task {id} returned twice to queue {Index}");
        }
        _waitStartSum = r.ReadLong();
        _lastMs = r.ReadLong();
        Tick.Restore(r);
        Waits.Restore(r);
    }
}
