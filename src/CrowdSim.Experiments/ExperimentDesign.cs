using CrowdSim.Scenarios;

namespace CrowdSim.Experiments;

/// <summary>An experiment planned from scenario files, before it runs: its cells and what the files ask for.</summary>
/// <param name="Cells">The scenarios to run; for a comparison the first is the baseline.</param>
/// <param name="Replications">The replications to run: those the command line gives, else those the files ask for (<c>replications:</c>); null when neither says.</param>
/// <param name="Notes">Notes on the scenarios (events after the end of a run), each once, to show before running.</param>
public sealed record ExperimentDesign(IReadOnlyList<ExperimentCell> Cells, int? Replications, IReadOnlyList<ScenarioNote> Notes);
