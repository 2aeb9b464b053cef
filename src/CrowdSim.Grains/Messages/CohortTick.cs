using CrowdSim.Model.Workers;

namespace CrowdSim.Grains.Messages;

/// <summary>A cohort's counts for a tick, and when it next needs to be woken.</summary>
[GenerateSerializer, Immutable]
public sealed record CohortTick(
    [property: Id(0)] RegionCounters[] Regions,
    [property: Id(1)] long NextCheckMs);
