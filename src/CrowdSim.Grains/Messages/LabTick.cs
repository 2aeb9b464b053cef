using CrowdSim.Model.Labs;

namespace CrowdSim.Grains.Messages;

/// <summary>A lab's counts for a tick and the projects it launched.</summary>
[GenerateSerializer, Immutable]
public sealed record LabTick(
    [property: Id(0)] LabCounters Counters,
    [property: Id(1)] ProjectLaunch[] Projects);
