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
public sealed class WorkerCohortGrain : ParticipantGrain<WorkerCohort>, IWorkerCohortGrain
{
    private IPlatformGrain[] _platforms = [];
    private List<WorkerClaim>[] _claims = [];

    public Task<long> InitAsync(RunSetup setup, int cohort)
    {
        Attach(setup, cohort);
        return Task.FromResult(Model.NextCheckMs);
    }

    public Task EventAsync(EventMessage message)
    {
        Model.Apply(message.Event);
        return Task.CompletedTask;
    }

    public async Task<CohortTurnDone> TurnAsync(CohortTurnMessage turn)
    {
        var window = TickWindow.Of(Setup.Scenario, turn.Tick);
        var report = turn.Turn(Index).Take(Model, window, _claims, turn.Alerts);
        List<Task>? sends = null;
        for (var p = 0; p < _claims.Length; p++)
        {
            if (_claims[p].Count > 0)
            {
                (sends ??= []).Add(_platforms[p].CheckInAsync(ClaimBatch.Of(_claims[p])));
                _claims[p].Clear();
            }
        }
        if (sends is not null)
            await Task.WhenAll(sends);
        return new CohortTurnDone(report);
    }

    public Task OutcomesAsync(OutcomeBatch batch)
    {
        Model.Apply(batch.Outcomes, batch.Tick, batch.TickEndMs);
        return Task.CompletedTask;
    }

    public Task<CohortTick> MetricsAsync(int tick) => Task.FromResult(new CohortTick(MetricsReport.Close(Model)));

    public Task<CohortRecords> RecordsAsync() => Task.FromResult(new CohortRecords(Model.Records()));

    protected override WorkerCohort Build(RunSetup setup, int index)
    {
        var spec = setup.Scenario;
        _platforms = Enumerable.Range(0, spec.Platforms.Count).Select(p => GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(setup.RunId, p))).ToArray();
        _claims = spec.Platforms.Select(_ => new List<WorkerClaim>()).ToArray();
        var range = CohortLayout.Ranges(spec.WorkerCount, setup.WorkersPerGrain)[index];
        return new WorkerCohort(spec, range.FirstId, range.Count);
    }

    protected override void Save(WorkerCohort model, StateWriter w) => model.Save(w);

    protected override void Restore(WorkerCohort model, StateReader r) => model.Restore(r);
}
