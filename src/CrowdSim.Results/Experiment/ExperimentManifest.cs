namespace CrowdSim.Results.Experiment;

/// <summary>experiment.json: what was run, with which seeds, and how it went; enough to reproduce it with one command.</summary>
/// <param name="Command">The command that reproduces the experiment.</param>
/// <param name="Seeds">Replication k's seed, the same for every cell (common random numbers).</param>
/// <param name="Cells">Each cell's origin and run folders.</param>
/// <param name="RunsFinished">Runs that finished, over all cells.</param>
public sealed record ExperimentManifest(
    string Command,
    int Replications,
    ulong BaseSeed,
    IReadOnlyList<ulong> Seeds,
    IReadOnlyList<ExperimentManifestCell> Cells,
    bool Cancelled,
    int RunsFinished,
    double WallSeconds,
    string CrowdSimVersion);
