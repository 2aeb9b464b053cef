using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrowdSim.Model.Scenario;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;
using CrowdSim.Scenarios.Scaling;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim bench</c>: runs the benchmark scenario (scenarios/baseline.yaml unless --scenario
/// says otherwise) scaled to each requested number of workers, on the embedded silo, and prints one
/// JSON line per run. Several sizes run one after another, each in a fresh child process, so that
/// every run's peak memory is its own. With --reference, each size also runs the reference loop
/// (bench/CrowdSim.Reference, a plain single-threaded implementation of the reduced market) in a
/// process of its own, and the line adds its CPU seconds and CrowdSim's ratio to them.
/// </summary>
internal sealed class BenchCommand : Command
{
    public const string DefaultScenario = "scenarios/baseline.yaml";

    /// <summary>The reference loop's assembly, copied beside crowdsim's (CrowdSim.Cli references the project).</summary>
    private const string ReferenceAssembly = "CrowdSim.Reference.dll";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly CommandConsole _console;

    public BenchCommand(CommandConsole console)
        : base("bench", "Run the benchmark scenario scaled to each number of workers and print one JSON line per run (wall time, CPU time, worker-ticks/s, peak memory, resultHash).")
    {
        _console = console;
        foreach (var option in new Option[] { Workers, Days, WorkersPerGrain, Scenario, CheckpointEvery, Cluster, Reference, Out })
            Add(option);
        SetAction(ExecuteAsync);
    }

    public Option<int[]> Workers { get; } = Sizes("--workers", "Workers to scale the scenario to; several sizes run one after another, each in its own process.", 10_000);

    public Option<int?> Days { get; } = CliOptions.Whole("--days", "D", "Simulated days.", 1, CliOptions.MaxDays, "the scenario's days");

    public Option<int[]> WorkersPerGrain { get; } = Sizes("--workers-per-grain", "Workers held by one cohort grain; every size runs with each.", RunRequest.DefaultWorkersPerGrain);

    public Option<string> Scenario { get; } = new("--scenario")
    {
        HelpName = "FILE",
        Description = "The scenario to scale.",
        DefaultValueFactory = _ => DefaultScenario,
    };

    public Option<string?> CheckpointEvery { get; } = CliOptions.CheckpointEvery(
        "Also write checkpoints this often in simulated time (1d, 12h, 90m: whole ticks), to measure what they cost.");

    public Option<string?> Cluster { get; } = CliOptions.Cluster();

    // The reference loop (bench/CrowdSim.Reference) runs only a reduced market like bench/reduced.yaml.
    public Option<bool> Reference { get; } = CliOptions.Flag("--reference", "Also run the reference loop on the same scenario and size; add its CPU seconds and the ratio.");

    public Option<string?> Out { get; } = CliOptions.Text("--out", "FILE", "Also append the JSON lines to FILE.", "standard output only");

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellation)
    {
        var file = parse.GetValue(Scenario)!;
        var outFile = parse.GetValue(Out);
        var cluster = parse.GetValue(Cluster);
        var checkpointEvery = parse.GetValue(CheckpointEvery);
        var reference = parse.GetValue(Reference);
        var loaded = ScenarioLoader.LoadExperiment(file, new ScenarioLoadOptions { Days = parse.GetValue(Days) });
        ScenarioNotes.Print(_console.Error, loaded.Notes);
        var baseSpec = loaded.Spec;
        if (reference && CrowdSim.Reference.ReferenceLoop.Refusal(baseSpec) is { } refusal)
            throw new UsageException($"bench --reference: {file}: {refusal}");

        var runs = parse.GetValue(Workers)!.SelectMany(w => parse.GetValue(WorkersPerGrain)!.Select(k => (Workers: w, PerGrain: k))).ToArray();
        foreach (var (count, perGrain) in runs)
        {
            string line;
            if (runs.Length == 1)
            {
                var one = await RunOneAsync(file, ScenarioScaler.ToWorkers(baseSpec, count), perGrain, cluster, checkpointEvery, cancellation);
                if (reference)
                    one = await WithReferenceAsync(one, file, cancellation);
                line = JsonSerializer.Serialize(one, Json);
            }
            else
            {
                line = await RunChildAsync(file, count, perGrain, baseSpec.Days, cluster, checkpointEvery, reference, cancellation);
            }
            await _console.Out.WriteLineAsync(line);
            if (outFile is not null)
                await File.AppendAllTextAsync(outFile, line + Environment.NewLine, cancellation);
        }
        return ExitCodes.Success;
    }

    private static async Task<BenchLine> RunOneAsync(string file, ScenarioSpec spec, int perGrain, string? clusterAddress, string? checkpointEvery, CancellationToken cancellation)
    {
        var everyTicks = checkpointEvery is null ? 0 : RunCommand.CheckpointTicks(checkpointEvery, spec);
        var cpuAtStart = CpuTime();
        var process = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), $"crowdsim-bench-{Environment.ProcessId}");
        var checkpoints = CheckpointStore.DefaultFolder(folder);
        foreach (var stale in new[] { folder, checkpoints }.Where(Directory.Exists))
            Directory.Delete(stale, recursive: true);
        try
        {
            await using var cluster = await RunCluster.StartAsync(clusterAddress, cancellation);
            var siloStart = process.Elapsed.TotalSeconds;
            var cpuAtRun = CpuTime();
            var runner = new SimulationRunner(cluster.Grains, cluster.Name, cluster.Watch);
            var clock = Stopwatch.StartNew();
            var request = new RunRequest(folder, perGrain, file, "bench") { CheckpointEveryTicks = everyTicks };
            var result = await runner.RunAsync(spec, request, null, cancellation);
            clock.Stop();
            var workers = spec.WorkerCount;
            var grains = ((workers + perGrain - 1) / perGrain) + spec.Labs.Count + spec.Vendors.Count + spec.Platforms.Count + 1;
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var cpuSeconds = (self.TotalProcessorTime - cpuAtStart).TotalSeconds;
            var runCpu = (self.TotalProcessorTime - cpuAtRun).TotalSeconds;
            var line = new BenchLine(
                spec.Name,
                workers,
                spec.Days,
                spec.Ticks,
                spec.TickMinutes,
                perGrain,
                grains,
                Math.Round(clock.Elapsed.TotalSeconds, 3),
                Math.Round((double)workers * spec.Ticks / clock.Elapsed.TotalSeconds),
                self.PeakWorkingSet64,
                Math.Round(process.Elapsed.TotalSeconds, 3),
                result.Summary.Tasks.Completed,
                result.Summary.ResultHash,
                Environment.ProcessorCount,
                System.Runtime.GCSettings.IsServerGC,
                cluster.Name,
                result.Manifest.Checkpoints)
            {
                CpuSeconds = Math.Round(cpuSeconds, 3),
                TasksPerCpuSecond = cpuSeconds > 0 ? Math.Round(result.Summary.Tasks.Completed / cpuSeconds) : 0,
                SiloStartSeconds = Math.Round(siloStart, 3),
                RunCpuSeconds = Math.Round(runCpu, 3),
                CpuMicrosecondsPerTick = Math.Round(runCpu * 1e6 / spec.Ticks, 1),
                CpuMicrosecondsPerTask = result.Summary.Tasks.Completed > 0 ? Math.Round(runCpu * 1e6 / result.Summary.Tasks.Completed, 2) : null,
            };
            return line;
        }
        finally
        {
            foreach (var written in new[] { folder, checkpoints }.Where(Directory.Exists))
                Directory.Delete(written, recursive: true);
        }
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    // The reference loop on the same scenario, size and days, in a process of its own (so that its
    // CPU time is its own); after CrowdSim's run and its silo's shutdown, so that neither competes with the other.
    private static async Task<BenchLine> WithReferenceAsync(BenchLine line, string file, CancellationToken cancellation)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, ReferenceAssembly);
        if (!File.Exists(assembly))
            throw new InvalidOperationException($"--reference needs the reference loop ({ReferenceAssembly}) beside crowdsim; build src/CrowdSim.Cli, which references bench/CrowdSim.Reference");
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet"
            ? Environment.ProcessPath!
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { assembly, "--scenario", file, "--workers", Invariant(line.Workers), "--days", Invariant(line.Days) })
            start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(cancellation);
        var error = child.StandardError.ReadToEndAsync(cancellation);
        await child.WaitForExitAsync(cancellation);
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"the reference loop failed (exit code {child.ExitCode}): {(await error).Trim()}");
        using var json = JsonDocument.Parse(await output);
        var referenceCpu = json.RootElement.GetProperty("cpuSeconds").GetDouble();
        return line with
        {
            ReferenceCpuSeconds = referenceCpu,
            ReferenceWallSeconds = json.RootElement.GetProperty("wallSeconds").GetDouble(),
            ReferenceTasksCompleted = json.RootElement.GetProperty("tasksCompleted").GetInt64(),
            CpuRatio = referenceCpu > 0 ? Math.Round(line.CpuSeconds / referenceCpu, 1) : null,
        };
    }

    // The same command for one size, in a fresh process: its peak memory is this run's alone.
    private static async Task<string> RunChildAsync(string file, int workers, int perGrain, int days, string? cluster, string? checkpointEvery, bool reference, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var arg in new[] { "bench", "--scenario", file, "--workers", Invariant(workers), "--workers-per-grain", Invariant(perGrain), "--days", Invariant(days) })
            start.ArgumentList.Add(arg);
        if (cluster is not null)
        {
            start.ArgumentList.Add("--cluster");
            start.ArgumentList.Add(cluster);
        }
        if (checkpointEvery is not null)
        {
            start.ArgumentList.Add("--checkpoint-every");
            start.ArgumentList.Add(checkpointEvery);
        }
        if (reference)
            start.ArgumentList.Add("--reference");
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync(cancellation);
        await child.WaitForExitAsync(cancellation);
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"the benchmark run with {workers} workers failed (exit code {child.ExitCode})");
        return output.Trim();
    }

    // N[,N...]: whole numbers from 1 to 50,000,000; 1e5 and 100_000 are fine.
    private static Option<int[]> Sizes(string name, string description, int defaultValue) => new(name)
    {
        HelpName = "N[,N...]",
        Description = description,
        Arity = ArgumentArity.ExactlyOne,
        DefaultValueFactory = _ => [defaultValue],
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            var sizes = new List<int>();
            foreach (var part in text.Split(','))
            {
                var trimmed = part.Trim().Replace("_", "", StringComparison.Ordinal);
                if (!TryParseSize(trimmed, out var size) || size < 1 || size > 50_000_000)
                {
                    result.AddError($"{name} expects whole numbers from 1 to 50,000,000 separated by commas (1e5 is fine), got '{part}'");
                    return [];
                }
                sizes.Add(size);
            }
            return [.. sizes];
        },
    };

    private static bool TryParseSize(string text, out int size)
    {
        size = 0;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out size))
            return true;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == Math.Floor(value) && value <= int.MaxValue)
        {
            size = (int)value;
            return true;
        }
        return false;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One benchmark run, as printed. <see cref="CpuSeconds"/> is the process's user + system time over
    /// the same span as <see cref="ProcessSeconds"/>; the reference fields are there only with --reference.
    /// </summary>
    private sealed record BenchLine(
        string Scenario,
        int Workers,
        int Days,
        int Ticks,
        int TickMinutes,
        int WorkersPerGrain,
        int Grains,
        double WallSeconds,
        double WorkerTicksPerSecond,
        long PeakMemoryBytes,
        double ProcessSeconds,
        long TasksCompleted,
        string ResultHash,
        int Cores,
        bool ServerGc,
        string Cluster,
        Results.Run.CheckpointFacts? Checkpoints)
    {
        public double CpuSeconds { get; init; }

        public double TasksPerCpuSecond { get; init; }

        /// <summary>Wall seconds to start the silo (or connect to the cluster), before the run.</summary>
        public double SiloStartSeconds { get; init; }

        /// <summary>The process's CPU seconds over the run alone (wallSeconds' span: no silo start-up).</summary>
        public double RunCpuSeconds { get; init; }

        /// <summary>runCpuSeconds per tick, in µs: at a handful of workers, the fixed cost of a tick (bench/tick-cost.yaml).</summary>
        public double CpuMicrosecondsPerTick { get; init; }

        /// <summary>runCpuSeconds per task completed, in µs: at many workers, the cost of a task with everything it brings.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? CpuMicrosecondsPerTask { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? ReferenceCpuSeconds { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? ReferenceWallSeconds { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public long? ReferenceTasksCompleted { get; init; }

        /// <summary>CrowdSim's CPU seconds ÷ the reference loop's.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? CpuRatio { get; init; }
    }
}
