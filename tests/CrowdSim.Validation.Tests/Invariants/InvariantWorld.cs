using CrowdSim.Model.Scenario;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>The entities of a generated scenario, for its events to refer to.</summary>
internal sealed record InvariantWorld(
    int Days,
    int Tick,
    RegionSpec[] Regions,
    TaskTypeSpec[] TaskTypes,
    PlatformSpec[] Platforms,
    VendorSpec[] Vendors,
    LabSpec[] Labs,
    WorkerPoolSpec[] Pools);
