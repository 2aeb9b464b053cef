using CrowdSim.Runs;

namespace CrowdSim.Experiments;

/// <summary>A cell's replications: index k holds replication k's result, or null if it did not finish.</summary>
public sealed record CellResult(ExperimentCell Cell, IReadOnlyList<RunResult?> Replications)
{
    /// <summary>Replications that finished.</summary>
    public IEnumerable<RunResult> Finished => Replications.OfType<RunResult>();
}
