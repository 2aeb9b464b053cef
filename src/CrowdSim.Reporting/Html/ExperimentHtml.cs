using System.Globalization;
using System.Text;
using CrowdSim.Results.Experiment;
using CrowdSim.Reporting.Reading;
using static CrowdSim.Reporting.Html.HtmlText;
using static CrowdSim.Results.Summary.Figures;

namespace CrowdSim.Reporting.Html;

/// <summary>An experiment's overview and tables: each cell's headline metrics, and each variant against the baseline.</summary>
internal static class ExperimentHtml
{
    public static string Overview(ExperimentFolder experiment)
    {
        var m = experiment.Manifest;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>{Kind(experiment)} of {m.Cells.Count} {(m.Cells.Count == 1 ? "scenario" : "scenarios")}, {m.Replications} ")
            .Append(CultureInfo.InvariantCulture, $"{(m.Replications == 1 ? "replication" : "replications")} each: {m.RunsFinished} of {m.Cells.Count * m.Replications} runs finished")
            .Append(m.Cancelled ? " (the experiment was cancelled)" : "")
            .Append(CultureInfo.InvariantCulture, $" in {F(m.WallSeconds, 1)} s. Replication k of every scenario ran with the same seed (common random numbers): ")
            .Append(CultureInfo.InvariantCulture, $"{Encode(string.Join(", ", m.Seeds))}.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>scenario</th><th class=\"text\">file</th><th class=\"text\">overrides</th><th>runs finished</th></tr></thead><tbody>\n");
        foreach (var cell in m.Cells)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(cell.Label)}</td><td class=\"text\">{Encode(cell.ScenarioFile ?? "–")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"text\">{(cell.Overrides.Count == 0 ? "–" : string.Join("<br>", cell.Overrides.Select(o => $"<code>{Encode(o)}</code>")))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{cell.Runs.Count(r => r is not null)} of {cell.Runs.Count}</td></tr>\n");
        }
        html.Append("</tbody></table></div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Reproduce: <code>{Encode(m.Command)}</code></p>\n");
        return html.ToString();
    }

    /// <summary>"Sweep", "Comparison" or "Replications": by the command that made it, else by what it holds.</summary>
    public static string Kind(ExperimentFolder experiment)
    {
        var command = experiment.Manifest.Command;
        if (command.StartsWith("crowdsim sweep", StringComparison.Ordinal))
            return "Sweep";
        if (command.StartsWith("crowdsim compare", StringComparison.Ordinal) || experiment.Comparison is not null)
            return "Comparison";
        return experiment.Manifest.Cells.Count > 1 ? "Sweep" : "Replications";
    }

    public static string AggregateTable(ExperimentFolder experiment)
    {
        var cells = experiment.Manifest.Cells.Select(c => c.Label).ToArray();
        var byKey = experiment.Aggregate.ToDictionary(r => (r.Scenario, r.Metric));
        var metrics = HeadlineMetrics.Select(experiment.Aggregate.Select(r => r.Metric));
        if (metrics.Count == 0)
            return "<p>No replication finished, so there is nothing to aggregate.</p>";
        var html = new StringBuilder("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>metric</th>");
        foreach (var cell in cells)
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(cell)}</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var metric in metrics)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(MetricText.Label(metric))}<span class=\"key\">{Encode(metric)}</span></td>");
            foreach (var cell in cells)
            {
                html.Append(byKey.TryGetValue((cell, metric), out var row)
                    ? $"<td>{MetricText.Value(metric, row.Mean)}<span class=\"ci\">{Interval(metric, row.CiLower, row.CiUpper)} · n={row.Replications}</span></td>"
                    : "<td>–</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
        return html.Append("<p class=\"muted\">Mean over replications; below it the 95% confidence interval of the mean (Student's t, cut to the values the outcome can take: zero or more, and at most 100% for a share; none with a single replication).</p>").ToString();
    }

    public static string ComparisonTable(IReadOnlyList<ComparisonRow> rows)
    {
        if (rows.Count == 0)
            return "<p>No pair of replications finished for both the baseline and a variant.</p>";
        var html = new StringBuilder("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>metric</th><th class=\"text\">variant</th><th>baseline</th><th>variant</th>")
            .Append("<th>difference</th><th>95% interval</th><th>significant</th><th>pairs</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr{(r.Significant ? " class=\"significant\"" : "")}><td>{Encode(MetricText.Label(r.Metric))}<span class=\"key\">{Encode(r.Metric)}</span></td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"text\">{Encode(r.Scenario)}</td><td>{MetricText.Value(r.Metric, r.Baseline)}</td><td>{MetricText.Value(r.Metric, r.Variant)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{MetricText.Difference(r.Metric, r.Difference)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(r.CiLower is { } lo && r.CiUpper is { } hi ? $"{MetricText.Difference(r.Metric, lo)} to {MetricText.Difference(r.Metric, hi)}" : "–")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(r.Significant ? "yes" : "no")}</td><td>{r.Pairs}</td></tr>\n");
        }
        html.Append("</tbody></table></div>\n");
        return html.Append("<p class=\"muted\">Difference: mean over paired replications (same seed) of variant − baseline; shares in percentage points (pp). ")
            .Append("Significant: the 95% interval (Student's t over the pairs), unrounded, excludes zero. Highlighted rows are significant.</p>").ToString();
    }

    /// <summary>The comparison rows of the headline metrics, metric by metric, variants in order.</summary>
    public static IReadOnlyList<ComparisonRow> HeadlineRows(IReadOnlyList<ComparisonRow> rows)
    {
        var metrics = HeadlineMetrics.Select(rows.Select(r => r.Metric));
        return metrics.SelectMany(m => rows.Where(r => r.Metric == m)).ToArray();
    }

    private static string Interval(string metric, double? lower, double? upper) =>
        lower is { } lo && upper is { } hi ? $"[{MetricText.Value(metric, lo)}, {MetricText.Value(metric, hi)}]" : "no interval";
}
