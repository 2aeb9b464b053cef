using System.CommandLine;
using CrowdSim.Cli.Terminal;
using CrowdSim.Experiments;
using CrowdSim.Experiments.Output;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim compare BASELINE VARIANT...</c>: runs every scenario for the same replications with
/// common random numbers and reports each outcome's difference from the baseline with a 95% interval.
/// </summary>
internal sealed class CompareCommand : Command
{
    /// <summary>Replications when neither the command line nor the files say: a comparison needs several for its intervals.</summary>
    public const int DefaultReplications = 10;

    private readonly CommandConsole _console;

    public CompareCommand(CommandConsole console)
        : base("compare", "Run a baseline and its variants with the same seeds (common random numbers) and report each outcome's difference from the baseline with a 95% interval.")
    {
        _console = console;
        Add(Baseline);
        Add(Variants);
        foreach (var option in new Option[] { Replications, Parallel, Set, Days, ScenarioRoot, Out, WorkersPerGrain, TimeSeriesCsv, Cluster, Quiet })
            Add(option);
        SetAction(ExecuteAsync);
    }

    public Argument<string> Baseline { get; } = new("BASELINE") { Description = "The scenario file the others are compared with." };

    public Argument<string[]> Variants { get; } = new("VARIANT")
    {
        Description = "One or more scenario files to compare with the baseline.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int?> Replications { get; } = CliOptions.Whole(
        "--replications", "R", "Runs per scenario.", 1, CliOptions.MaxReplications, $"the files' replications, else {DefaultReplications}");

    public Option<int> Parallel { get; } = CliOptions.Parallel();

    public Option<string[]> Set { get; } = CliOptions.Set("Change one value of every scenario before it runs, e.g. days=7.");

    public Option<int?> Days { get; } = CliOptions.Days();

    public Option<string?> ScenarioRoot { get; } = CliOptions.ScenarioRoot();

    public Option<string?> Out { get; } = CliOptions.Out("results/compare/<UTC time>-<baseline>-vs-<variant>...");

    public Option<int> WorkersPerGrain { get; } = CliOptions.WorkersPerGrain();

    public Option<bool> TimeSeriesCsv { get; } = CliOptions.TimeSeriesCsv();

    public Option<string?> Cluster { get; } = CliOptions.Cluster();

    public Option<bool> Quiet { get; } = CliOptions.Quiet();

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellation)
    {
        string[] files = [parse.GetValue(Baseline)!, .. parse.GetValue(Variants)!];
        var options = CliOptions.LoadOptions(parse, Set, Days, ScenarioRoot);
        var workersPerGrain = parse.GetValue(WorkersPerGrain);
        var design = Plan(files, options, parse.GetValue(Replications));
        ScenarioNotes.Print(_console.Error, design.Notes);
        var cells = design.Cells;
        var replications = design.Replications ?? DefaultReplications;
        var folder = parse.GetValue(Out) ?? ExperimentCommand.DefaultFolder("compare", string.Join("-vs-", cells.Select(c => c.Label)));
        var command = ReproduceLine.Compare(files, replications, workersPerGrain, options.Overrides, options.Days, options.ScenarioRoot) + (parse.GetValue(TimeSeriesCsv) ? " --timeseries-csv" : "");
        var request = new ExperimentRequest(cells, replications, cells[0].Spec.Seed, parse.GetValue(Parallel), folder, workersPerGrain, command) { TimeSeriesCsv = parse.GetValue(TimeSeriesCsv) };
        var result = await ExperimentCommand.RunAsync(
            _console.Ansi, parse.GetValue(Quiet), $"compare {cells.Count} scenarios × {replications}", request, parse.GetValue(Cluster), cancellation);

        ComparisonPrinter.Print(_console.Ansi, ExperimentTables.Compare(result), cells[0].Label);
        ExperimentCommand.PrintFooter(_console.Ansi, result);
        return result.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static ExperimentDesign Plan(IReadOnlyList<string> files, Scenarios.ScenarioLoadOptions options, int? replications)
    {
        try
        {
            return ExperimentPlanner.Compare(files, options, replications);
        }
        catch (ArgumentException e)
        {
            // The files disagree on their replications.
            throw new UsageException(e.Message);
        }
    }
}
