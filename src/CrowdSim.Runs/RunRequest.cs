namespace CrowdSim.Runs;

/// <summary>How to run a scenario.</summary>
/// <param name="OutputPath">Results folder to create.</param>
/// <param name="WorkersPerGrain">Workers per cohort grain.</param>
/// <param name="ScenarioFile">The scenario file, for the manifest (null when built in code).</param>
/// <param name="Reproduce">The command that reproduces the run, for the manifest.</param>
/// <param name="TaskLog">Whether to write the per-task event log (tasks.parquet); large for long runs.</param>
public sealed record RunRequest(string OutputPath, int WorkersPerGrain, string? ScenarioFile, string Reproduce, bool TaskLog = false)
{
    /// <summary>Ticks between checkpoints; 0 writes none (and a failed run leaves nothing behind).</summary>
    public int CheckpointEveryTicks { get; init; }

    /// <summary>Where checkpoints go; null: beside the results folder (see <see cref="Checkpoints.CheckpointStore.DefaultFolder"/>).</summary>
    public string? CheckpointFolder { get; init; }

    /// <summary>
    /// Whether to keep timeseries.csv, every metric of every tick in CSV (large: a row per
    /// metric, scope and tick). Its bytes are part of the result hash either way; timeseries.parquet and
    /// timeseries-hourly.csv are always written.
    /// </summary>
    public bool TimeSeriesCsv { get; init; }

    /// <summary>Default workers per cohort grain (see bench/README.md when it exists; chosen so a cohort's tick costs far more than a grain call).</summary>
    public const int DefaultWorkersPerGrain = 1000;

    /// <summary>The most workers one cohort grain may hold (<c>--workers-per-grain</c>, and a checkpoint folder's run.json).</summary>
    public const int MaxWorkersPerGrain = 10_000_000;
}
