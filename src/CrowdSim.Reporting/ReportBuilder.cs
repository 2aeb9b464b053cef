using CrowdSim.Reporting.Charts;
using CrowdSim.Reporting.Html;
using CrowdSim.Reporting.Reading;
using CrowdSim.Results;
using static CrowdSim.Results.Summary.Figures;

namespace CrowdSim.Reporting;

/// <summary>
/// Builds the report of a results folder: one self-contained <c>report.html</c> (inline CSS and
/// SVG charts, no network) and every chart as PNG and SVG under <c>charts/</c>. The folder is a
/// single run's results, or an experiment's (it holds <c>experiment.json</c>), whose report adds
/// tables of the headline metrics, for a comparison a forest plot of the differences, and the
/// charts of each scenario's first replication.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Whether the folder holds results a report can be built from.</summary>
    public static bool HasResults(string folder) => ExperimentFiles.IsExperiment(folder) || RunFiles.IsRun(folder);

    /// <summary>Builds the report from the files on disk; returns the path of report.html.</summary>
    /// <exception cref="ReportInputException">The folder is missing, holds no results, or a file cannot be read.</exception>
    public static string Build(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ReportInputException($"{folder}: no such folder");
        if (!HasResults(folder))
            throw new ReportInputException($"{folder} holds no results: expected {RunFiles.RequiredText} (a run) or {ExperimentFiles.Manifest} (an experiment)");
        var charts = Path.Combine(folder, RunFiles.Charts);
        if (Directory.Exists(charts))
        {
            foreach (var old in Directory.EnumerateFiles(charts).Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)))
                File.Delete(old);
        }
        string html;
        try
        {
            html = ExperimentFiles.IsExperiment(folder) ? ExperimentReport(folder) : RunReport(folder);
        }
        catch (ResultFileException e)
        {
            throw new ReportInputException(e.Message, e);
        }
        var path = Path.Combine(folder, RunFiles.Report);
        AtomicFile.WriteText(path, html);
        return path;
    }

    private static string RunReport(string folder)
    {
        var run = RunFolder.Load(folder);
        var document = new ReportDocument(folder);
        RunSection.Add(document, run, level: 2, prefix: "", idPrefix: "");
        var s = run.Summary;
        return document.Render(
            $"CrowdSim run: {s.Scenario} (seed {s.Seed})",
            HtmlText.Encode($"{Count(s.Days, "day")}, {Count(s.Workers, "worker")} · what work paid, who waited, and where the money went"));
    }

    private static string ExperimentReport(string folder)
    {
        var experiment = ExperimentFolder.Load(folder);
        var document = new ReportDocument(folder);
        var kind = ExperimentHtml.Kind(experiment);
        document.Section(2, "overview", "Overview", ExperimentHtml.Overview(experiment));
        document.Section(2, "headline", "Headline metrics by scenario", ExperimentHtml.AggregateTable(experiment));
        if (experiment.Comparison is { } comparison)
        {
            var rows = ExperimentHtml.HeadlineRows(comparison);
            var baseline = experiment.Manifest.Cells.Count > 0 ? experiment.Manifest.Cells[0].Label : "the baseline";
            document.Section(2, "comparison", $"Comparison with the baseline ({baseline})", ExperimentHtml.ComparisonTable(rows));
            if (rows.Count > 0)
                document.Chart(3, ForestPlot.Of(rows, "forest"));
        }
        foreach (var (cell, replication, run) in experiment.FirstRuns)
        {
            var id = "cell-" + cell.Label;
            if (run is null)
            {
                document.Section(2, id, $"Scenario {cell.Label}", "<p>No replication of this scenario finished.</p>");
                continue;
            }
            document.Section(2, id, $"Scenario {cell.Label}: replication {replication + 1} (seed {run.Summary.Seed})",
                $"<p class=\"muted\">Results folder: <code>{HtmlText.Encode(cell.Runs[replication])}</code>. The charts show this one replication; the tables above cover all.</p>");
            RunSection.Add(document, run, level: 3, prefix: HtmlText.Id(cell.Label) + "-", idPrefix: HtmlText.Id(cell.Label) + "-");
        }
        var m = experiment.Manifest;
        return document.Render(
            $"CrowdSim {kind.ToLowerInvariant()}: {string.Join(kind == "Comparison" ? " vs " : ", ", m.Cells.Select(c => c.Label))}",
            HtmlText.Encode($"{Count(m.Cells.Count, "scenario")} × {Count(m.Replications, "replication")} · headline metrics with 95% intervals, then each scenario's first replication"));
    }
}
