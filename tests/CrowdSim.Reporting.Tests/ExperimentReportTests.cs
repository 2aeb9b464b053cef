using System.Text.RegularExpressions;
using CrowdSim.Results;
using CrowdSim.Results.Experiment;

namespace CrowdSim.Reporting.Tests;

[Collection(ResultsCollection.Name)]
public sealed class ExperimentReportTests(ResultsFixture results)
{
    private const int ChartsPerRun = 7;

    private string Html => File.ReadAllText(results.ExperimentReport);

    [Fact]
    public void Build_Comparison_WritesReportHtmlIntoTheExperimentFolder()
    {
        Assert.Equal(Path.Combine(results.ExperimentFolder, RunFiles.Report), results.ExperimentReport);
        Assert.Contains("<h1>CrowdSim comparison: tiny vs pay-floor</h1>", Html, StringComparison.Ordinal);
        Assert.Empty(ReportHtml.ExternalReferences(Html));
    }

    [Fact]
    public void Build_Comparison_TablesTheHeadlineMetricsOfEveryScenario()
    {
        var table = Section(Html, "headline");

        foreach (var cell in results.CellLabels)
            Assert.Contains($"<th>{cell}</th>", table, StringComparison.Ordinal);
        foreach (var metric in new[] { "workerOutcomes.effectiveHourlyWageMedian", "queue.p95WaitMinutes", "money.labourShare", "tasks.expired",
            "byRegion.kenya.effectiveHourlyWageMedian", "byRegion.us.effectiveHourlyWageMedian" })
            Assert.Contains($"<span class=\"key\">{metric}</span>", table, StringComparison.Ordinal);
        Assert.Equal(2 * 13, Regex.Count(table, $"n={ResultsFixture.Replications}</span>"));
    }

    [Fact]
    public void Build_Comparison_TablesEachHeadlineDifferenceAndDrawsAForestPlot()
    {
        var comparison = Section(Html, "comparison");
        var rows = ComparisonTable.Table.Read(Path.Combine(results.ExperimentFolder, ExperimentFiles.Comparison)).ToArray();

        Assert.Contains("<th>difference</th><th>95% interval</th><th>significant</th>", comparison, StringComparison.Ordinal);
        Assert.Equal(13, Regex.Count(comparison, "<td class=\"text\">pay-floor</td>"));
        Assert.Contains(rows, r => r is { Metric: "workerOutcomes.effectiveHourlyWageMedian", Scenario: "pay-floor", Pairs: ResultsFixture.Replications });
        var forest = Assert.Single(ReportHtml.Charts(Html), c => c.Name == "forest");
        Assert.Contains("Difference from the baseline", forest.Svg, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(results.ExperimentFolder, RunFiles.Charts, "forest.png")));
        Assert.True(File.Exists(Path.Combine(results.ExperimentFolder, RunFiles.Charts, "forest.svg")));
    }

    [Fact]
    public void Build_Comparison_DrawsTheChartsOfEachScenariosFirstReplication()
    {
        var charts = ReportHtml.Charts(Html);

        Assert.Equal(1 + (results.CellLabels.Length * ChartsPerRun), charts.Count);
        foreach (var cell in results.CellLabels)
        {
            Assert.Equal(ChartsPerRun, charts.Count(c => c.Name.StartsWith(cell + "-", StringComparison.Ordinal)));
            Assert.Contains($"<code>{cell}/rep-000-seed11</code>", Html, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(results.ExperimentFolder, RunFiles.Charts, cell + "-backlog.png")));
        }
        Assert.Contains($"data-charts=\"{charts.Count}\"", Html, StringComparison.Ordinal);
    }

    private static string Section(string html, string id)
    {
        var match = Regex.Match(html, $"<section id=\"{id}\".*?</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no section {id}");
        return match.Value;
    }
}
