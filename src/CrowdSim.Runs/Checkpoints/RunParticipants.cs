using CrowdSim.Grains;
using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>
/// Every grain of one run except its coordinator, in a fixed order (labs, vendors, platforms,
/// cohorts; each by index): the order their states are written to and read from a checkpoint.
/// </summary>
internal sealed class RunParticipants(IGrainFactory grains, RunSetup setup)
{
    public const string Lab = "lab";
    public const string Vendor = "vendor";
    public const string Platform = "platform";
    public const string Cohort = "cohort";

    /// <summary>Kinds and indexes, in checkpoint order.</summary>
    public IReadOnlyList<(string Kind, int Index)> All { get; } = Order(setup);

    public IRunParticipant Get(string kind, int index) => kind switch
    {
        Lab => grains.GetGrain<ILabGrain>(GrainKeys.Lab(setup.RunId, index)),
        Vendor => grains.GetGrain<IVendorGrain>(GrainKeys.Vendor(setup.RunId, index)),
        Platform => grains.GetGrain<IPlatformGrain>(GrainKeys.Platform(setup.RunId, index)),
        _ => grains.GetGrain<IWorkerCohortGrain>(GrainKeys.Cohort(setup.RunId, index)),
    };

    /// <summary>Builds one participant from the scenario and gives it its saved state.</summary>
    public Task RestoreAsync(string kind, int index, byte[] state) => Get(kind, index).RestoreAsync(setup, index, state);

    private static (string, int)[] Order(RunSetup setup)
    {
        var spec = setup.Scenario;
        var cohorts = CohortLayout.Ranges(spec.WorkerCount, setup.WorkersPerGrain).Count;
        return Enumerable.Range(0, spec.Labs.Count).Select(i => (Lab, i))
            .Concat(Enumerable.Range(0, spec.Vendors.Count).Select(i => (Vendor, i)))
            .Concat(Enumerable.Range(0, spec.Platforms.Count).Select(i => (Platform, i)))
            .Concat(Enumerable.Range(0, cohorts).Select(i => (Cohort, i)))
            .ToArray();
    }
}
