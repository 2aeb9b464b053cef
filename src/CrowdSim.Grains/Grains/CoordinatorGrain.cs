using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;

namespace CrowdSim.Grains.Grains;

/// <summary>
/// Owns simulated time for one run. Each tick runs five phases, each ending in a barrier:
/// events, lab demand (labs → vendors → platforms), check-ins (cohorts → platforms), clearing
/// (platforms → cohorts), metrics. A cohort with no check due and no outcomes is not called.
/// </summary>
[HubPlacement]
public sealed class CoordinatorGrain : Grain, ICoordinatorGrain
{
    private RunSetup? _setup;
    private EventSchedule? _events;
    private ILabGrain[] _labs = [];
    private IVendorGrain[] _vendors = [];
    private IPlatformGrain[] _platforms = [];
    private IWorkerCohortGrain[] _cohorts = [];
    private long[] _cohortNextCheckMs = [];
    private int _nextTick;

    public async Task StartAsync(RunSetup setup)
    {
        Attach(setup);

        // Platforms first: vendors publish their rates to them on initialisation.
        await Task.WhenAll(_platforms.Select((p, i) => p.InitAsync(setup, i)));
        await Task.WhenAll(_vendors.Select((v, i) => v.InitAsync(setup, i)).Concat(_labs.Select((l, i) => l.InitAsync(setup, i))));
        _cohortNextCheckMs = await Task.WhenAll(_cohorts.Select((c, i) => c.InitAsync(setup, i)));
        _nextTick = 0;
    }

    public Task ResumeAsync(RunSetup setup, byte[] state)
    {
        Attach(setup);
        StateReader.FromBytes(state, r =>
        {
            r.Section(nameof(CoordinatorGrain));
            _nextTick = r.ReadInt();
            _cohortNextCheckMs = new long[_cohorts.Length];
            r.ReadInto(_cohortNextCheckMs);
        });
        return Task.CompletedTask;
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(w =>
    {
        w.Section(nameof(CoordinatorGrain));
        w.Write(_nextTick);
        w.Write(_cohortNextCheckMs);
    }));

    private void Attach(RunSetup setup)
    {
        _setup = setup;
        var spec = setup.Scenario;
        _events = new EventSchedule(spec);
        var runId = setup.RunId;
        _labs = Enumerable.Range(0, spec.Labs.Count).Select(i => GrainFactory.GetGrain<ILabGrain>(GrainKeys.Lab(runId, i))).ToArray();
        _vendors = Enumerable.Range(0, spec.Vendors.Count).Select(i => GrainFactory.GetGrain<IVendorGrain>(GrainKeys.Vendor(runId, i))).ToArray();
        _platforms = Enumerable.Range(0, spec.Platforms.Count).Select(i => GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(runId, i))).ToArray();
        var cohortCount = CohortLayout.Ranges(spec.WorkerCount, setup.WorkersPerGrain).Count;
        _cohorts = Enumerable.Range(0, cohortCount).Select(i => GrainFactory.GetGrain<IWorkerCohortGrain>(GrainKeys.Cohort(runId, i))).ToArray();
    }

    public async Task<StepResult> StepAsync(int maxTicks)
    {
        var spec = Setup.Scenario;
        var reports = new List<TickReport>();
        while (_nextTick < spec.Ticks && reports.Count < maxTicks)
            reports.Add(await RunTickAsync(_nextTick++));
        return new StepResult([.. reports], _nextTick >= spec.Ticks);
    }

    public async Task<RunFinal> FinishAsync()
    {
        var records = await Task.WhenAll(_cohorts.Select(c => c.RecordsAsync()));
        var waits = await Task.WhenAll(_platforms.Select(p => p.WaitsAsync()));
        var participants = _labs.Cast<IRunParticipant>().Concat(_vendors).Concat(_platforms).Concat(_cohorts);
        await Task.WhenAll(participants.Select(p => p.ReleaseAsync()));
        DeactivateOnIdle();
        return new RunFinal(records.SelectMany(r => r.Workers).ToArray(), waits.Select(w => w.ByQueue).ToArray());
    }

    private RunSetup Setup => _setup ?? throw GrainStateLostException.For(this);

    private EventSchedule Events => _events ?? throw GrainStateLostException.For(this);

    private async Task<TickReport> RunTickAsync(int tick)
    {
        var spec = Setup.Scenario;
        var window = TickWindow.Of(spec, tick);

        // Events in file order, one at a time: two events for the same grain must not race.
        foreach (var e in Events.DueIn(tick))
            await DeliverAsync(e);

        var labTicks = await Task.WhenAll(_labs.Select(l => l.GenerateAsync(tick)));

        var due = Enumerable.Range(0, _cohorts.Length).Where(c => _cohortNextCheckMs[c] < window.EndMs).ToArray();
        await Task.WhenAll(due.Select(c => _cohorts[c].CollectAsync(tick)));

        var platformTicks = await Task.WhenAll(_platforms.Select(p => p.RunTickAsync(tick)));

        var touched = due.Concat(platformTicks.SelectMany(p => p.CohortsNotified)).Distinct().Order().ToArray();
        var cohortTicks = await Task.WhenAll(touched.Select(c => _cohorts[c].EndTickAsync(tick)));
        for (var k = 0; k < touched.Length; k++)
            _cohortNextCheckMs[touched[k]] = cohortTicks[k].NextCheckMs;

        return new TickReport(
            tick,
            window.StartMs,
            labTicks.Select(l => l.Counters).ToArray(),
            platformTicks.Select(p => (IReadOnlyList<Model.Market.QueueCounters>)p.Queues).ToArray(),
            platformTicks.Select(p => p.Money).ToArray(),
            RegionCountersSum.Of(spec.Regions.Count, cohortTicks.Select(c => c.Regions)),
            platformTicks.Sum(p => p.WorkersInSession),
            labTicks.SelectMany(l => l.Projects).ToArray(),
            platformTicks.SelectMany(p => p.TaskEvents).ToArray());
    }

    private Task DeliverAsync(ScenarioEvent e)
    {
        var message = new EventMessage(e);
        return Task.WhenAll(EventTarget.Of(Setup.Scenario, e).Select(target => target.Kind switch
        {
            EventTargetKind.Lab => _labs[target.Index].ApplyAsync(message),
            EventTargetKind.Vendor => _vendors[target.Index].ApplyAsync(message),
            EventTargetKind.Platform => _platforms[target.Index].ApplyAsync(message),
            _ => Task.WhenAll(_cohorts.Select(c => c.ApplyEventAsync(message))),
        }));
    }
}
