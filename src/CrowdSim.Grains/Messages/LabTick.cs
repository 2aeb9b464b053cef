using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Messages;

/// <summary>A lab's reports from the Demand phase of one tick or several consecutive ones, in tick order (immutable, so not deep-copied within a silo).</summary>
[GenerateSerializer, Immutable]
public sealed record LabTick([property: Id(0)] DemandReport[] Reports);
