using CrowdSim.Experiments;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim sweep FILE --set path=v1,v2,...</c>: runs the grid of the file's <c>sweep:</c> axes
/// and the command line's, each point for every replication (the same seeds at every point).
/// </summary>
public static class SweepCommand
{
    public const string Usage = "crowdsim sweep FILE [--set path=v1,v2,...]... [--replications R] [--parallel P] [--out DIR] [--workers-per-grain K] [--cluster redis://HOST:PORT] [--quiet]";

    public static async Task<int> ExecuteAsync(Arguments args, IAnsiConsole console, CancellationToken cancellation)
    {
        var replications = args.Integer("replications", 1, 10_000);
        var parallel = ExperimentCommand.Parallel(args);
        var outDir = args.Text("out");
        var sets = args.Texts("set");
        var workersPerGrain = ExperimentCommand.WorkersPerGrain(args);
        var quiet = args.Flag("quiet");
        var clusterAddress = ExperimentCommand.Cluster(args);
        args.RejectUnknown();
        if (args.Positional.Count != 1)
            throw new UsageException($"sweep needs exactly one scenario file: {Usage}");
        var file = args.Positional[0];

        // A --set with several comma-separated values is an axis; with one value, a plain override.
        var axes = sets.Where(s => s.Contains(',', StringComparison.Ordinal)).Select(ParseAxis).ToArray();
        var overrides = sets.Where(s => !s.Contains(',', StringComparison.Ordinal)).ToArray();
        var cells = ExperimentPlanner.Sweep(file, overrides, axes, out var plan);
        var reps = (int)(replications ?? plan.Replications);
        var folder = outDir ?? ExperimentCommand.DefaultFolder(cells[0].Spec.Name, "sweep");
        var command = $"crowdsim sweep {file}{ShellWords.Sets(sets)} --replications {reps} --workers-per-grain {workersPerGrain}";
        var request = new ExperimentRequest(cells, reps, cells[0].Spec.Seed, parallel, folder, workersPerGrain, command);
        var result = await ExperimentCommand.RunAsync(console, quiet, $"sweep {cells.Count} points × {reps}", request, clusterAddress, cancellation);

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
        console.Write(table);
        ExperimentCommand.PrintFooter(console, result);
        return result.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
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
