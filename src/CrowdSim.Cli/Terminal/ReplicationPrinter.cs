using System.Globalization;
using CrowdSim.Results.Experiment;
using CrowdSim.Reporting;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Prints the headline outcomes of a scenario run several times: mean and 95% interval over replications.</summary>
public static class ReplicationPrinter
{
    public static void Print(IAnsiConsole console, IReadOnlyList<AggregateRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Over replications: mean and 95% interval of the mean");
        table.AddColumns("outcome", "mean", "95% interval", "n");
        foreach (var metric in HeadlineMetrics.Select(rows.Select(r => r.Metric)))
        {
            foreach (var r in rows.Where(r => r.Metric == metric))
            {
                table.AddRow(
                    Markup.Escape(r.Metric),
                    TableNumbers.Format(r.Mean),
                    TableNumbers.Interval(r.CiLower, r.CiUpper),
                    r.Replications.ToString(CultureInfo.InvariantCulture));
            }
        }
        console.Write(table);
    }
}
