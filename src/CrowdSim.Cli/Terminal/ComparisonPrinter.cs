using CrowdSim.Results.Experiment;
using CrowdSim.Reporting;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Prints the headline rows of a comparison (the report's headline metrics): each variant against the baseline, with 95% intervals.</summary>
public static class ComparisonPrinter
{
    public static void Print(IAnsiConsole console, IReadOnlyList<ComparisonRow> rows, string baseline)
    {
        var table = new Table().Border(TableBorder.Simple)
            .Title($"Differences from {baseline} (mean of paired replications, 95% interval; * = interval excludes 0)");
        table.AddColumns("outcome", "scenario", "baseline", "variant", "difference", "95% interval", "");
        foreach (var metric in HeadlineMetrics.Select(rows.Select(r => r.Metric)))
        {
            foreach (var r in rows.Where(r => r.Metric == metric).OrderBy(r => r.Scenario, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(r.Metric),
                    Markup.Escape(r.Scenario),
                    TableNumbers.Format(r.Baseline),
                    TableNumbers.Format(r.Variant),
                    TableNumbers.Format(r.Difference),
                    TableNumbers.Interval(r.CiLower, r.CiUpper),
                    r.Significant ? "*" : "");
            }
        }
        console.Write(table);
    }
}
