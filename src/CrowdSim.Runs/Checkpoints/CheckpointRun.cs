namespace CrowdSim.Runs.Checkpoints;

/// <summary>
/// run.json of a checkpoint folder: how the run was asked for, so that <c>crowdsim run --resume</c>
/// can carry on with nothing else given. The scenario itself is beside it, as scenario.yaml.
/// </summary>
/// <param name="Format">The checkpoint format version (<see cref="CheckpointStore.FormatVersion"/>).</param>
/// <param name="ScenarioSha256">SHA-256 of the scenario as the run's manifest records it; checked on resume.</param>
/// <param name="OutputPath">The results folder the run ends in.</param>
/// <param name="EveryTicks">Ticks between checkpoints.</param>
/// <param name="TimeSeriesCsv">Whether timeseries.csv is kept (absent from folders written before it could be left out: false).</param>
public sealed record CheckpointRun(
    int Format,
    string ScenarioSha256,
    string OutputPath,
    int WorkersPerGrain,
    string? ScenarioFile,
    string Reproduce,
    bool TaskLog,
    int EveryTicks,
    bool TimeSeriesCsv = false);
