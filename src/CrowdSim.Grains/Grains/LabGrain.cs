using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Grains.Placement;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Grains;

/// <summary>Hosts a <see cref="LabDemand"/>: creates each tick's tasks and posts them on the platforms (a vendor's on the vendor's platform).</summary>
[HubPlacement]
public sealed class LabGrain : ParticipantGrain<LabDemand>, ILabGrain
{
    private IPlatformGrain[] _platforms = [];
    private int[] _vendorPlatforms = [];

    public Task InitAsync(RunSetup setup, int lab)
    {
        Attach(setup, lab);
        return Task.CompletedTask;
    }

    public Task EventAsync(EventMessage message)
    {
        Model.Apply(message.Event);
        return Task.CompletedTask;
    }

    public async Task<LabTick> DemandAsync(int tick)
    {
        var window = TickWindow.Of(Setup.Scenario, tick);
        var output = Model.Generate(tick, window.StartMs, window.EndMs);
        var posts = new List<Task>();
        for (var p = 0; p < _platforms.Length; p++)
        {
            var tasks = PostsOn(output, p);
            if (tasks.Length > 0)
                posts.Add(_platforms[p].PostAsync(new TaskBatch(tick, tasks)));
        }
        await Task.WhenAll(posts);
        return new LabTick(DemandReport.Of(output));
    }

    protected override LabDemand Build(RunSetup setup, int index)
    {
        var spec = setup.Scenario;
        _platforms = Enumerable.Range(0, spec.Platforms.Count).Select(p => GrainFactory.GetGrain<IPlatformGrain>(GrainKeys.Platform(setup.RunId, p))).ToArray();
        _vendorPlatforms = spec.Vendors.Select(v => spec.PlatformIndex(v.Platform)).ToArray();
        return new LabDemand(spec, index);
    }

    protected override void Save(LabDemand model, StateWriter w) => model.Save(w);

    protected override void Restore(LabDemand model, StateReader r) => model.Restore(r);

    /// <summary>The tasks for platform <paramref name="platform"/>: those posted on it directly and those of the vendors that post there (the platform sorts them).</summary>
    private PostedTask[] PostsOn(LabTickOutput output, int platform) =>
    [
        .. output.ByPlatform[platform],
        .. Enumerable.Range(0, _vendorPlatforms.Length).Where(v => _vendorPlatforms[v] == platform).SelectMany(v => output.ByVendor[v]),
    ];
}
