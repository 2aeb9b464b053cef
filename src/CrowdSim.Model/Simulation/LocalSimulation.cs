using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// The whole market in one thread, without Orleans: the same phases, in the same order, as the
/// grain coordinator runs across a cluster. Used by unit tests and as the reference the
/// distributed run must match bit for bit. <see cref="Step"/> runs a whole tick; the phases are
/// public too (<see cref="Post"/>, <see cref="CollectClaims"/>, <see cref="Deliver"/>,
/// <see cref="Clear"/>, <see cref="ApplyOutcomes"/>, <see cref="Close"/>) so that benchmarks can
/// stop a tick just before the phase they measure.
/// </summary>
public sealed partial class LocalSimulation
{
    private readonly ScenarioSpec _spec;
    private readonly EventSchedule _events;
    private readonly LabDemand[] _labs;
    private readonly VendorBook[] _vendors;
    private readonly PlatformMarket[] _platforms;
    private readonly WorkerCohort[] _cohorts;
    private readonly int _workersPerCohort;
    private LabCounters[] _labCounters = [];
    private List<ProjectLaunch> _projects = [];

    public LocalSimulation(ScenarioSpec spec, int workersPerCohort, bool recordTaskEvents = false)
    {
        _spec = spec;
        _events = new EventSchedule(spec);
        _labs = spec.Labs.Select((_, l) => new LabDemand(spec, l)).ToArray();
        _vendors = spec.Vendors.Select((_, v) => new VendorBook(spec, v)).ToArray();
        _platforms = spec.Platforms.Select((_, p) => new PlatformMarket(spec, p, workersPerCohort, recordTaskEvents)).ToArray();
        _workersPerCohort = workersPerCohort;
        _cohorts = CohortLayout.Ranges(spec.WorkerCount, workersPerCohort)
            .Select(r => new WorkerCohort(spec, r.FirstId, r.Count))
            .ToArray();
        Totals = new RunTotals(spec);
    }

    /// <summary>Totals over the ticks run so far.</summary>
    public RunTotals Totals { get; }

    /// <summary>The next tick to run.</summary>
    public int NextTick { get; private set; }

    /// <summary>The tick under way (after <see cref="Post"/>).</summary>
    public TickWindow Window { get; private set; }

    public ScenarioSpec Spec => _spec;

    public IReadOnlyList<WorkerCohort> Cohorts => _cohorts;

    public IReadOnlyList<PlatformMarket> Platforms => _platforms;

    /// <summary>Runs one tick through every phase, adds it to <see cref="Totals"/> and returns what it measured.</summary>
    public TickReport Step()
    {
        Post();
        Deliver(CollectClaims());
        var results = Clear();
        ApplyOutcomes(results);
        var report = Close(results);
        Totals.Add(report);
        return report;
    }

    /// <summary>Opens the next tick: its events, then the labs' demand posted to the platforms and the vendors' rates.</summary>
    public void Post()
    {
        Window = TickWindow.Of(_spec, NextTick++);
        foreach (var e in _events.DueIn(Window.Tick))
            Apply(e);
        _labCounters = new LabCounters[_labs.Length];
        _projects = [];
        for (var l = 0; l < _labs.Length; l++)
        {
            var output = _labs[l].Generate(Window.Tick, Window.StartMs, Window.EndMs);
            _labCounters[l] = output.Counters;
            _projects.AddRange(output.Projects);
            for (var v = 0; v < _vendors.Length; v++)
                _platforms[_vendors[v].Platform].Enqueue(output.ByVendor[v]);
            for (var p = 0; p < _platforms.Length; p++)
                _platforms[p].Enqueue(output.ByPlatform[p]);
        }
        for (var v = 0; v < _vendors.Length; v++)
            _platforms[_vendors[v].Platform].SetVendorRates(v, _vendors[v].Rates);
    }

    /// <summary>One empty claim list per platform.</summary>
    public List<WorkerClaim>[] NewClaimLists() => _platforms.Select(_ => new List<WorkerClaim>()).ToArray();

    /// <summary>Every cohort's check-ins for the tick, by platform.</summary>
    public List<WorkerClaim>[] CollectClaims()
    {
        var claims = NewClaimLists();
        foreach (var cohort in _cohorts)
            cohort.CollectClaims(Window.Tick, Window.EndMs, claims);
        return claims;
    }

    /// <summary>Hands the check-ins to the platforms.</summary>
    public void Deliver(List<WorkerClaim>[] claims)
    {
        for (var p = 0; p < _platforms.Length; p++)
            _platforms[p].AddClaims(claims[p]);
    }

    /// <summary>Every platform clears the tick.</summary>
    public PlatformTickResult[] Clear() => _platforms.Select(p => p.RunTick(Window.StartMs, Window.EndMs)).ToArray();

    /// <summary>The platforms' outcomes, applied to the cohorts.</summary>
    public void ApplyOutcomes(PlatformTickResult[] results)
    {
        foreach (var result in results)
        {
            foreach (var batch in result.OutcomesByCohort)
                _cohorts[batch.Cohort].Apply(batch.Outcomes, Window.Tick, Window.EndMs);
        }
    }

    /// <summary>The tick's report.</summary>
    public TickReport Close(PlatformTickResult[] results) => new(
        Window.Tick,
        Window.StartMs,
        _labCounters,
        results.Select(r => r.Queues).ToArray(),
        results.Select(r => r.Money).ToArray(),
        RegionCountersSum.Of(_spec.Regions.Count, _cohorts.Select(c => c.TakeTickCounters())),
        _platforms.Sum(p => (long)p.WorkersInSession),
        _projects,
        results.SelectMany(r => r.TaskEvents).ToArray());

    /// <summary>Every worker's totals, in id order.</summary>
    public WorkerRecord[] WorkerRecords() => _cohorts.SelectMany(c => c.Records()).ToArray();

    /// <summary>The cohort holding worker <paramref name="workerId"/> (cohorts are consecutive blocks of ids), for tests that inspect workers' traits.</summary>
    internal WorkerCohort CohortOf(int workerId) => _cohorts[workerId / _workersPerCohort];

    /// <summary>Wait histograms per platform, per queue.</summary>
    public WaitHistogram[][] WaitsByQueue() => _platforms.Select(p => p.WaitsByQueue()).ToArray();

    private void Apply(ScenarioEvent e)
    {
        foreach (var target in EventTarget.Of(_spec, e))
        {
            switch (target.Kind)
            {
                case EventTargetKind.Lab:
                    _labs[target.Index].Apply(e);
                    break;
                case EventTargetKind.Vendor:
                    _vendors[target.Index].Apply(e);
                    break;
                case EventTargetKind.Platform:
                    _platforms[target.Index].Apply(e);
                    break;
                case EventTargetKind.Cohorts:
                    foreach (var cohort in _cohorts)
                        cohort.Apply(e);
                    break;
            }
        }
    }
}
