using CrowdSim.Cli.Terminal;
using CrowdSim.Experiments;
using CrowdSim.Experiments.Output;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim compare BASELINE VARIANT...</c>: runs every scenario for the same replications with
/// common random numbers and reports each outcome's difference from the baseline with a 95% interval.
/// </summary>
public static class CompareCommand
{
    public const string Usage = "crowdsim compare BASELINE VARIANT... [--replications R] [--parallel P] [--set path=value]... [--out DIR] [--workers-per-grain K] [--cluster redis://HOST:PORT] [--quiet]";

    public static async Task<int> ExecuteAsync(Arguments args, IAnsiConsole console, CancellationToken cancellation)
    {
        var replications = (int)(args.Integer("replications", 1, 10_000) ?? 10);
        var parallel = ExperimentCommand.Parallel(args);
        var outDir = args.Text("out");
        var overrides = args.Texts("set");
        var workersPerGrain = ExperimentCommand.WorkersPerGrain(args);
        var quiet = args.Flag("quiet");
        var clusterAddress = ExperimentCommand.Cluster(args);
        args.RejectUnknown();
        if (args.Positional.Count < 2)
            throw new UsageException($"compare needs a baseline and at least one variant: {Usage}");

        var cells = ExperimentPlanner.Compare(args.Positional, overrides);
        var folder = outDir ?? ExperimentCommand.DefaultFolder("compare", string.Join("-vs-", cells.Select(c => c.Label)));
        var sets = ShellWords.Sets(overrides);
        var command = $"crowdsim compare {string.Join(' ', args.Positional)} --replications {replications}{sets} --workers-per-grain {workersPerGrain}";
        var request = new ExperimentRequest(cells, replications, cells[0].Spec.Seed, parallel, folder, workersPerGrain, command);
        var result = await ExperimentCommand.RunAsync(console, quiet, $"compare {cells.Count} scenarios × {replications}", request, clusterAddress, cancellation);

        ComparisonPrinter.Print(console, ExperimentTables.Compare(result), cells[0].Label);
        ExperimentCommand.PrintFooter(console, result);
        return result.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
    }
}
