using CrowdSim.Model.Scenario;

namespace CrowdSim.Experiments;

/// <summary>One scenario (or one variant of a sweep) of an experiment.</summary>
/// <param name="Label">Names the cell in tables and its folder (file-name safe).</param>
/// <param name="Spec">The scenario to run (its seed is replaced by each replication's).</param>
/// <param name="ScenarioFile">The file it came from, for reproduction.</param>
/// <param name="Overrides">The <c>--set</c> overrides (and sweep values) that made it, for reproduction.</param>
public sealed record ExperimentCell(string Label, ScenarioSpec Spec, string? ScenarioFile, IReadOnlyList<string> Overrides)
{
    /// <summary>The <c>--scenario-root</c> the file was loaded with, for reproduction; null for the file's own folder.</summary>
    public string? ScenarioRoot { get; init; }
}
