using CrowdSim.Model.Scenario;

namespace CrowdSim.Grains.Messages;

/// <summary>A scenario event delivered to the grain it concerns.</summary>
[GenerateSerializer, Immutable]
public sealed record EventMessage([property: Id(0)] ScenarioEvent Event);
