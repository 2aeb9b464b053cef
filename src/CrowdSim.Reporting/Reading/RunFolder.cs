using System.Text.Json;
using CrowdSim.Model.Metrics;
using CrowdSim.Runs.Output;

namespace CrowdSim.Reporting.Reading;

/// <summary>One run's results read from its folder: what the report shows of it.</summary>
internal sealed record RunFolder(string Path, RunSummary Summary, RunManifest? Manifest, ScenarioInfo Scenario, IReadOnlyList<WorkerRow> Workers, TimeSeries Series)
{
    /// <summary>The files a folder must hold to be a run's results.</summary>
    public static readonly string[] RequiredFiles = ["summary.json", "timeseries.csv", "workers.csv"];

    public static bool IsRun(string folder) => RequiredFiles.All(f => File.Exists(System.IO.Path.Combine(folder, f)));

    public static RunFolder Load(string folder)
    {
        var missing = RequiredFiles.Where(f => !File.Exists(System.IO.Path.Combine(folder, f))).ToArray();
        if (missing.Length > 0)
            throw new ReportInputException($"{folder} is not a run's results folder: no {string.Join(", ", missing)}");
        var summary = ReadJson<RunSummary>(System.IO.Path.Combine(folder, "summary.json"));
        var manifestPath = System.IO.Path.Combine(folder, "manifest.json");
        var manifest = File.Exists(manifestPath) ? ReadJson<RunManifest>(manifestPath) : null;
        var buckets = TimeBuckets.For(summary.TickMinutes, summary.Ticks);
        return new RunFolder(
            folder,
            summary,
            manifest,
            ScenarioInfo.Load(folder, summary),
            WorkerRow.Read(System.IO.Path.Combine(folder, "workers.csv")),
            TimeSeriesReader.Read(System.IO.Path.Combine(folder, "timeseries.csv"), buckets));
    }

    /// <summary>Reads a result file written with <see cref="ResultJson.Options"/>.</summary>
    public static T ReadJson<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), ResultJson.Options)
                ?? throw new ReportInputException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{path} cannot be read: {e.Message}", e);
        }
    }
}
