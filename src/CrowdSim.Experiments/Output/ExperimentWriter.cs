using System.Globalization;
using System.Text;
using System.Text.Json;
using CrowdSim.Runs.Output;

namespace CrowdSim.Experiments.Output;

/// <summary>Writes an experiment's tables (CSV and JSON with the same content) and its manifest into its folder.</summary>
public static class ExperimentWriter
{
    public const string AggregateHeader = "scenario,metric,replications,mean,sd,ciLower,ciUpper";
    public const string ComparisonHeader = "metric,scenario,baseline,variant,difference,ciLower,ciUpper,significant,pairs";

    public static void WriteAggregate(string folder, IReadOnlyList<AggregateRow> rows)
    {
        WriteCsv(Path.Combine(folder, "aggregate.csv"), AggregateHeader, rows.Select(r =>
            $"{r.Scenario},{r.Metric},{r.Replications},{F(r.Mean)},{F(r.StandardDeviation)},{F(r.CiLower)},{F(r.CiUpper)}"));
        WriteJson(Path.Combine(folder, "aggregate.json"), rows);
    }

    public static void WriteComparison(string folder, IReadOnlyList<ComparisonRow> rows)
    {
        WriteCsv(Path.Combine(folder, "comparison.csv"), ComparisonHeader, rows.Select(r =>
            $"{r.Metric},{r.Scenario},{F(r.Baseline)},{F(r.Variant)},{F(r.Difference)},{F(r.CiLower)},{F(r.CiUpper)},{(r.Significant ? "true" : "false")},{r.Pairs}"));
        WriteJson(Path.Combine(folder, "comparison.json"), rows);
    }

    public static void WriteManifest(string folder, ExperimentManifest manifest) =>
        WriteJson(Path.Combine(folder, "experiment.json"), manifest);

    private static void WriteCsv(string path, string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var line in lines)
            text.Append(line).Append('\n');
        WriteAtomically(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static void WriteJson<T>(string path, T value) =>
        WriteAtomically(path, [.. JsonSerializer.SerializeToUtf8Bytes(value, ResultJson.Options), (byte)'\n']);

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".partial";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string F(double? value) => value is { } v ? F(v) : "";
}
