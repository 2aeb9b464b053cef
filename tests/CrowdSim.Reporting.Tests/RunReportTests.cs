using System.Globalization;
using System.Text.RegularExpressions;
using CrowdSim.Model.Metrics;
using CrowdSim.Results;
using CrowdSim.Results.Run;

namespace CrowdSim.Reporting.Tests;

[Collection(ResultsCollection.Name)]
public sealed class RunReportTests(ResultsFixture results)
{
    private static readonly string[] ChartNames = ["backlog", "wait", "wages", "hours", "night", "churn", "in-session"];
    private static readonly string[] TimeCharts = ["backlog", "wait", "night", "churn", "in-session"];

    private string Html => File.ReadAllText(results.RunReport);

    [Fact]
    public void Build_RunFolder_WritesReportHtmlIntoTheFolder()
    {
        Assert.Equal(Path.Combine(results.RunFolder, RunFiles.Report), results.RunReport);
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RunFolder_ReferencesNothingOutsideThePage()
    {
        Assert.Empty(ReportHtml.ExternalReferences(Html));
    }

    [Fact]
    public void Build_RunFolder_InlinesOneSvgPerChart()
    {
        var charts = ReportHtml.Charts(Html);

        Assert.Equal(ChartNames, charts.Select(c => c.Name));
        Assert.All(charts, c => Assert.Matches(@"^<svg viewBox=""0 0 \d+ \d+""", c.Svg));
        Assert.All(charts, c => Assert.True(Regex.Count(c.Svg, "<path") > 5, $"{c.Name} draws almost nothing"));
        Assert.Equal(ChartNames.Length, Regex.Count(Html, "<svg\\b"));
        Assert.Contains($"data-charts=\"{ChartNames.Length}\"", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RunFolder_WritesEveryChartAsPngAndSvg()
    {
        var folder = Path.Combine(results.RunFolder, RunFiles.Charts);
        foreach (var name in ChartNames)
        {
            var png = File.ReadAllBytes(Path.Combine(folder, name + ".png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.True(png.Length > 5_000, $"{name}.png is {png.Length} bytes");
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, name + ".svg")), StringComparison.Ordinal);
        }
        Assert.Equal(ChartNames.Length * 2, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void Build_RunFolder_ShowsTheHeadlineNumbersOfTheSummary()
    {
        var summary = JsonFile<RunSummary>(RunFiles.Summary);
        var html = Html;

        Assert.Contains("<h1>CrowdSim run: tiny (seed 11)</h1>", html, StringComparison.Ordinal);
        Assert.Contains("1 day (96 ticks of 15 min), 150 workers in us, kenya", html, StringComparison.Ordinal);
        foreach (var (region, outcomes) in summary.ByRegion)
        {
            Assert.Contains($"<td>{region}</td><td>{outcomes.Workers}</td><td>${Usd(outcomes.EffectiveHourlyWageMedian)}</td><td>${Usd(outcomes.PaidHourlyWageMedian)}</td>",
                html, StringComparison.Ordinal);
        }
        Assert.Contains($"{summary.Tasks.Created:N0} created; {summary.Tasks.Automated:N0} automated", html, StringComparison.Ordinal);
        Assert.Contains($"tasks waited {summary.Queue.MeanWaitMinutes.ToString("F1", CultureInfo.InvariantCulture)} min on average", html, StringComparison.Ordinal);
        Assert.Contains($"workers received ${summary.Money.WorkerPay.ToString("N2", CultureInfo.InvariantCulture)}", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"toc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RunFolder_MarksTheScenarioEventsWithinTheRunOnEveryTimeChart()
    {
        var charts = ReportHtml.Charts(Html).ToDictionary(c => c.Name, c => c.Svg);

        foreach (var name in TimeCharts)
        {
            Assert.Matches(@">\s*task_surge\s*</text>", charts[name]);
            Assert.Matches(@">\s*wage_change\s*</text>", charts[name]);
            // On day 2, after the one-day run ended.
            Assert.DoesNotContain("automation_shock", charts[name], StringComparison.Ordinal);
        }
        Assert.DoesNotContain("task_surge", charts["wages"], StringComparison.Ordinal);
        Assert.Contains("<td>day 1 06:00</td><td class=\"text\">task_surge</td>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Again_RewritesTheSameReport()
    {
        var before = Html;

        var path = ReportBuilder.Build(results.RunFolder);

        Assert.Equal(before, File.ReadAllText(path));
        Assert.Equal(14, Directory.GetFiles(Path.Combine(results.RunFolder, RunFiles.Charts)).Length);
    }

    [Fact]
    public void Build_BrokenTimeSeries_NamesTheFileAndLine()
    {
        var folder = TempFolders.New("broken");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in new[] { RunFiles.Summary, RunFiles.Workers, RunFiles.Scenario })
                File.Copy(Path.Combine(results.RunFolder, file), Path.Combine(folder, file));
            File.WriteAllText(Path.Combine(folder, RunFiles.TimeSeries), TimeSeriesTable.Table.HeaderLine + "\n0,0,market,all\n");

            var error = Assert.Throws<ReportInputException>(() => ReportBuilder.Build(folder));

            Assert.Contains("timeseries.csv:2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private T JsonFile<T>(string name) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(File.ReadAllBytes(Path.Combine(results.RunFolder, name)), ResultJson.Options)!;

    private static string Usd(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
