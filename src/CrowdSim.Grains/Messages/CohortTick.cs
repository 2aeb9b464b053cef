using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Messages;

/// <summary>A cohort's report from a tick's Metrics phase: its counts, and when it next needs to be woken.</summary>
[GenerateSerializer, Immutable]
public sealed record CohortTick([property: Id(0)] MetricsReport Report);
