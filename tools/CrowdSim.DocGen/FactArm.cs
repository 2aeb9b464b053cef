using CrowdSim.Model.Scenario;

namespace CrowdSim.DocGen;

/// <summary>One side of a stylised fact's comparison: a scenario (with or without a mechanism) and its replications.</summary>
/// <param name="Name">How the text names it, e.g. "perfect information".</param>
/// <param name="Replications">The scenario once per replication, each with its replication's seed.</param>
internal sealed record FactArm(string Name, IReadOnlyList<ScenarioSpec> Replications);
