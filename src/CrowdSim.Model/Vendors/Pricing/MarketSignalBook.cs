using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Vendors.Pricing;

/// <summary>
/// Gathers, for each vendor with a pricing rule, what the ticks' reports say about its queues and the
/// regions' workers, and hands it over as a <see cref="MarketSignal"/> at the vendor's review. The
/// tick plan keeps it, so the signal costs no grain call: a review in tick t sees ticks up to t − 1.
/// </summary>
public sealed class MarketSignalBook
{
    private readonly ScenarioSpec _spec;
    private readonly int[] _vendors;
    private readonly IReadOnlyList<QueueKey>[] _queues;
    private readonly Accumulator[] _sums;

    public MarketSignalBook(ScenarioSpec spec)
    {
        _spec = spec;
        _vendors = Enumerable.Range(0, spec.Vendors.Count).Where(v => spec.Vendors[v].Pricing is not null).ToArray();
        _queues = spec.Platforms.Select((_, p) => QueueLayout.For(spec, p)).ToArray();
        _sums = _vendors.Select(_ => new Accumulator(spec.TaskTypes.Count, spec.Regions.Count)).ToArray();
    }

    /// <summary>Whether any vendor prices responsively (if not, the book does nothing and saves nothing).</summary>
    public bool Active => _vendors.Length > 0;

    /// <summary>Adds one tick's report to every pricing vendor's sums.</summary>
    public void Add(TickReport report)
    {
        for (var k = 0; k < _vendors.Length; k++)
        {
            var sum = _sums[k];
            Array.Clear(sum.Backlog);
            Array.Clear(sum.BacklogAgeMs);
            for (var p = 0; p < report.Queues.Count; p++)
            {
                for (var q = 0; q < report.Queues[p].Count; q++)
                {
                    if (_queues[p][q].Vendor != _vendors[k])
                        continue;
                    var t = _queues[p][q].TaskType;
                    var c = report.Queues[p][q];
                    sum.Waits[t] += c.WaitsEnded;
                    sum.WaitedMs[t] += c.WaitedMs;
                    sum.Backlog[t] += c.BacklogEnd;
                    sum.BacklogAgeMs[t] += c.BacklogAgeEndMs;
                }
            }
            for (var r = 0; r < report.Regions.Count; r++)
            {
                sum.SearchMs[r] += report.Regions[r].SearchMs;
                sum.PaidMs[r] += report.Regions[r].PaidMs;
            }
        }
    }

    /// <summary>The signals of the vendors whose review falls in <paramref name="window"/> (in vendor order); their sums start again.</summary>
    public IReadOnlyList<MarketSignal> DueIn(TickWindow window)
    {
        var due = new List<MarketSignal>();
        var tickMs = window.EndMs - window.StartMs;
        for (var k = 0; k < _vendors.Length; k++)
        {
            if (!Reviews(k, window.StartMs, tickMs))
                continue;
            due.Add(_sums[k].Signal(_vendors[k]));
            _sums[k] = new Accumulator(_spec.TaskTypes.Count, _spec.Regions.Count);
        }
        return due;
    }

    /// <summary>Whether any vendor reviews its rates in <paramref name="window"/> (what <see cref="DueIn"/> would find, without taking the signals).</summary>
    public bool AnyDueIn(TickWindow window)
    {
        for (var k = 0; k < _vendors.Length; k++)
        {
            if (Reviews(k, window.StartMs, window.EndMs - window.StartMs))
                return true;
        }
        return false;
    }

    // A review time (a multiple of the vendor's interval) in (start − tick, start]: the first tick at or after it.
    private bool Reviews(int k, long startMs, long tickMs)
    {
        var every = _spec.Vendors[_vendors[k]].Pricing!.ReviewEveryMinutes * SimTime.MsPerMinute;
        return startMs > 0 && startMs / every != (startMs - tickMs) / every;
    }

    /// <summary>Writes the sums (nothing when no vendor prices responsively, so such checkpoints are unchanged).</summary>
    public void Save(StateWriter w)
    {
        if (!Active)
            return;
        w.Section(nameof(MarketSignalBook));
        foreach (var sum in _sums)
        {
            foreach (var array in sum.Arrays)
                w.Write<long>(array);
        }
    }

    /// <summary>Reads back what <see cref="Save"/> wrote.</summary>
    public void Restore(StateReader r)
    {
        if (!Active)
            return;
        r.Section(nameof(MarketSignalBook));
        foreach (var sum in _sums)
        {
            foreach (var array in sum.Arrays)
                r.ReadInto<long>(array);
        }
    }

    private sealed class Accumulator(int taskTypes, int regions)
    {
        public long[] Waits { get; } = new long[taskTypes];
        public long[] WaitedMs { get; } = new long[taskTypes];
        public long[] Backlog { get; } = new long[taskTypes];
        public long[] BacklogAgeMs { get; } = new long[taskTypes];
        public long[] SearchMs { get; } = new long[regions];
        public long[] PaidMs { get; } = new long[regions];

        public long[][] Arrays => [Waits, WaitedMs, Backlog, BacklogAgeMs, SearchMs, PaidMs];

        public MarketSignal Signal(int vendor) => new(
            vendor,
            Waits.Zip(Backlog, (a, b) => a + b).ToArray(),
            WaitedMs.Zip(BacklogAgeMs, (a, b) => a + b).ToArray(),
            (long[])SearchMs.Clone(),
            (long[])PaidMs.Clone());
    }
}
