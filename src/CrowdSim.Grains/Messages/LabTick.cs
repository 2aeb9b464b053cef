using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Messages;

/// <summary>A lab's report from a tick's Demand phase (immutable, so not deep-copied within a silo).</summary>
[GenerateSerializer, Immutable]
public sealed record LabTick([property: Id(0)] DemandReport Report);
