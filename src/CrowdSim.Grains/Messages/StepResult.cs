using CrowdSim.Model.Metrics;

namespace CrowdSim.Grains.Messages;

/// <summary>The ticks a coordinator ran in one step, and whether the horizon is reached.</summary>
[GenerateSerializer, Immutable]
public sealed record StepResult(
    [property: Id(0)] TickReport[] Ticks,
    [property: Id(1)] bool Finished);
