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
/// distributed run must match bit for bit.
/// </summary>
public sealed class LocalSimulation
{
    private readonly ScenarioSpec _spec;
    private readonly EventSchedule _events;
    private readonly LabDemand[] _labs;
    private readonly VendorBook[] _vendors;
    private readonly PlatformMarket[] _platforms;
    private readonly WorkerCohort[] _cohorts;
    private readonly int _workersPerCohort;

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

    /// <summary>Runs one tick through every phase and returns what it measured.</summary>
    public TickReport Step()
    {
        var window = TickWindow.Of(_spec, NextTick++);
        foreach (var e in _events.DueIn(window.Tick))
            Apply(e);

        var labCounters = new LabCounters[_labs.Length];
        var projects = new List<ProjectLaunch>();
        for (var l = 0; l < _labs.Length; l++)
        {
            var output = _labs[l].Generate(window.Tick, window.StartMs, window.EndMs);
            labCounters[l] = output.Counters;
            projects.AddRange(output.Projects);
            for (var v = 0; v < _vendors.Length; v++)
                _platforms[_vendors[v].Platform].Enqueue(output.ByVendor[v]);
            for (var p = 0; p < _platforms.Length; p++)
                _platforms[p].Enqueue(output.ByPlatform[p]);
        }
        for (var v = 0; v < _vendors.Length; v++)
            _platforms[_vendors[v].Platform].SetVendorRates(v, _vendors[v].Rates);

        var claims = _platforms.Select(_ => new List<WorkerClaim>()).ToArray();
        foreach (var cohort in _cohorts)
            cohort.CollectClaims(window.Tick, window.EndMs, claims);
        for (var p = 0; p < _platforms.Length; p++)
            _platforms[p].AddClaims(claims[p]);

        var results = _platforms.Select(p => p.RunTick(window.StartMs, window.EndMs)).ToArray();
        foreach (var result in results)
        {
            foreach (var batch in result.OutcomesByCohort)
                _cohorts[batch.Cohort].Apply(batch.Outcomes, window.Tick, window.EndMs);
        }

        var report = new TickReport(
            window.Tick,
            window.StartMs,
            labCounters,
            results.Select(r => r.Queues).ToArray(),
            results.Select(r => r.Money).ToArray(),
            RegionCountersSum.Of(_spec.Regions.Count, _cohorts.Select(c => c.TakeTickCounters())),
            _platforms.Sum(p => (long)p.WorkersInSession),
            projects,
            results.SelectMany(r => r.TaskEvents).ToArray());
        Totals.Add(report);
        return report;
    }

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
