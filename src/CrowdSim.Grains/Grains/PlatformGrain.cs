using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="PlatformMarket"/>: buffers a tick's tasks and claims, clears the tick, reports to cohorts.</summary>
[HubPlacement]
public sealed class PlatformGrain : Grain, IPlatformGrain
{
    private RunSetup? _setup;
    private PlatformMarket? _market;
    private IWorkerCohortGrain?[] _cohorts = [];

    public Task InitAsync(RunSetup setup, int platform)
    {
        Build(setup, platform);
        return Task.CompletedTask;
    }

    public Task RestoreAsync(RunSetup setup, int index, byte[] state)
    {
        Build(setup, index);
        StateReader.FromBytes(state, Market.Restore);
        return Task.CompletedTask;
    }

    private RunSetup Setup => _setup ?? throw GrainStateLostException.For(this);

    private PlatformMarket Market => _market ?? throw GrainStateLostException.For(this);

    private void Build(RunSetup setup, int platform)
    {
        _setup = setup;
        _market = new PlatformMarket(setup.Scenario, platform, setup.WorkersPerGrain, setup.RecordTaskEvents);
        _cohorts = new IWorkerCohortGrain?[CohortLayout.Ranges(setup.Scenario.WorkerCount, setup.WorkersPerGrain).Count];
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(Market.Save));

    public Task ApplyAsync(EventMessage message)
    {
        Market.Apply(message.Event);
        return Task.CompletedTask;
    }

    public Task SetVendorRatesAsync(int vendor, long[] rates)
    {
        Market.SetVendorRates(vendor, rates);
        return Task.CompletedTask;
    }

    public Task EnqueueAsync(TaskBatch batch)
    {
        Market.Enqueue(batch.Tasks);
        return Task.CompletedTask;
    }

    public Task ClaimAsync(ClaimBatch batch)
    {
        Market.AddClaims(batch.Claims);
        return Task.CompletedTask;
    }

    public async Task<PlatformTick> RunTickAsync(int tick)
    {
        var setup = Setup;
        var window = TickWindow.Of(setup.Scenario, tick);
        var result = Market.RunTick(window.StartMs, window.EndMs);
        await Task.WhenAll(result.OutcomesByCohort.Select(batch =>
            (_cohorts[batch.Cohort] ??= GrainFactory.GetGrain<IWorkerCohortGrain>(GrainKeys.Cohort(setup.RunId, batch.Cohort)))
                .ApplyAsync(OutcomeBatch.Of(tick, window.EndMs, batch.Outcomes))));
        return new PlatformTick(
            [.. result.Queues],
            result.Money,
            result.OutcomesByCohort.Select(b => b.Cohort).ToArray(),
            Market.WorkersInSession,
            [.. result.TaskEvents]);
    }

    public Task<PlatformWaits> WaitsAsync() => Task.FromResult(new PlatformWaits(Market.WaitsByQueue()));

    public Task ReleaseAsync()
    {
        _market = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
