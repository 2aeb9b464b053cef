namespace CrowdSim.Results;

/// <summary>The files of a run's results folder (described in results/README.md).</summary>
public static class RunFiles
{
    /// <summary>The scenario as run, resolved (JSON).</summary>
    public const string Scenario = "scenario.json";

    /// <summary>The headline results (the model's <c>RunSummary</c>).</summary>
    public const string Summary = "summary.json";

    /// <summary>How to reproduce the run and what it ran on (<see cref="Run.RunManifest"/>).</summary>
    public const string Manifest = "manifest.json";

    /// <summary>
    /// Every metric of every scope in every tick (<see cref="Run.TimeSeriesTable"/>), only when asked
    /// for (<c>--timeseries-csv</c>): its bytes are part of the result hash whether it is kept or not.
    /// </summary>
    public const string TimeSeries = "timeseries.csv";

    /// <summary>The rows of timeseries.csv, typed: the full time series every run keeps.</summary>
    public const string TimeSeriesParquet = "timeseries.parquet";

    /// <summary>Every metric of every scope summed up by simulated hour (<see cref="Run.HourlyTimeSeriesTable"/>); every run writes it.</summary>
    public const string TimeSeriesHourly = "timeseries-hourly.csv";

    /// <summary>One row per worker (<see cref="Run.WorkersTable"/>).</summary>
    public const string Workers = "workers.csv";

    /// <summary>The rows of workers.csv, typed.</summary>
    public const string WorkersParquet = "workers.parquet";

    /// <summary>One row per project launch or batch (<see cref="Run.ProjectsTable"/>).</summary>
    public const string Projects = "projects.csv";

    /// <summary>One row per requester of a demand line with requesters: its drawn pay and volume, and what it posted and got done (<see cref="Run.RequestersTable"/>).</summary>
    public const string Requesters = "requesters.csv";

    /// <summary>The per-task event log, only with a task log (<see cref="Run.TaskEventsTable"/>).</summary>
    public const string Tasks = "tasks.parquet";

    /// <summary>The report page (also of an experiment folder).</summary>
    public const string Report = "report.html";

    /// <summary>The folder of the report's charts as PNG and SVG (also in an experiment folder).</summary>
    public const string Charts = "charts";

    /// <summary>What a folder must hold to be a run's results (and to have a report), besides one of <see cref="TimeSeriesFiles"/>.</summary>
    public static readonly IReadOnlyList<string> Required = [Summary, Workers];

    /// <summary>
    /// The time series a report reads, the first a folder has: the hourly CSV, or timeseries.csv in
    /// folders written before every run wrote the hourly one.
    /// </summary>
    public static readonly IReadOnlyList<string> TimeSeriesFiles = [TimeSeriesHourly, TimeSeries];

    /// <summary>
    /// The files whose bytes make up the result hash, in order; summary.json (with an empty hash)
    /// follows them. timeseries.csv's bytes count whether the file is kept or not: a run hashes them
    /// as it writes them.
    /// </summary>
    public static readonly IReadOnlyList<string> Hashed = [TimeSeries, Workers, Projects];

    /// <summary>Whether <paramref name="folder"/> holds a run's results.</summary>
    public static bool IsRun(string folder) =>
        Required.All(f => File.Exists(Path.Combine(folder, f))) && TimeSeriesFiles.Any(f => File.Exists(Path.Combine(folder, f)));

    /// <summary>What a run's folder must hold, in words: "summary.json, workers.csv and timeseries-hourly.csv (or timeseries.csv)".</summary>
    public static string RequiredText => $"{string.Join(", ", Required)} and {TimeSeriesFiles[0]} (or {TimeSeriesFiles[1]})";
}
