using System.CommandLine;
using CrowdSim.Experiments;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim sweep FILE --set path=v1,v2,...</c>: runs the grid of the file's <c>sweep:</c> axes
/// and the command line's, each point for every replication (the same seeds at every point).
/// </summary>
internal sealed class SweepCommand : Command
{
    private readonly CommandConsole _console;

    public SweepCommand(CommandConsole console)
        : base("sweep", "Run a grid of scenario variants (the file's sweep: axes and the command line's), each point for every replication with the same seeds.")
    {
        _console = console;
        Add(File);
        foreach (var option in new Option[] { Set, Days, ScenarioRoot, Replications, Parallel, Out, WorkersPerGrain, TimeSeriesCsv, Cluster, Quiet })
            Add(option);
        SetAction(ExecuteAsync);
    }

    public Argument<string> File { get; } = new("FILE") { Description = "The scenario file to sweep." };

    public Option<string[]> Set { get; } = CliOptions.Set(
        "With several comma-separated values (workers.ke-crowd.count=500,1500) an axis of the grid; with one value, a change to every point.");

    public Option<int?> Days { get; } = CliOptions.Days();

    public Option<string?> ScenarioRoot { get; } = CliOptions.ScenarioRoot();

    public Option<int?> Replications { get; } = CliOptions.Whole(
        "--replications", "R", "Runs per point.", 1, CliOptions.MaxReplications, "the scenario's replications, else 1");

    public Option<int> Parallel { get; } = CliOptions.Parallel();

    public Option<string?> Out { get; } = CliOptions.Out("results/<scenario>/<UTC time>-sweep");

    public Option<int> WorkersPerGrain { get; } = CliOptions.WorkersPerGrain();

    public Option<bool> TimeSeriesCsv { get; } = CliOptions.TimeSeriesCsv();

    public Option<string?> Cluster { get; } = CliOptions.Cluster();

    public Option<bool> Quiet { get; } = CliOptions.Quiet();

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellation)
    {
        var file = parse.GetValue(File)!;
        var sets = parse.GetValue(Set) ?? [];
        var workersPerGrain = parse.GetValue(WorkersPerGrain);
        // A --set with several comma-separated values is an axis; with one value, a plain override.
        var axes = sets.Where(s => s.Contains(',', StringComparison.Ordinal)).Select(ParseAxis).ToArray();
        var overrides = sets.Where(s => !s.Contains(',', StringComparison.Ordinal)).ToArray();
        var options = new Scenarios.ScenarioLoadOptions { Overrides = overrides, Days = parse.GetValue(Days), ScenarioRoot = parse.GetValue(ScenarioRoot) };
        var design = Plan(file, options, axes);
        ScenarioNotes.Print(_console.Error, design.Notes);
        var cells = design.Cells;
        var reps = parse.GetValue(Replications) ?? design.Replications ?? 1;
        var folder = parse.GetValue(Out) ?? ExperimentCommand.DefaultFolder(cells[0].Spec.Name, "sweep");
        var command = ReproduceLine.Sweep(file, sets, reps, workersPerGrain, options.Days, options.ScenarioRoot) + (parse.GetValue(TimeSeriesCsv) ? " --timeseries-csv" : "");
        var request = new ExperimentRequest(cells, reps, cells[0].Spec.Seed, parse.GetValue(Parallel), folder, workersPerGrain, command) { TimeSeriesCsv = parse.GetValue(TimeSeriesCsv) };
        var result = await ExperimentCommand.RunAsync(
            _console.Ansi, parse.GetValue(Quiet), $"sweep {cells.Count} points × {reps}", request, parse.GetValue(Cluster), cancellation);

        var table = new Table().Border(TableBorder.Simple).Title("Sweep: means over replications");
        table.AddColumns("point", "effective $/h", "paid-time $/h", "unpaid", "mean wait (min)");
        foreach (var cell in result.Cells)
        {
            var runs = cell.Finished.ToArray();
            if (runs.Length == 0)
                continue;
            table.AddRow(
                Markup.Escape(cell.Cell.Label),
                $"{runs.Average(r => r.Summary.WorkerOutcomes.EffectiveHourlyWageMedian):F2}",
                $"{runs.Average(r => r.Summary.WorkerOutcomes.PaidHourlyWageMedian):F2}",
                $"{runs.Average(r => r.Summary.WorkerOutcomes.UnpaidShare) * 100:F0}%",
                $"{runs.Average(r => r.Summary.Queue.MeanWaitMinutes):F1}");
        }
        _console.Ansi.Write(table);
        ExperimentCommand.PrintFooter(_console.Ansi, result);
        return result.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static ExperimentDesign Plan(string file, Scenarios.ScenarioLoadOptions options, Scenarios.SweepAxis[] axes)
    {
        try
        {
            return ExperimentPlanner.Sweep(file, options, axes);
        }
        catch (ArgumentException e)
        {
            // Nothing to sweep: neither the file nor the command line gives an axis.
            throw new UsageException(e.Message);
        }
    }

    private static Scenarios.SweepAxis ParseAxis(string text)
    {
        try
        {
            return ExperimentPlanner.ParseAxis(text);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--set {e.Message}");
        }
    }
}
