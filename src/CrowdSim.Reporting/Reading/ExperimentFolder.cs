using CrowdSim.Experiments.Output;

namespace CrowdSim.Reporting.Reading;

/// <summary>
/// An experiment's results read from its folder: experiment.json, aggregate.csv, comparison.csv
/// (for a comparison) and the first finished replication of each cell.
/// </summary>
internal sealed record ExperimentFolder(
    string Path,
    ExperimentManifest Manifest,
    IReadOnlyList<AggregateRow> Aggregate,
    IReadOnlyList<ComparisonRow>? Comparison,
    IReadOnlyList<(ExperimentManifestCell Cell, int Replication, RunFolder? Run)> FirstRuns)
{
    public const string ManifestFile = "experiment.json";

    public static bool IsExperiment(string folder) => File.Exists(System.IO.Path.Combine(folder, ManifestFile));

    public static ExperimentFolder Load(string folder)
    {
        var manifest = RunFolder.ReadJson<ExperimentManifest>(System.IO.Path.Combine(folder, ManifestFile));
        var aggregatePath = System.IO.Path.Combine(folder, "aggregate.csv");
        var comparisonPath = System.IO.Path.Combine(folder, "comparison.csv");
        var firstRuns = manifest.Cells.Select(cell =>
        {
            var replication = cell.Runs.ToList().FindIndex(r => r is not null && RunFolder.IsRun(System.IO.Path.Combine(folder, r)));
            return (cell, replication, replication < 0 ? null : RunFolder.Load(System.IO.Path.Combine(folder, cell.Runs[replication]!)));
        }).ToArray();
        return new ExperimentFolder(
            folder,
            manifest,
            File.Exists(aggregatePath) ? ReadAggregate(aggregatePath) : [],
            File.Exists(comparisonPath) ? ReadComparison(comparisonPath) : null,
            firstRuns);
    }

    private static AggregateRow[] ReadAggregate(string path)
    {
        var t = CsvTable.Read(path);
        int scenario = t.Column("scenario"), metric = t.Column("metric"), n = t.Column("replications"), mean = t.Column("mean"),
            sd = t.Column("sd"), lower = t.Column("ciLower"), upper = t.Column("ciUpper");
        return t.Rows.Select(r => new AggregateRow(
            r[scenario], r[metric], (int)CsvTable.ParseNumber(r[n]), CsvTable.ParseNumber(r[mean]), CsvTable.Number(r, sd) ?? 0,
            CsvTable.Number(r, lower), CsvTable.Number(r, upper))).ToArray();
    }

    private static ComparisonRow[] ReadComparison(string path)
    {
        var t = CsvTable.Read(path);
        int metric = t.Column("metric"), scenario = t.Column("scenario"), baseline = t.Column("baseline"), variant = t.Column("variant"),
            difference = t.Column("difference"), lower = t.Column("ciLower"), upper = t.Column("ciUpper"),
            significant = t.Column("significant"), pairs = t.Column("pairs");
        return t.Rows.Select(r => new ComparisonRow(
            r[metric], r[scenario], CsvTable.ParseNumber(r[baseline]), CsvTable.ParseNumber(r[variant]), CsvTable.ParseNumber(r[difference]),
            CsvTable.Number(r, lower), CsvTable.Number(r, upper), r[significant] == "true", (int)CsvTable.ParseNumber(r[pairs]))).ToArray();
    }
}
