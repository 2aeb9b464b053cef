using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios;

/// <summary>A scenario file read in full: the scenario, the experiment it asks for, and what its author should know.</summary>
/// <param name="Spec">The scenario as written (with any overrides), without sweep values applied.</param>
/// <param name="Plan">Replications and sweep axes.</param>
public sealed record LoadedScenario(ScenarioSpec Spec, ExperimentPlan Plan)
{
    /// <summary>Notes on the scenario (events after the end of the run), in file order; a command prints each once.</summary>
    public IReadOnlyList<ScenarioNote> Notes { get; init; } = [];
}
