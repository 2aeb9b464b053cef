using CrowdSim.Results;
using CrowdSim.Results.Experiment;

namespace CrowdSim.Experiments.Output;

/// <summary>Writes an experiment's tables (CSV and JSON with the same content) and its manifest into its folder, each file atomically.</summary>
public static class ExperimentWriter
{
    public static void WriteAggregate(string folder, IReadOnlyList<AggregateRow> rows)
    {
        AggregateTable.Table.Write(Path.Combine(folder, ExperimentFiles.Aggregate), rows);
        AtomicFile.Write(Path.Combine(folder, ExperimentFiles.AggregateJson), ResultJson.ToFileBytes(rows));
    }

    public static void WriteComparison(string folder, IReadOnlyList<ComparisonRow> rows)
    {
        ComparisonTable.Table.Write(Path.Combine(folder, ExperimentFiles.Comparison), rows);
        AtomicFile.Write(Path.Combine(folder, ExperimentFiles.ComparisonJson), ResultJson.ToFileBytes(rows));
    }

    public static void WriteManifest(string folder, ExperimentManifest manifest) =>
        AtomicFile.Write(Path.Combine(folder, ExperimentFiles.Manifest), ResultJson.ToFileBytes(manifest));
}
