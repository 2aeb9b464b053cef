namespace CrowdSim.Experiments.Output;

/// <summary>experiment.json: what was run, with which seeds, and how it went; enough to reproduce it with one command.</summary>
public sealed record ExperimentManifest(
    string Command,
    int Replications,
    ulong BaseSeed,
    IReadOnlyList<ulong> Seeds,
    IReadOnlyList<ExperimentManifestCell> Cells,
    bool Cancelled,
    int RunsFinished,
    double WallSeconds,
    string CrowdSimVersion)
{
    public static ExperimentManifest Of(ExperimentResult result)
    {
        var request = result.Request;
        var version = typeof(ExperimentManifest).Assembly.GetName().Version?.ToString(3) ?? "unknown";
        return new ExperimentManifest(
            request.Command,
            request.Replications,
            request.BaseSeed,
            Enumerable.Range(0, request.Replications).Select(k => Statistics.ReplicationSeeds.For(request.BaseSeed, k)).ToArray(),
            result.Cells.Select(c => new ExperimentManifestCell(
                c.Cell.Label,
                c.Cell.ScenarioFile,
                c.Cell.Overrides,
                c.Replications.Select(r => r is null ? null : Path.GetRelativePath(request.OutputPath, r.OutputPath)).ToArray())).ToArray(),
            result.Cancelled,
            result.Cells.Sum(c => c.Finished.Count()),
            result.WallSeconds,
            version);
    }
}
