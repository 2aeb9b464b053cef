using CrowdSim.Experiments.Statistics;
using CrowdSim.Results.Experiment;

namespace CrowdSim.Experiments.Output;

/// <summary>Makes experiment.json's record from an experiment's results: <c>ExperimentManifest.Of(result)</c>.</summary>
public static class ExperimentManifests
{
    extension(ExperimentManifest)
    {
        /// <summary>The manifest of <paramref name="result"/>: its command, seeds, and each cell's origin and run folders.</summary>
        public static ExperimentManifest Of(ExperimentResult result)
        {
            var request = result.Request;
            var version = typeof(ExperimentManifests).Assembly.GetName().Version?.ToString(3) ?? "unknown";
            return new ExperimentManifest(
                request.Command,
                request.Replications,
                request.BaseSeed,
                Enumerable.Range(0, request.Replications).Select(k => ReplicationSeeds.For(request.BaseSeed, k)).ToArray(),
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
}
