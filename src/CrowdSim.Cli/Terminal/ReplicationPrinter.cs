using System.Globalization;
using CrowdSim.Experiments.Output;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Prints the headline outcomes of a scenario run several times: mean and 95% interval over replications.</summary>
public static class ReplicationPrinter
{
    public static void Print(IAnsiConsole console, IReadOnlyList<AggregateRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Over replications: mean and 95% interval of the mean");
        table.AddColumns("outcome", "mean", "95% interval", "n");
        foreach (var r in rows.Where(r => ComparisonPrinter.Headline.Contains(r.Metric)
                     || (r.Metric.StartsWith("byRegion.", StringComparison.Ordinal) && r.Metric.EndsWith(".effectiveHourlyWageMedian", StringComparison.Ordinal))))
        {
            table.AddRow(
                Markup.Escape(r.Metric),
                N(r.Mean),
                r.CiLower is { } lo && r.CiUpper is { } hi ? Markup.Escape($"[{N(lo)}, {N(hi)}]") : "–",
                r.Replications.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    private static string N(double value) => Math.Abs(value) >= 1000
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
