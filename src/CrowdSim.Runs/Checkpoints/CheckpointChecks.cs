using CrowdSim.Model.Scenario;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>
/// What a checkpoint folder's JSON files must hold before a run is resumed from them: a hand-edited
/// value (<c>everyTicks: 0</c>, <c>workersPerGrain: -1</c>, another <c>format</c>) is refused
/// with the file and the field named, rather than failing somewhere inside the run.
/// </summary>
internal static class CheckpointChecks
{
    /// <summary>Checks run.json (<paramref name="path"/>).</summary>
    public static void Run(CheckpointRun run, string path)
    {
        Format(run.Format, path);
        if (string.IsNullOrEmpty(run.ScenarioSha256))
            throw Bad(path, "scenarioSha256", "is missing");
        if (string.IsNullOrEmpty(run.OutputPath) || !Path.IsPathFullyQualified(run.OutputPath))
            throw Bad(path, "outputPath", "must be the full path of the results folder");
        if (run.Reproduce is null)
            throw Bad(path, "reproduce", "is missing");
        if (run.WorkersPerGrain is < 1 or > RunRequest.MaxWorkersPerGrain)
            throw Bad(path, "workersPerGrain", $"is {run.WorkersPerGrain}; expected 1 to {RunRequest.MaxWorkersPerGrain:N0}");
        if (run.EveryTicks < 1)
            throw Bad(path, "everyTicks", $"is {run.EveryTicks}; expected a whole number of ticks, at least 1");
    }

    /// <summary>Checks checkpoint.json (<paramref name="path"/>) of the folder for <paramref name="folderTick"/> ticks.</summary>
    public static void Info(CheckpointInfo info, string path, int folderTick, ScenarioSpec spec)
    {
        Format(info.Format, path);
        if (info.Tick != folderTick)
            throw Bad(path, "tick", $"is {info.Tick}, but its folder is that of tick {folderTick}");
        if (info.Tick < 1 || info.Tick >= spec.Ticks)
            throw Bad(path, "tick", $"is {info.Tick}; expected 1 to {spec.Ticks - 1} (the scenario has {spec.Ticks} ticks)");
        if (string.IsNullOrEmpty(info.StateSha256))
            throw Bad(path, "stateSha256", "is missing");
        if (info.Outputs is null || info.Recoveries is null)
            throw Bad(path, info.Outputs is null ? "outputs" : "recoveries", "is missing");
        foreach (var mark in info.Outputs)
        {
            if (mark is null || string.IsNullOrEmpty(mark.File) || mark.File != Path.GetFileName(mark.File) || mark.Length < 0 || mark.Footer is null)
                throw Bad(path, "outputs", $"holds a mark that is not one ({mark?.File ?? "null"}: expected a file name, a length of at least 0 and a footer)");
        }
    }

    private static void Format(int format, string path)
    {
        if (format != CheckpointStore.FormatVersion)
            throw new CheckpointException($"{path}: checkpoint format {format}; this build reads format {CheckpointStore.FormatVersion}");
    }

    private static CheckpointException Bad(string path, string field, string problem) => new($"{path}: `{field}` {problem}");
}
