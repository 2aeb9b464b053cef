using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Messages;

/// <summary>A platform's report from a tick's Clearing phase (immutable, so not deep-copied within a silo).</summary>
[GenerateSerializer, Immutable]
public sealed record PlatformTick([property: Id(0)] ClearingReport Report);
