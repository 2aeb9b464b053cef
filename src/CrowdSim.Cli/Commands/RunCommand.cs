using CrowdSim.Cli.Terminal;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary><c>crowdsim run FILE</c>: runs a scenario on the embedded Orleans silo and writes its results.</summary>
public static class RunCommand
{
    public const string Usage = "crowdsim run FILE [--set PATH=VALUE]... [--seed N] [--replications R] [--parallel P] [--task-log] [--out DIR] [--workers-per-grain K] [--days N] [--checkpoint-every 1d] [--cluster redis://HOST:PORT] [--quiet]  |  crowdsim run --resume DIR [--cluster redis://HOST:PORT] [--quiet]";

    public static async Task<int> ExecuteAsync(Arguments args, IAnsiConsole console, CancellationToken cancellation)
    {
        if (args.Text("resume") is { } resume)
            return await ResumeAsync(args, resume, console, cancellation);
        var checkpointEvery = args.Text("checkpoint-every");
        var seed = args.Integer("seed", 0, long.MaxValue);
        var outDir = args.Text("out");
        var workersPerGrain = ExperimentCommand.WorkersPerGrain(args);
        var days = args.Integer("days", 1, 3650);
        var quiet = args.Flag("quiet");
        var overrides = args.Texts("set");
        var replications = args.Integer("replications", 1, 10_000);
        var parallel = ExperimentCommand.Parallel(args);
        var taskLog = args.Flag("task-log");
        var clusterAddress = ExperimentCommand.Cluster(args);
        args.RejectUnknown();
        if (args.Positional.Count != 1)
            throw new UsageException($"run needs exactly one scenario file: {Usage}");
        var file = args.Positional[0];

        var loaded = ScenarioLoader.LoadExperiment(file, overrides);
        var spec = loaded.Spec;
        if (seed is { } s)
            spec = spec with { Seed = (ulong)s };
        if (days is { } d)
            spec = spec with { Days = (int)d };
        var output = outDir ?? ExperimentCommand.DefaultFolder(spec.Name, $"seed{spec.Seed}");
        var sets = Experiments.ShellWords.Sets(overrides);
        var reproduce = $"crowdsim run {file} --seed {spec.Seed} --days {spec.Days} --workers-per-grain {workersPerGrain}{sets}";
        var reps = (int)(replications ?? loaded.Plan.Replications);
        if (reps > 1)
        {
            if (checkpointEvery is not null)
                throw new UsageException("--checkpoint-every applies to a single run, not to --replications");
            return await RunReplicationsAsync(console, quiet, file, spec, overrides, reps, parallel, outDir, workersPerGrain, clusterAddress, cancellation);
        }
        var everyTicks = checkpointEvery is null ? 0 : CheckpointTicks(checkpointEvery, spec);
        var request = new RunRequest(output, workersPerGrain, file, reproduce, taskLog) { CheckpointEveryTicks = everyTicks };
        var checkpoints = everyTicks > 0 ? CheckpointStore.DefaultFolder(output) : null;

        await using var cluster = await RunCluster.StartAsync(clusterAddress, cancellation);
        var runner = new SimulationRunner(cluster.Grains, cluster.Name, cluster.Watch);
        var result = await WithResumeHintAsync(checkpoints, () => ProgressDisplay.RunAsync(
            console,
            quiet,
            $"{spec.Name}: {spec.Days} days, {spec.WorkerCount:N0} workers",
            progress => runner.RunAsync(spec, request, progress, cancellation)));
        Reporting.ReportBuilder.Build(result.OutputPath);
        SummaryPrinter.Print(console, result);
        return ExitCodes.Success;
    }

    /// <summary><c>crowdsim run --resume DIR</c>: carries on a checkpointed run from its last checkpoint.</summary>
    private static async Task<int> ResumeAsync(Arguments args, string folder, IAnsiConsole console, CancellationToken cancellation)
    {
        var quiet = args.Flag("quiet");
        var clusterAddress = ExperimentCommand.Cluster(args);
        args.RejectUnknown();
        if (args.Positional.Count > 0)
            throw new UsageException("run --resume takes the checkpoint folder only: the scenario and settings are the ones the run started with");
        var store = CheckpointStore.Open(folder);
        var from = store.Latest()
            ?? throw new CheckpointException($"{store.Folder}: the run stopped before its first checkpoint; start it again");

        await using var cluster = await RunCluster.StartAsync(clusterAddress, cancellation);
        var runner = new SimulationRunner(cluster.Grains, cluster.Name, cluster.Watch);
        var spec = store.Spec;
        var result = await WithResumeHintAsync(store.Folder, () => ProgressDisplay.RunAsync(
            console,
            quiet,
            $"{spec.Name}: {spec.Days} days, {spec.WorkerCount:N0} workers, from day {from.SimulatedDays:0.#}",
            progress => runner.ResumeAsync(store.Folder, progress, cancellation)));
        Reporting.ReportBuilder.Build(result.OutputPath);
        SummaryPrinter.Print(console, result);
        return ExitCodes.Success;
    }

    private static CheckpointInfo? LatestOrNull(string checkpoints)
    {
        try
        {
            return CheckpointStore.Open(checkpoints).Latest();
        }
        catch (CheckpointException)
        {
            return null;
        }
    }

    /// <summary>The ticks of <paramref name="spec"/> in a <c>--checkpoint-every</c> interval such as 1d.</summary>
    internal static int CheckpointTicks(string text, Model.Scenario.ScenarioSpec spec)
    {
        var minutes = CheckpointInterval.Minutes(text, out var error) ?? throw new UsageException($"--checkpoint-every: {error}");
        return CheckpointInterval.Ticks(minutes, spec, out error) ?? throw new UsageException($"--checkpoint-every: {error}");
    }

    // A run that stops after writing checkpoints can be carried on: say how.
    private static async Task<RunResult> WithResumeHintAsync(string? checkpoints, Func<Task<RunResult>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is not (CheckpointException or Runs.Output.OutputFolderException) && checkpoints is not null && Directory.Exists(checkpoints))
        {
            var latest = LatestOrNull(checkpoints);
            Console.Error.WriteLine(latest is null
                ? $"crowdsim: the run stopped before its first checkpoint ({checkpoints}); nothing to resume"
                : $"crowdsim: the run stopped; its last checkpoint is at day {latest.SimulatedDays:0.#}. Resume with: crowdsim run --resume {checkpoints}");
            throw;
        }
    }

    private static async Task<int> RunReplicationsAsync(
        IAnsiConsole console,
        bool quiet,
        string file,
        Model.Scenario.ScenarioSpec spec,
        IReadOnlyList<string> overrides,
        int replications,
        int parallel,
        string? outDir,
        int workersPerGrain,
        string? clusterAddress,
        CancellationToken cancellation)
    {
        var folder = outDir ?? ExperimentCommand.DefaultFolder(spec.Name, $"seed{spec.Seed}-x{replications}");
        var sets = Experiments.ShellWords.Sets(overrides);
        var command = $"crowdsim run {file} --seed {spec.Seed} --days {spec.Days} --replications {replications} --workers-per-grain {workersPerGrain}{sets}";
        var cell = new Experiments.ExperimentCell(Path.GetFileName(spec.Name), spec, file, overrides);
        var request = new Experiments.ExperimentRequest([cell], replications, spec.Seed, parallel, folder, workersPerGrain, command);
        var result = await ExperimentCommand.RunAsync(console, quiet, $"{spec.Name} × {replications} replications", request, clusterAddress, cancellation);
        ReplicationPrinter.Print(console, Experiments.Output.ExperimentTables.Aggregate(result));
        ExperimentCommand.PrintFooter(console, result);
        return result.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
    }
}
