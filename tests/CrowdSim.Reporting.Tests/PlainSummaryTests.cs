using System.Net;
using CrowdSim.Cli.Terminal;
using CrowdSim.Model.Metrics;
using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Results.Summary;
using CrowdSim.Runs;
using Spectre.Console;

namespace CrowdSim.Reporting.Tests;

/// <summary>The terminal and report.html say the same things about a run: both render its <see cref="PlainSummary"/>.</summary>
[Collection(ResultsCollection.Name)]
public sealed class PlainSummaryTests(ResultsFixture results)
{
    private RunSummary Summary => ResultJson.Read<RunSummary>(Path.Combine(results.RunFolder, RunFiles.Summary));

    [Fact]
    public void Of_Run_HasTheHeadlinesInOrder()
    {
        var plain = PlainSummary.Of(Summary, ["us", "kenya"]);

        Assert.Equal("1 day (96 ticks of 15 min), 150 workers in us, kenya", plain.Overview);
        Assert.Equal(["Tasks", "Queues", "Workers' time", "Money"], plain.Facts.Select(f => f.Topic));
        Assert.Equal([.. Summary.ByRegion.Keys, "all"], plain.Regions.Rows.Select(r => r.Cells[0]));
        Assert.Equal([false, false, true], plain.Regions.Rows.Select(r => r.Total));
        Assert.All(plain.Regions.Rows, r => Assert.Equal(plain.Regions.Columns.Count, r.Cells.Count));
    }

    [Fact]
    public void Report_ShowsEveryFactAndRegionRowOfThePlainSummary()
    {
        var html = File.ReadAllText(results.RunReport);
        var plain = PlainSummary.Of(Summary, ["us", "kenya"]);

        foreach (var fact in plain.Facts)
            Assert.Contains($"<li><b>{WebUtility.HtmlEncode(fact.Topic)}:</b> {WebUtility.HtmlEncode(fact.Text)}</li>", html, StringComparison.Ordinal);
        foreach (var row in plain.Regions.Rows)
            Assert.Contains(string.Concat(row.Cells.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>")), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_PrintsEveryFactAndRegionOfThePlainSummary()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 1000; // no wrapping: each fact on one line
        var manifest = ResultJson.Read<RunManifest>(Path.Combine(results.RunFolder, RunFiles.Manifest));

        SummaryPrinter.Print(console, new RunResult(Summary, manifest, results.RunFolder));

        var text = output.ToString();
        var plain = PlainSummary.Of(Summary, Summary.ByRegion.Keys);
        Assert.Contains($"tiny, seed 11: {plain.Overview}; ran in ", text, StringComparison.Ordinal);
        foreach (var fact in plain.Facts)
            Assert.Contains($"{fact.Topic}: {fact.Text}", text, StringComparison.Ordinal);
        foreach (var row in plain.Regions.Rows)
            Assert.All(row.Cells, cell => Assert.Contains(cell, text, StringComparison.Ordinal));
    }
}
