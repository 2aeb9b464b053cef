using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="WorkerCohort"/>: one grain call per tick per platform, however many workers it holds.</summary>
[CohortSpreadPlacement]
public sealed class WorkerCohortGrain : Grain, IWorkerCohortGrain
{
    private RunSetup? _setup;
    private WorkerCohort? _cohort;
    private IPlatformGrain[] _platforms = [];
    private List<WorkerClaim>[] _claims = [];

    public Task<long> InitAsync(RunSetup setup, int cohort)
    {
        Build(setup, cohort);
        return Task.FromResult(Cohort.NextCheckMs);
    }

    public Task RestoreAsync(RunSetup setup, int index, byte[] state)
    {
        Build(setup, index);
        StateReader.FromBytes(state, Cohort.Restore);
        return Task.CompletedTask;
    }

    private RunSetup Setup => _setup ?? throw GrainStateLostException.For(this);

    private WorkerCohort Cohort => _cohort ?? throw GrainStateLostException.For(this);

    private void Build(RunSetup setup, int cohort)
    {
        _setup = setup;
        var range = CohortLayout.Ranges(setup.Scenario.WorkerCount, setup.WorkersPerGrain)[cohort];
        _cohort = new WorkerCohort(setup.Scenario, range.FirstId, range.Count);
        _platforms = Enumerable.Range(0, setup.Scenario.Platforms.Count).Select(p => GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(setup.RunId, p))).ToArray();
        _claims = setup.Scenario.Platforms.Select(_ => new List<WorkerClaim>()).ToArray();
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(Cohort.Save));

    public Task CollectAsync(int tick)
    {
        var setup = Setup;
        var window = TickWindow.Of(setup.Scenario, tick);
        var claims = _claims;
        Cohort.CollectClaims(tick, window.EndMs, claims);
        var sends = new List<Task>();
        for (var p = 0; p < claims.Length; p++)
        {
            if (claims[p].Count > 0)
            {
                sends.Add(_platforms[p].ClaimAsync(ClaimBatch.Of(claims[p])));
                claims[p].Clear();
            }
        }
        return Task.WhenAll(sends);
    }

    public Task ApplyEventAsync(EventMessage message)
    {
        Cohort.Apply(message.Event);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(OutcomeBatch batch)
    {
        Cohort.Apply(batch.Outcomes, batch.Tick, batch.TickEndMs);
        return Task.CompletedTask;
    }

    public Task<CohortTick> EndTickAsync(int tick) =>
        Task.FromResult(new CohortTick(Cohort.TakeTickCounters(), Cohort.NextCheckMs));

    public Task<CohortRecords> RecordsAsync() => Task.FromResult(new CohortRecords(Cohort.Records()));

    public Task ReleaseAsync()
    {
        _cohort = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
