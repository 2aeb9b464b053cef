using System.CommandLine;
using System.CommandLine.Parsing;
using CrowdSim.Cli.Terminal;
using CrowdSim.Experiments;
using CrowdSim.Results;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim run FILE</c>: runs a scenario (once, or <c>--replications R</c> times) and writes its
/// results; <c>crowdsim run --resume DIR</c> carries on a checkpointed run from its last checkpoint.
/// </summary>
internal sealed class RunCommand : Command
{
    private readonly CommandConsole _console;

    public RunCommand(CommandConsole console)
        : base("run", "Run a scenario and write its results folder (summary.json, time series, workers, report.html), or resume a checkpointed run.")
    {
        _console = console;
        Add(File);
        foreach (var option in new Option[] { Set, Seed, Days, ScenarioRoot, Replications, Parallel, Out, WorkersPerGrain, TaskLog, TimeSeriesCsv, CheckpointEvery, Resume, Cluster, Quiet })
            Add(option);
        Validators.Add(CheckFileOrResume);
        SetAction((parse, cancellation) => parse.GetValue(Resume) is { } folder
            ? ResumeAsync(parse, folder, cancellation)
            : RunAsync(parse, cancellation));
    }

    public Argument<string?> File { get; } = new("FILE")
    {
        Description = "The scenario file to run.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string[]> Set { get; } = CliOptions.Set("Change one value of the scenario before it runs, e.g. workers.ke-crowd.count=500.");

    public Option<ulong?> Seed { get; } = CliOptions.Whole("--seed", "N", "Random seed.", ulong.MinValue, ulong.MaxValue, "the scenario's seed");

    public Option<int?> Days { get; } = CliOptions.Days();

    public Option<string?> ScenarioRoot { get; } = CliOptions.ScenarioRoot();

    public Option<int?> Replications { get; } = CliOptions.Whole(
        "--replications", "R", "Run R times with derived seeds; prints the mean and 95% interval of every outcome.", 1, CliOptions.MaxReplications, "the scenario's replications, else 1");

    public Option<int> Parallel { get; } = CliOptions.Parallel();

    public Option<string?> Out { get; } = CliOptions.Out("results/<scenario>/<UTC time>-seed<N> (-seed<N>-x<R> with replications)");

    public Option<int> WorkersPerGrain { get; } = CliOptions.WorkersPerGrain();

    public Option<bool> TaskLog { get; } = CliOptions.Flag("--task-log", "Also write tasks.parquet: every task's life, event by event.");

    public Option<bool> TimeSeriesCsv { get; } = CliOptions.TimeSeriesCsv();

    public Option<string?> CheckpointEvery { get; } = CliOptions.CheckpointEvery();

    public Option<string?> Resume { get; } = CliOptions.Text(
        "--resume", "DIR", "Carry on the checkpointed run in DIR (<out>.checkpoints) with its own scenario and settings; give no FILE.", "a new run");

    public Option<string?> Cluster { get; } = CliOptions.Cluster();

    public Option<bool> Quiet { get; } = CliOptions.Quiet();

    private void CheckFileOrResume(CommandResult result)
    {
        if (result.GetResult(Resume) is null)
        {
            if (result.GetValue(File) is null)
                result.AddError("missing FILE (the scenario file to run), or --resume DIR");
            return;
        }
        if (result.GetValue(File) is not null)
        {
            result.AddError("run --resume takes the checkpoint folder only: the scenario and settings are the ones the run started with");
            return;
        }
        var allowed = new Option[] { Resume, Cluster, Quiet };
        if (Options.Except(allowed).FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is { } other)
            result.AddError($"{other.Name} does not apply to run --resume: the settings are the ones the run started with");
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        var file = parse.GetValue(File)!;
        var options = CliOptions.LoadOptions(parse, Set, Days, ScenarioRoot);
        var overrides = options.Overrides;
        var workersPerGrain = parse.GetValue(WorkersPerGrain);
        // --days is part of the scenario as loaded: every check that depends on the horizon is made with it.
        var loaded = ScenarioLoader.LoadExperiment(file, options);
        ScenarioNotes.Print(_console.Error, loaded.Notes);
        var spec = loaded.Spec;
        if (parse.GetValue(Seed) is { } seed)
            spec = spec with { Seed = seed };
        var replications = parse.GetValue(Replications) ?? loaded.Plan.Replications;
        var checkpointEvery = parse.GetValue(CheckpointEvery);
        if (replications > 1)
        {
            if (checkpointEvery is not null)
                throw new UsageException("--checkpoint-every applies to a single run, not to --replications");
            return await RunReplicationsAsync(parse, file, spec, overrides, replications, cancellation);
        }

        var output = parse.GetValue(Out) ?? ExperimentCommand.DefaultFolder(spec.Name, $"seed{spec.Seed}");
        var taskLog = parse.GetValue(TaskLog);
        var timeSeriesCsv = parse.GetValue(TimeSeriesCsv);
        var reproduce = ReproduceLine.Run(file, spec, workersPerGrain, overrides, loaded.Plan.Replications, taskLog, options.ScenarioRoot) + (timeSeriesCsv ? " --timeseries-csv" : "");
        var everyTicks = checkpointEvery is null ? 0 : CheckpointTicks(checkpointEvery, spec);
        var request = new RunRequest(output, workersPerGrain, file, reproduce, taskLog) { CheckpointEveryTicks = everyTicks, TimeSeriesCsv = timeSeriesCsv };

        // The folders first: one in use or not empty is refused before any silo starts.
        using var folders = RunFolders.ForRun(spec, request);
        await using var cluster = await RunCluster.StartAsync(parse.GetValue(Cluster), cancellation);
        var runner = new SimulationRunner(cluster.Grains, cluster.Name, cluster.Watch) { Finishing = BuildReport };
        var result = await WithResumeHintAsync(folders.CheckpointFolder, () => ProgressDisplay.RunAsync(
            _console.Ansi,
            parse.GetValue(Quiet),
            $"{spec.Name}: {spec.Days} days, {spec.WorkerCount:N0} workers",
            progress => runner.RunAsync(folders, progress, cancellation)));
        SummaryPrinter.Print(_console.Ansi, result);
        return ExitCodes.Success;
    }

    private async Task<int> ResumeAsync(ParseResult parse, string folder, CancellationToken cancellation)
    {
        using var folders = RunFolders.ForResume(folder);
        var from = folders.From!;
        var spec = folders.Spec;

        await using var cluster = await RunCluster.StartAsync(parse.GetValue(Cluster), cancellation);
        var runner = new SimulationRunner(cluster.Grains, cluster.Name, cluster.Watch) { Finishing = BuildReport };
        var result = await WithResumeHintAsync(folders.CheckpointFolder, () => ProgressDisplay.RunAsync(
            _console.Ansi,
            parse.GetValue(Quiet),
            $"{spec.Name}: {spec.Days} days, {spec.WorkerCount:N0} workers, from day {from.SimulatedDays:0.#}",
            progress => runner.RunAsync(folders, progress, cancellation)));
        SummaryPrinter.Print(_console.Ansi, result);
        return ExitCodes.Success;
    }

    // The report is built in the staging folder, before the results are moved into place.
    private static void BuildReport(string stagingFolder) => Reporting.ReportBuilder.Build(stagingFolder);

    private async Task<int> RunReplicationsAsync(
        ParseResult parse, string file, Model.Scenario.ScenarioSpec spec, IReadOnlyList<string> overrides, int replications, CancellationToken cancellation)
    {
        var workersPerGrain = parse.GetValue(WorkersPerGrain);
        var folder = parse.GetValue(Out) ?? ExperimentCommand.DefaultFolder(spec.Name, $"seed{spec.Seed}-x{replications}");
        var taskLog = parse.GetValue(TaskLog);
        var scenarioRoot = parse.GetValue(ScenarioRoot);
        var timeSeriesCsv = parse.GetValue(TimeSeriesCsv);
        var command = ReproduceLine.Replications(file, spec, replications, workersPerGrain, overrides, taskLog, scenarioRoot) + (timeSeriesCsv ? " --timeseries-csv" : "");
        var cell = new Experiments.ExperimentCell(FolderNames.Safe(spec.Name), spec, file, overrides) { ScenarioRoot = scenarioRoot };
        var request = new Experiments.ExperimentRequest([cell], replications, spec.Seed, parse.GetValue(Parallel), folder, workersPerGrain, command) { TaskLog = taskLog, TimeSeriesCsv = timeSeriesCsv };
        var result = await ExperimentCommand.RunAsync(
            _console.Ansi, parse.GetValue(Quiet), $"{spec.Name} × {replications} replications", request, parse.GetValue(Cluster), cancellation);
        ReplicationPrinter.Print(_console.Ansi, Experiments.Output.ExperimentTables.Aggregate(result));
        ExperimentCommand.PrintFooter(_console.Ansi, result);
        return result.Cancelled ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>The ticks of <paramref name="spec"/> in a <c>--checkpoint-every</c> interval such as 1d.</summary>
    internal static int CheckpointTicks(string text, Model.Scenario.ScenarioSpec spec)
    {
        var minutes = CheckpointInterval.Minutes(text, out var error) ?? throw new UsageException($"--checkpoint-every: {error}");
        return CheckpointInterval.Ticks(minutes, spec, out error) ?? throw new UsageException($"--checkpoint-every: {error}");
    }

    // A run that stops after writing checkpoints can be carried on: say how.
    private async Task<RunResult> WithResumeHintAsync(string? checkpoints, Func<Task<RunResult>> run)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException e) when (checkpoints is not null && Directory.Exists(checkpoints) && LatestOrNull(checkpoints) is { } stoppedAt)
        {
            throw new CommandStoppedException(
                $"cancelled; the last checkpoint is at day {stoppedAt.SimulatedDays:0.#}. Resume with: crowdsim run --resume {ShellWords.Quote(checkpoints)}", e);
        }
        catch (OutputWriteException e) when (checkpoints is not null && Directory.Exists(checkpoints) && LatestOrNull(checkpoints) is { } stoppedAt)
        {
            // A full disk, say: one line with what to do once it is fixed.
            throw new CommandStoppedException(
                $"{e.Message}; the last checkpoint is at day {stoppedAt.SimulatedDays:0.#}. Resume with: crowdsim run --resume {ShellWords.Quote(checkpoints)}", e);
        }
        catch (Exception e) when (e is not (CheckpointException or OutputFolderException or OutputWriteException) && checkpoints is not null && Directory.Exists(checkpoints))
        {
            var latest = LatestOrNull(checkpoints);
            await _console.Error.WriteLineAsync(latest is null
                ? $"crowdsim: the run stopped before its first checkpoint ({checkpoints}); nothing to resume"
                : $"crowdsim: the run stopped; its last checkpoint is at day {latest.SimulatedDays:0.#}. Resume with: crowdsim run --resume {ShellWords.Quote(checkpoints)}");
            throw;
        }
    }

    private static CheckpointInfo? LatestOrNull(string checkpoints)
    {
        try
        {
            return CheckpointStore.Open(checkpoints).Latest();
        }
        catch (Exception e) when (e is CheckpointException or ScenarioException or IOException)
        {
            return null;
        }
    }
}
