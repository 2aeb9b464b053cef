using CrowdSim.Model.Metrics;
using CrowdSim.Results;
using CrowdSim.Results.Run;

namespace CrowdSim.Reporting.Reading;

/// <summary>One run's results read from its folder: what the report shows of it.</summary>
internal sealed record RunFolder(string Path, RunSummary Summary, RunManifest? Manifest, ScenarioInfo Scenario, IReadOnlyList<WorkerRow> Workers, TimeSeries Series)
{
    /// <exception cref="ResultFileException">A file is missing or cannot be read.</exception>
    public static RunFolder Load(string folder)
    {
        var missing = RunFiles.Required.Where(f => !File.Exists(System.IO.Path.Combine(folder, f))).ToArray();
        if (missing.Length > 0)
            throw new ResultFileException($"{folder} is not a run's results folder: no {string.Join(", ", missing)}");
        var series = RunFiles.TimeSeriesFiles.Select(f => System.IO.Path.Combine(folder, f)).FirstOrDefault(File.Exists)
            ?? throw new ResultFileException($"{folder} is not a run's results folder: no {string.Join(" or ", RunFiles.TimeSeriesFiles)}");
        var summary = ResultJson.Read<RunSummary>(System.IO.Path.Combine(folder, RunFiles.Summary));
        var manifestPath = System.IO.Path.Combine(folder, RunFiles.Manifest);
        var manifest = File.Exists(manifestPath) ? ResultJson.Read<RunManifest>(manifestPath) : null;
        var hourly = System.IO.Path.GetFileName(series) == RunFiles.TimeSeriesHourly;
        var buckets = TimeBuckets.For(summary.TickMinutes, summary.Ticks, minimumMinutes: hourly ? 60 : 0);
        return new RunFolder(
            folder,
            summary,
            manifest,
            ScenarioInfo.Load(folder, summary),
            [.. WorkersTable.Table.Read(System.IO.Path.Combine(folder, RunFiles.Workers))],
            TimeSeriesReader.Read(series, buckets));
    }
}
