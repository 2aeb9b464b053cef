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

    public async Task<LabTick> DemandAsync(int firstTick, int ticks)
    {
        var reports = new DemandReport[ticks];
        var posts = _platforms.Select(_ => (Ticks: new List<int>(), Tasks: new List<PostedTask[]>())).ToArray();
        for (var k = 0; k < ticks; k++)
        {
            var window = TickWindow.Of(Setup.Scenario, firstTick + k);
            var output = Model.Generate(window.Tick, window.StartMs, window.EndMs);
            for (var p = 0; p < _platforms.Length; p++)
            {
                // The lab's own posts on the platform, then those of the vendors that post there (the platform sorts them).
                Add(posts[p], window.Tick, output.ByPlatform[p]);
                for (var v = 0; v < _vendorPlatforms.Length; v++)
                {
                    if (_vendorPlatforms[v] == p)
                        Add(posts[p], window.Tick, output.ByVendor[v]);
                }
            }
            reports[k] = DemandReport.Of(output);
        }
        var sends = new List<Task>();
        for (var p = 0; p < _platforms.Length; p++)
        {
            if (posts[p].Tasks.Count > 0)
                sends.Add(_platforms[p].PostAsync(new TaskBatch([.. posts[p].Ticks], [.. posts[p].Tasks])));
        }
        await Task.WhenAll(sends);
        return new LabTick(reports);
    }

    private static void Add((List<int> Ticks, List<PostedTask[]> Tasks) posts, int tick, List<PostedTask> tasks)
    {
        if (tasks.Count == 0)
            return;
        posts.Ticks.Add(tick);
        posts.Tasks.Add([.. tasks]);
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

}
