using CrowdSim.Results;
using CrowdSim.Results.Experiment;

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
    /// <exception cref="ResultFileException">A file cannot be read.</exception>
    public static ExperimentFolder Load(string folder)
    {
        var manifest = ResultJson.Read<ExperimentManifest>(System.IO.Path.Combine(folder, ExperimentFiles.Manifest));
        var aggregatePath = System.IO.Path.Combine(folder, ExperimentFiles.Aggregate);
        var comparisonPath = System.IO.Path.Combine(folder, ExperimentFiles.Comparison);
        var firstRuns = manifest.Cells.Select(cell =>
        {
            var replication = cell.Runs.ToList().FindIndex(r => r is not null && RunFiles.IsRun(System.IO.Path.Combine(folder, r)));
            return (cell, replication, replication < 0 ? null : RunFolder.Load(System.IO.Path.Combine(folder, cell.Runs[replication]!)));
        }).ToArray();
        return new ExperimentFolder(
            folder,
            manifest,
            File.Exists(aggregatePath) ? [.. AggregateTable.Table.Read(aggregatePath)] : [],
            File.Exists(comparisonPath) ? ReadComparison(comparisonPath) : null,
            firstRuns);
    }

    // comparison.csv from before it had relative changes: each difference over the baseline's mean, as reports then drew it.
    private static ComparisonRow[] ReadComparison(string path)
    {
        ComparisonRow[] rows = [.. ComparisonTable.Table.Read(path)];
        using (var reader = Results.Csv.CsvReader.Open(path))
        {
            if (reader.HasColumn(ComparisonTable.Relative.Name))
                return rows;
        }
        return [.. rows.Select(r => r.Baseline == 0 ? r : r with
        {
            Relative = r.Difference / Math.Abs(r.Baseline),
            RelativeCiLower = r.CiLower / Math.Abs(r.Baseline),
            RelativeCiUpper = r.CiUpper / Math.Abs(r.Baseline),
        })];
    }
}
