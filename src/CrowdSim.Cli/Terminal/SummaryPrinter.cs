using CrowdSim.Results.Summary;
using CrowdSim.Runs;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Prints a run's headline results in plain language: the same <see cref="PlainSummary"/> that report.html shows.</summary>
public static class SummaryPrinter
{
    public static void Print(IAnsiConsole console, RunResult result)
    {
        var s = result.Summary;
        var m = result.Manifest;
        var plain = PlainSummary.Of(s, s.ByRegion.Keys);
        console.WriteLine();
        console.MarkupLineInterpolated(
            $"[bold]{plain.Scenario}[/], seed {plain.Seed}: {plain.Overview}; ran in {Figures.F(m.WallSeconds, 1)} s ({Figures.F(m.WorkerTicksPerSecond / 1e6, 2)} M worker-ticks/s)");
        console.WriteLine();
        console.Write(Table(plain.Regions));
        foreach (var fact in plain.Facts)
            console.WriteLine($"{fact.Topic}: {fact.Text}");
        console.WriteLine();
        console.WriteLine($"Results: {Path.GetRelativePath(Environment.CurrentDirectory, result.OutputPath)}  ({s.ResultHash[..19]}…)");
    }

    private static Table Table(SummaryTable summary)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(summary.Title)).Caption(Markup.Escape(summary.Caption));
        foreach (var column in summary.Columns)
            table.AddColumn(Markup.Escape(column));
        foreach (var row in summary.Rows)
            table.AddRow([.. row.Cells.Select(c => row.Total ? $"[bold]{Markup.Escape(c)}[/]" : Markup.Escape(c))]);
        return table;
    }
}
