namespace CrowdSim.Reference;

/// <summary>
/// A binary min-heap of the workers' next events (a check, or the end of a task), ordered by time,
/// then completions before checks (CrowdSim's order within a millisecond), then worker.
/// </summary>
internal sealed class EventHeap
{
    private Entry[] _items;

    public EventHeap(int capacity) => _items = new Entry[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public Entry Peek() => _items[0];

    public void Push(long ms, EventKind kind, int worker)
    {
        if (Count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        var entry = new Entry(ms, kind, worker);
        var k = Count++;
        while (k > 0)
        {
            var parent = (k - 1) / 2;
            if (!Before(entry, _items[parent]))
                break;
            _items[k] = _items[parent];
            k = parent;
        }
        _items[k] = entry;
    }

    public Entry Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        var k = 0;
        while (true)
        {
            var child = (2 * k) + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Before(_items[child + 1], _items[child]))
                child++;
            if (!Before(_items[child], last))
                break;
            _items[k] = _items[child];
            k = child;
        }
        _items[k] = last;
        return top;
    }

    private static bool Before(in Entry a, in Entry b) =>
        a.Ms != b.Ms ? a.Ms < b.Ms : a.Kind != b.Kind ? a.Kind < b.Kind : a.Worker < b.Worker;

    /// <summary>One scheduled event.</summary>
    public readonly record struct Entry(long Ms, EventKind Kind, int Worker);
}
