using CrowdSim.Runs;

namespace CrowdSim.Experiments;

/// <summary>What to run: cells × replications.</summary>
/// <param name="Cells">The scenarios; for a comparison the first is the baseline.</param>
/// <param name="Replications">Runs per cell.</param>
/// <param name="BaseSeed">The seed replications derive from, the same for every cell (common random numbers).</param>
/// <param name="Parallel">How many runs at once.</param>
/// <param name="OutputPath">The experiment's folder.</param>
/// <param name="WorkersPerGrain">Workers per cohort grain.</param>
/// <param name="Command">The command that reproduces the experiment.</param>
public sealed record ExperimentRequest(
    IReadOnlyList<ExperimentCell> Cells,
    int Replications,
    ulong BaseSeed,
    int Parallel,
    string OutputPath,
    int WorkersPerGrain,
    string Command)
{
    /// <summary>Whether every run also writes its per-task event log (tasks.parquet).</summary>
    public bool TaskLog { get; init; }

    /// <summary>Whether every run also keeps its full timeseries.csv (<see cref="RunRequest.TimeSeriesCsv"/>).</summary>
    public bool TimeSeriesCsv { get; init; }
}
