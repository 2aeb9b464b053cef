using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios;

/// <summary>A scenario file read in full: the scenario, and the experiment it asks for.</summary>
/// <param name="Spec">The scenario as written (with any overrides), without sweep values applied.</param>
/// <param name="Plan">Replications and sweep axes.</param>
public sealed record LoadedScenario(ScenarioSpec Spec, ExperimentPlan Plan);
