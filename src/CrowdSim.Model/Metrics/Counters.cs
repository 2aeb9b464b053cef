using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Metrics;

/// <summary>
/// Counts of one kind (a lab's, a queue's or a region's in one tick), all longs, kept side by side:
/// a counter type declares each count once, as a property over a slot of its own, and this class
/// adds, saves and restores them all, slot by slot. A checkpoint holds the type's name, then every
/// slot in order.
/// </summary>
/// <typeparam name="TSelf">The counter type itself.</typeparam>
public abstract class Counters<TSelf>
    where TSelf : Counters<TSelf>
{
    private readonly long[] _slots;

    /// <summary>A set of <paramref name="slots"/> counts, all zero.</summary>
    protected Counters(int slots) => _slots = new long[slots];

    /// <summary>How many counts the type declares.</summary>
    internal int SlotCount => _slots.Length;

    /// <summary>The count in <paramref name="slot"/>, for the property that owns it.</summary>
    protected ref long this[int slot] => ref _slots[slot];

    /// <summary>Adds another set of counts to this one, count by count.</summary>
    public void Add(TSelf other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var theirs = ((Counters<TSelf>)other)._slots;
        for (var i = 0; i < _slots.Length; i++)
            _slots[i] += theirs[i];
    }

    internal void Save(StateWriter w)
    {
        w.Section(typeof(TSelf).Name);
        foreach (var count in _slots)
            w.Write(count);
    }

    internal void Restore(StateReader r)
    {
        r.Section(typeof(TSelf).Name);
        for (var i = 0; i < _slots.Length; i++)
            _slots[i] = r.ReadLong();
    }
}
