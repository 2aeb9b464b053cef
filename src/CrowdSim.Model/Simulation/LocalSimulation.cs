using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// The whole market in one thread, without Orleans: it hosts the same <see cref="TickPlan"/> as
/// the grain coordinator does across a cluster, doing each phase in place. Used by unit tests and
/// as the reference the distributed run must match bit for bit. <see cref="Step"/> runs a whole
/// tick; <see cref="StepUntil"/> stops a tick just before one phase, and the phases are public
/// too (<see cref="Events"/>, <see cref="Demand"/>, <see cref="CheckIns"/>, <see cref="Clearing"/>,
/// <see cref="Metrics"/>), so that benchmarks can measure one phase alone.
/// </summary>
public sealed partial class LocalSimulation
{
    private readonly ScenarioSpec _spec;
    private readonly LabDemand[] _labs;
    private readonly VendorBook[] _vendors;
    private readonly PlatformMarket[] _platforms;
    private readonly WorkerCohort[] _cohorts;
    private readonly int _workersPerCohort;
    // Demand created during an earlier tick's clearing, posted when its own tick clears (TickPlan.RunAsync).
    private readonly Queue<(int Tick, LabTickOutput[] Outputs)> _postedAhead = new();
    private TickPlan _plan;
    private bool _paused;

    public LocalSimulation(ScenarioSpec spec, int workersPerCohort, bool recordTaskEvents = false)
    {
        _spec = spec;
        _labs = spec.Labs.Select((_, l) => new LabDemand(spec, l)).ToArray();
        _vendors = spec.Vendors.Select((_, v) => new VendorBook(spec, v)).ToArray();
        _platforms = spec.Platforms.Select((_, p) => new PlatformMarket(spec, p, workersPerCohort, recordTaskEvents)).ToArray();
        _workersPerCohort = workersPerCohort;
        _cohorts = CohortLayout.Ranges(spec.WorkerCount, workersPerCohort)
            .Select(r => new WorkerCohort(spec, r.FirstId, r.Count))
            .ToArray();
        for (var v = 0; v < _vendors.Length; v++)
            PublishRates(v);
        _plan = new TickPlan(spec, 0, NextChecks());
        Totals = new RunTotals(spec);
    }

    /// <summary>Totals over the ticks run so far.</summary>
    public RunTotals Totals { get; }

    /// <summary>The next tick to run.</summary>
    public int NextTick => _plan.NextTick;

    /// <summary>The tick under way (or last run).</summary>
    public TickWindow Window { get; private set; }

    public ScenarioSpec Spec => _spec;

    public IReadOnlyList<WorkerCohort> Cohorts => _cohorts;

    public IReadOnlyList<PlatformMarket> Platforms => _platforms;

    /// <summary>The vendors, with their current rates (for tests and reports of pricing).</summary>
    public IReadOnlyList<VendorBook> Vendors => _vendors;

    /// <summary>Runs one tick through every phase, adds it to <see cref="Totals"/> and returns what it measured.</summary>
    public TickReport Step()
    {
        if (_paused)
            throw new InvalidOperationException("the tick StepUntil opened never ends: build a new simulation");
        Window = TickWindow.Of(_spec, NextTick);
        var tick = _plan.RunTickAsync(this);
        if (!tick.IsCompleted)
            throw new InvalidOperationException("a phase of the single-threaded simulation did not complete");
        var report = tick.GetAwaiter().GetResult();
        Totals.Add(report);
        return report;
    }

    /// <summary>
    /// Runs up to <paramref name="ticks"/> ticks as one step, their rounds overlapping as the grains run
    /// them (<see cref="TickPlan.RunAsync"/>), adds them to <see cref="Totals"/> and returns what each
    /// measured. The reports are those of as many <see cref="Step"/> calls.
    /// </summary>
    public IReadOnlyList<TickReport> Run(int ticks)
    {
        if (_paused)
            throw new InvalidOperationException("the tick StepUntil opened never ends: build a new simulation");
        Window = TickWindow.Of(_spec, NextTick);
        var step = _plan.RunAsync(this, ticks);
        if (!step.IsCompleted)
            throw new InvalidOperationException("a phase of the single-threaded simulation did not complete");
        var reports = step.GetAwaiter().GetResult();
        foreach (var report in reports)
            Totals.Add(report);
        return reports;
    }

    /// <summary>
    /// Opens the next tick and runs its phases before <paramref name="phase"/>, leaving the tick open
    /// there, so that a benchmark can measure that phase alone (by calling it, or the model under it).
    /// The simulation can be neither stepped nor saved afterwards.
    /// </summary>
    public void StepUntil(TickPhase phase)
    {
        if (_paused)
            throw new InvalidOperationException("StepUntil has already opened a tick");
        Window = TickWindow.Of(_spec, NextTick);
        _paused = true;
        var tick = _plan.RunTickAsync(new PausedTickHost(this, phase));
        if (tick.IsCompleted)
            tick.GetAwaiter().GetResult(); // only a phase that threw ends the tick before the pause
    }

    /// <summary>One empty claim list per platform.</summary>
    public List<WorkerClaim>[] NewClaimLists() => _platforms.Select(_ => new List<WorkerClaim>()).ToArray();

    /// <summary>Every worker's totals, in id order.</summary>
    public WorkerRecord[] WorkerRecords() => _cohorts.SelectMany(c => c.Records()).ToArray();

    /// <summary>The cohort holding worker <paramref name="workerId"/> (cohorts are consecutive blocks of ids), for tests that inspect workers' traits.</summary>
    internal WorkerCohort CohortOf(int workerId) => _cohorts[workerId / _workersPerCohort];

    /// <summary>Wait histograms per platform, per queue.</summary>
    public WaitHistogram[][] WaitsByQueue() => _platforms.Select(p => p.WaitsByQueue()).ToArray();

    private long[] NextChecks() => _cohorts.Select(c => c.NextCheckMs).ToArray();

    /// <summary>A vendor's current rates, to the platform it posts on (at the start, and whenever an event changes them).</summary>
    private void PublishRates(int vendor) => _platforms[_vendors[vendor].Platform].SetVendorRates(vendor, _vendors[vendor].Rates);
}
