using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// The one definition of a tick: the five phases of <see cref="TickPhase"/>, in order, run against
/// a host (<see cref="ITickHost"/>), and the <see cref="TickReport"/> they add up to. The plan owns
/// simulated time: the next tick, and when each cohort next has something due, so that a cohort
/// with nothing due and no outcomes is not called in a tick at all.
/// </summary>
public sealed class TickPlan
{
    private readonly ScenarioSpec _spec;
    private readonly EventSchedule _events;
    private readonly long[] _cohortNextCheckMs;
    private readonly bool[] _touched;
    private readonly MarketSignalBook _signals;

    /// <param name="spec">The scenario.</param>
    /// <param name="nextTick">The tick to run first.</param>
    /// <param name="cohortNextCheckMs">When each cohort next has something due (index = cohort); the plan keeps the array and updates it.</param>
    public TickPlan(ScenarioSpec spec, int nextTick, long[] cohortNextCheckMs)
    {
        _spec = spec;
        _events = new EventSchedule(spec);
        NextTick = nextTick;
        _cohortNextCheckMs = cohortNextCheckMs;
        _touched = new bool[cohortNextCheckMs.Length];
        _signals = new MarketSignalBook(spec);
    }

    /// <summary>The next tick to run.</summary>
    public int NextTick { get; private set; }

    /// <summary>Whether every tick of the scenario has run.</summary>
    public bool Finished => NextTick >= _spec.Ticks;

    /// <summary>When each cohort next has something due, as last reported (index = cohort).</summary>
    public IReadOnlyList<long> CohortNextCheckMs => _cohortNextCheckMs;

    /// <summary>Runs tick <see cref="NextTick"/> through every phase on <paramref name="host"/> and returns what it measured.</summary>
    public async ValueTask<TickReport> RunTickAsync(ITickHost host)
    {
        var window = TickWindow.Of(_spec, NextTick++);

        // Pricing reviews first (signals up to the previous tick), then scripted changes on top.
        if (_signals.Active && _signals.DueIn(window) is { Count: > 0 } signals)
            await host.ReviewPricesAsync(window, signals);

        // Events one at a time, in file order: two events for the same participant must not race.
        foreach (var e in _events.DueIn(window.Tick))
            await host.EventsAsync(window, e, EventTarget.Of(_spec, e));

        var labs = await host.DemandAsync(window);

        // Push alerts may bring any cohort's checks forward: every cohort hears them.
        var alerts = PushAlerts.Merge(_spec, labs);
        var due = alerts is null ? DueBefore(window.EndMs) : Every();
        await host.CheckInsAsync(window, due, alerts);

        var platforms = await host.ClearingAsync(window);

        // A cohort that neither checked in nor got outcomes has nothing to count and the same next check.
        var touched = Touched(due, platforms);
        var cohorts = await host.MetricsAsync(window, touched);
        if (cohorts.Count != touched.Length)
            throw new InvalidOperationException($"the host closed {cohorts.Count} cohorts; {touched.Length} were asked for");
        for (var k = 0; k < touched.Length; k++)
            _cohortNextCheckMs[touched[k]] = cohorts[k].NextCheckMs;

        var report = Report(window, labs, platforms, cohorts);
        _signals.Add(report);
        return report;
    }

    /// <summary>Writes the next tick and the cohorts' next checks (between ticks).</summary>
    public void Save(StateWriter w)
    {
        w.Write(NextTick);
        w.Write<long>(_cohortNextCheckMs);
        SaveSignals(w);
    }

    /// <summary>Writes the market signals gathered since the vendors' last pricing reviews (nothing without a pricing rule).</summary>
    public void SaveSignals(StateWriter w) => _signals.Save(w);

    /// <summary>Reads back what <see cref="SaveSignals"/> wrote.</summary>
    public void RestoreSignals(StateReader r) => _signals.Restore(r);

    /// <summary>Reads back what <see cref="Save"/> wrote, for a run of <paramref name="cohorts"/> cohorts.</summary>
    public static TickPlan Restore(ScenarioSpec spec, int cohorts, StateReader r)
    {
        var nextTick = r.ReadInt();
        var nextChecks = new long[cohorts];
        r.ReadInto<long>(nextChecks);
        var plan = new TickPlan(spec, nextTick, nextChecks);
        plan.RestoreSignals(r);
        return plan;
    }

    /// <summary>The cohorts with something due before <paramref name="endMs"/>, in increasing order.</summary>
    private int[] DueBefore(long endMs)
    {
        var due = new List<int>();
        for (var c = 0; c < _cohortNextCheckMs.Length; c++)
        {
            if (_cohortNextCheckMs[c] < endMs)
                due.Add(c);
        }
        return [.. due];
    }

    private int[] Every() => [.. Enumerable.Range(0, _cohortNextCheckMs.Length)];

    /// <summary>The cohorts that were due or that a platform sent outcomes to, in increasing order.</summary>
    private int[] Touched(int[] due, IReadOnlyList<ClearingReport> platforms)
    {
        foreach (var c in due)
            _touched[c] = true;
        foreach (var platform in platforms)
        {
            foreach (var c in platform.CohortsNotified)
                _touched[c] = true;
        }
        var touched = new List<int>();
        for (var c = 0; c < _touched.Length; c++)
        {
            if (_touched[c])
            {
                touched.Add(c);
                _touched[c] = false;
            }
        }
        return [.. touched];
    }

    private TickReport Report(
        TickWindow window, IReadOnlyList<DemandReport> labs, IReadOnlyList<ClearingReport> platforms, IReadOnlyList<MetricsReport> cohorts) => new(
        window.Tick,
        window.StartMs,
        labs.Select(l => l.Counters).ToArray(),
        platforms.Select(p => p.Queues).ToArray(),
        platforms.Select(p => p.Money).ToArray(),
        RegionCountersSum.Of(_spec.Regions.Count, cohorts.Select(c => c.Regions)),
        platforms.Sum(p => p.WorkersInSession),
        labs.SelectMany(l => l.Projects).ToArray(),
        platforms.SelectMany(p => p.TaskEvents).ToArray());
}
