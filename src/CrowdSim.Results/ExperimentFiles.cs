using System.Globalization;

namespace CrowdSim.Results;

/// <summary>The files of an experiment's folder: a run folder per cell and replication, and the tables over them.</summary>
public static class ExperimentFiles
{
    /// <summary>What was run and with which seeds (<see cref="Experiment.ExperimentManifest"/>); marks a folder as an experiment's.</summary>
    public const string Manifest = "experiment.json";

    /// <summary>Each cell's outcomes over its replications (<see cref="Experiment.AggregateTable"/>).</summary>
    public const string Aggregate = "aggregate.csv";

    /// <summary>The rows of aggregate.csv as JSON.</summary>
    public const string AggregateJson = "aggregate.json";

    /// <summary>Each variant against the baseline (<see cref="Experiment.ComparisonTable"/>).</summary>
    public const string Comparison = "comparison.csv";

    /// <summary>The rows of comparison.csv as JSON.</summary>
    public const string ComparisonJson = "comparison.json";

    /// <summary>Whether <paramref name="folder"/> holds an experiment's results.</summary>
    public static bool IsExperiment(string folder) => File.Exists(Path.Combine(folder, Manifest));

    /// <summary>The run folder of one replication, relative to the experiment's folder: <c>CELL/rep-KKK-seedSEED</c>.</summary>
    public static string RunFolder(string cellLabel, int replication, ulong seed) =>
        Path.Combine(cellLabel, string.Create(CultureInfo.InvariantCulture, $"rep-{replication:D3}-seed{seed}"));
}
