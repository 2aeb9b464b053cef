using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Grains;

/// <summary>
/// Owns simulated time for one run: runs the <see cref="TickPlan"/> on the run's grains
/// (<see cref="RunGrains"/>), tick after tick, each phase ending in a barrier.
/// </summary>
[HubPlacement]
public sealed class CoordinatorGrain : Grain, ICoordinatorGrain
{
    private RunGrains? _grains;
    private TickPlan? _plan;

    public async Task StartAsync(RunSetup setup)
    {
        var grains = Attach(setup);
        _plan = new TickPlan(setup.Scenario, nextTick: 0, await grains.InitAsync());
    }

    public Task ResumeAsync(RunSetup setup, byte[] state)
    {
        var grains = Attach(setup);
        StateReader.FromBytes(state, r =>
        {
            r.Section(nameof(CoordinatorGrain));
            _plan = TickPlan.Restore(setup.Scenario, grains.Cohorts.Count, r);
        });
        return Task.CompletedTask;
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(w =>
    {
        w.Section(nameof(CoordinatorGrain));
        Plan.Save(w);
    }));

    public async Task<StepResult> StepAsync(int maxTicks)
    {
        var plan = Plan;
        var reports = plan.Finished ? [] : await plan.RunAsync(Grains, maxTicks);
        return new StepResult([.. reports], plan.Finished);
    }

    public async Task<RunFinal> FinishAsync()
    {
        // Also called to clean up after a failure, perhaps before (or without) a start.
        RunFinal final = new([], []);
        if (_grains is { } grains)
        {
            var records = await Task.WhenAll(grains.Cohorts.Select(c => c.RecordsAsync()));
            var waits = await Task.WhenAll(grains.Platforms.Select(p => p.WaitsAsync()));
            await Task.WhenAll(grains.All.Select(p => p.ReleaseAsync()));
            final = new RunFinal(records.SelectMany(r => r.Workers).ToArray(), waits.Select(w => w.ByQueue).ToArray());
        }
        DeactivateOnIdle();
        return final;
    }

    private RunGrains Grains => _grains ?? throw GrainStateLostException.For(this);

    private TickPlan Plan => _plan ?? throw GrainStateLostException.For(this);

    private RunGrains Attach(RunSetup setup) => _grains = new RunGrains(GrainFactory, setup);
}
