using System.Globalization;
using CrowdSim.Experiments.Output;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Prints the headline rows of a comparison: each variant against the baseline, with 95% intervals.</summary>
public static class ComparisonPrinter
{
    /// <summary>The outcomes shown on the terminal (comparison.csv has them all).</summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        "workerOutcomes.effectiveHourlyWageMedian",
        "workerOutcomes.paidHourlyWageMedian",
        "workerOutcomes.unpaidShare",
        "workerOutcomes.searchHours",
        "workerOutcomes.nightWakeupsPerWorkerDay",
        "workerOutcomes.nightHoursShare",
        "queue.meanWaitMinutes",
        "money.labourShare",
        "money.vendorMargin",
    ];

    public static void Print(IAnsiConsole console, IReadOnlyList<ComparisonRow> rows, string baseline)
    {
        var table = new Table().Border(TableBorder.Simple)
            .Title($"Differences from {baseline} (mean of paired replications, 95% interval; * = interval excludes 0)");
        table.AddColumns("outcome", "scenario", "baseline", "variant", "difference", "95% interval", "");
        var shown = rows.Where(r => Headline.Contains(r.Metric) || IsRegionalWage(r.Metric))
            .OrderBy(r => Order(r.Metric)).ThenBy(r => r.Metric, StringComparer.Ordinal).ThenBy(r => r.Scenario, StringComparer.Ordinal);
        foreach (var r in shown)
        {
            table.AddRow(
                Markup.Escape(r.Metric),
                Markup.Escape(r.Scenario),
                N(r.Baseline),
                N(r.Variant),
                N(r.Difference),
                r.CiLower is { } lo && r.CiUpper is { } hi ? Markup.Escape($"[{N(lo)}, {N(hi)}]") : "–",
                r.Significant ? "*" : "");
        }
        console.Write(table);
    }

    private static bool IsRegionalWage(string metric) =>
        metric.StartsWith("byRegion.", StringComparison.Ordinal) && metric.EndsWith(".effectiveHourlyWageMedian", StringComparison.Ordinal);

    private static int Order(string metric)
    {
        var index = Headline.ToList().IndexOf(metric);
        return index >= 0 ? index : Headline.Count;
    }

    private static string N(double value) => Math.Abs(value) >= 1000
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
