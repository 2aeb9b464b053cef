using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="LabDemand"/>: generates each tick's tasks and hands them to vendors and marketplaces.</summary>
[HubPlacement]
public sealed class LabGrain : Grain, ILabGrain
{
    private RunSetup? _setup;
    private LabDemand? _demand;

    public Task InitAsync(RunSetup setup, int lab)
    {
        Build(setup, lab);
        return Task.CompletedTask;
    }

    public Task RestoreAsync(RunSetup setup, int index, byte[] state)
    {
        Build(setup, index);
        StateReader.FromBytes(state, Demand.Restore);
        return Task.CompletedTask;
    }

    public Task<byte[]> SaveAsync() => Task.FromResult(StateWriter.ToBytes(Demand.Save));

    public Task ApplyAsync(EventMessage message)
    {
        Demand.Apply(message.Event);
        return Task.CompletedTask;
    }

    public async Task<LabTick> GenerateAsync(int tick)
    {
        var setup = Setup;
        var window = TickWindow.Of(setup.Scenario, tick);
        var output = Demand.Generate(tick, window.StartMs, window.EndMs);
        var deliveries = new List<Task>();
        for (var v = 0; v < output.ByVendor.Count; v++)
        {
            if (output.ByVendor[v].Count > 0)
                deliveries.Add(GrainFactory.GetGrain<IVendorGrain>(GrainKeys.Vendor(setup.RunId, v)).PostAsync(new TaskBatch([.. output.ByVendor[v]])));
        }
        for (var p = 0; p < output.ByPlatform.Count; p++)
        {
            if (output.ByPlatform[p].Count > 0)
                deliveries.Add(GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(setup.RunId, p)).EnqueueAsync(new TaskBatch([.. output.ByPlatform[p]])));
        }
        await Task.WhenAll(deliveries);
        return new LabTick(output.Counters, [.. output.Projects]);
    }

    private RunSetup Setup => _setup ?? throw GrainStateLostException.For(this);

    private LabDemand Demand => _demand ?? throw GrainStateLostException.For(this);

    private void Build(RunSetup setup, int lab)
    {
        _setup = setup;
        _demand = new LabDemand(setup.Scenario, lab);
    }

    public Task ReleaseAsync()
    {
        _demand = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
