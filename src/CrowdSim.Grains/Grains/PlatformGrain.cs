using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="PlatformMarket"/>: buffers a tick's tasks and claims, clears the tick, sends each cohort its outcomes.</summary>
[HubPlacement]
public sealed class PlatformGrain : ParticipantGrain<PlatformMarket>, IPlatformGrain
{
    private IWorkerCohortGrain?[] _cohorts = [];
    // Tasks posted for ticks not yet cleared, by tick: labs post coming ticks' demand while this one clears.
    private readonly List<(int Tick, PostedTask[] Tasks)> _posted = [];

    public Task InitAsync(RunSetup setup, int platform)
    {
        Attach(setup, platform);
        return Task.CompletedTask;
    }

    public Task EventAsync(EventMessage message)
    {
        Model.Apply(message.Event);
        return Task.CompletedTask;
    }

    public Task SetVendorRatesAsync(int vendor, long[] rates)
    {
        Model.SetVendorRates(vendor, rates);
        return Task.CompletedTask;
    }

    public Task PostAsync(TaskBatch batch)
    {
        for (var k = 0; k < batch.Ticks.Length; k++)
            _posted.Add((batch.Ticks[k], batch.Tasks[k]));
        return Task.CompletedTask;
    }

    public Task CheckInAsync(ClaimBatch batch)
    {
        Model.AddClaims(batch.Claims);
        return Task.CompletedTask;
    }

    public async Task<PlatformTick> ClearingAsync(int tick)
    {
        var window = TickWindow.Of(Setup.Scenario, tick);
        // This tick's tasks; the market sorts what it is given, so the order the labs' posts arrived in does not matter.
        foreach (var (postedFor, tasks) in _posted)
        {
            if (postedFor < tick)
                throw new InvalidOperationException($"tasks for tick {postedFor} reached platform {Index} after that tick cleared");
            if (postedFor == tick)
                Model.Enqueue(tasks);
        }
        _posted.RemoveAll(p => p.Tick == tick);
        var result = Model.RunTick(window.StartMs, window.EndMs);
        await Task.WhenAll(result.OutcomesByCohort.Select(batch => Cohort(batch.Cohort).OutcomesAsync(OutcomeBatch.Of(tick, window.EndMs, batch.Outcomes))));
        return new PlatformTick(ClearingReport.Of(result, Model));
    }

    public Task<PlatformWaits> WaitsAsync() => Task.FromResult(new PlatformWaits(Model.WaitsByQueue()));

    protected override PlatformMarket Build(RunSetup setup, int index)
    {
        _cohorts = new IWorkerCohortGrain?[CohortLayout.Ranges(setup.Scenario.WorkerCount, setup.WorkersPerGrain).Count];
        return new PlatformMarket(setup.Scenario, index, setup.WorkersPerGrain, setup.RecordTaskEvents);
    }

    // Saved between steps only, when every tick posted for has cleared.
    protected override void Save(PlatformMarket model, StateWriter w)
    {
        if (_posted.Count > 0)
            throw new InvalidOperationException($"platform {Index} holds tasks for tick {_posted[0].Tick}: a checkpoint must come between steps");
        model.Save(w);
    }

    protected override void Restore(PlatformMarket model, StateReader r) => model.Restore(r);

    private IWorkerCohortGrain Cohort(int cohort) =>
        _cohorts[cohort] ??= GrainFactory.GetGrain<IWorkerCohortGrain>(GrainKeys.Cohort(Setup.RunId, cohort));
}
