using CrowdSim.Model.Scenario;
using CsCheck;

namespace CrowdSim.Testing.Generators;

/// <summary>The entities of a generated scenario, for its events to refer to.</summary>
public sealed record GeneratedWorld(
    int Days,
    int Tick,
    RegionSpec[] Regions,
    TaskTypeSpec[] TaskTypes,
    PlatformSpec[] Platforms,
    VendorSpec[] Vendors,
    LabSpec[] Labs,
    WorkerPoolSpec[] Pools)
{
    /// <summary>
    /// Up to <paramref name="maxCount"/> events in time order, half of their times in the first eight
    /// ticks (so that a short run sees them), the others anywhere in the run.
    /// </summary>
    public Gen<ScenarioEvent[]> Events(int maxCount, Func<long, Gen<ScenarioEvent>> eventAt) =>
        from count in Gen.Int[0, maxCount]
        from times in Gens.All(Enumerable.Range(0, count).Select(_ => Gen.Frequency<long>(
            (1, Gen.Long[0, (8L * Tick) - 1]),
            (1, Gen.Long[0, (Days * 1440L) - 1]))))
        from events in Gens.All(times.Order().Select(eventAt))
        select events;
}
