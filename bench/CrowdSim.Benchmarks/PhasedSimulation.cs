using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Vendors;
using CrowdSim.Model.Workers;

namespace CrowdSim.Benchmarks;

/// <summary>
/// <see cref="LocalSimulation.Step"/> cut into its phases, in the same order, so that a benchmark
/// can bring the market to a realistic state and stop a tick just before the phase it measures.
/// <see cref="RunTicks"/> gives the same reports as <see cref="LocalSimulation"/> (checked by
/// <c>inputs</c>, see Program).
/// </summary>
public sealed class PhasedSimulation
{
    private readonly ScenarioSpec _spec;
    private readonly EventSchedule _events;
    private readonly LabDemand[] _labs;
    private readonly VendorBook[] _vendors;
    private readonly PlatformMarket[] _platforms;
    private readonly WorkerCohort[] _cohorts;
    private LabCounters[] _labCounters = [];
    private List<ProjectLaunch> _projects = [];

    public PhasedSimulation(ScenarioSpec spec, int workersPerCohort)
    {
        _spec = spec;
        _events = new EventSchedule(spec);
        _labs = spec.Labs.Select((_, l) => new LabDemand(spec, l)).ToArray();
        _vendors = spec.Vendors.Select((_, v) => new VendorBook(spec, v)).ToArray();
        _platforms = spec.Platforms.Select((_, p) => new PlatformMarket(spec, p, workersPerCohort)).ToArray();
        _cohorts = CohortLayout.Ranges(spec.WorkerCount, workersPerCohort)
            .Select(r => new WorkerCohort(spec, r.FirstId, r.Count))
            .ToArray();
    }

    public ScenarioSpec Spec => _spec;
    public IReadOnlyList<WorkerCohort> Cohorts => _cohorts;
    public IReadOnlyList<PlatformMarket> Platforms => _platforms;

    /// <summary>The next tick <see cref="Post"/> opens.</summary>
    public int NextTick { get; private set; }

    /// <summary>The tick under way (after <see cref="Post"/>).</summary>
    public TickWindow Window { get; private set; }

    /// <summary>Runs <paramref name="count"/> whole ticks.</summary>
    public void RunTicks(int count)
    {
        for (var t = 0; t < count; t++)
            RunTick();
    }

    /// <summary>Runs one whole tick and returns its report.</summary>
    public TickReport RunTick()
    {
        Post();
        Deliver(CollectClaims());
        var results = Clear();
        ApplyOutcomes(results);
        return Close(results);
    }

    /// <summary>Opens the next tick: events (phase 1), then demand posted to the platforms (phase 2).</summary>
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

    /// <summary>Phase 3: every cohort's check-ins.</summary>
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

    /// <summary>Phase 4: every platform clears the tick.</summary>
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

    /// <summary>Phase 5: the tick's report.</summary>
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
