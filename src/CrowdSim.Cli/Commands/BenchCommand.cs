using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CrowdSim.Model.Scenario;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim bench</c>: runs the benchmark scenario (scenarios/baseline.yaml unless --scenario
/// says otherwise) scaled to each requested number of workers, on the embedded silo, and prints one
/// JSON line per run. Several sizes run one after another, each in a fresh child process, so that
/// every run's peak memory is its own.
/// </summary>
public static class BenchCommand
{
    public const string Usage = "crowdsim bench [--workers N[,N...]] [--days D] [--workers-per-grain K[,K...]] [--scenario FILE] [--checkpoint-every 1d] [--cluster redis://HOST:PORT] [--out FILE]";

    public const string DefaultScenario = "scenarios/baseline.yaml";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> ExecuteAsync(Arguments args, CancellationToken cancellation)
    {
        var workers = Sizes(args.Text("workers"), "workers", 10_000);
        var grainSizes = Sizes(args.Text("workers-per-grain"), "workers-per-grain", RunRequest.DefaultWorkersPerGrain);
        var days = args.Integer("days", 1, 3650);
        var file = args.Text("scenario") ?? DefaultScenario;
        var outFile = args.Text("out");
        var cluster = ExperimentCommand.Cluster(args);
        var checkpointEvery = args.Text("checkpoint-every");
        args.RejectUnknown();
        if (args.Positional.Count != 0)
            throw new UsageException($"bench takes no positional arguments: {Usage}");
        var baseSpec = ScenarioLoader.LoadFile(file);
        if (days is { } d)
            baseSpec = baseSpec with { Days = (int)d };

        var runs = workers.SelectMany(w => grainSizes.Select(k => (Workers: w, PerGrain: k))).ToArray();
        foreach (var (count, perGrain) in runs)
        {
            var line = runs.Length == 1
                ? await RunOneAsync(file, Scaled(baseSpec, count), perGrain, cluster, checkpointEvery, cancellation)
                : await RunChildAsync(file, count, perGrain, baseSpec.Days, cluster, checkpointEvery, cancellation);
            Console.WriteLine(line);
            if (outFile is not null)
                await File.AppendAllTextAsync(outFile, line + Environment.NewLine, cancellation);
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// The scenario with <paramref name="workers"/> workers: every pool's count and every demand
    /// line's volume (steady tasks and project launch sizes) scaled by the same factor, so that
    /// work per worker, and so the market's behaviour, stays as in the file.
    /// </summary>
    public static ScenarioSpec Scaled(ScenarioSpec spec, int workers)
    {
        var total = spec.WorkerPools.Sum(p => p.Count);
        var factor = workers / (double)total;
        // Largest remainder, so that the counts add up to exactly the requested number.
        var exact = spec.WorkerPools.Select(p => p.Count * factor).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(workers - counts.Sum()))
            counts[i]++;
        return spec with
        {
            WorkerPools = spec.WorkerPools.Select((p, i) => p with
            {
                Count = counts[i],
                Recruitment = p.Recruitment is { } r ? r with { Recruits = Math.Max(1, (int)Math.Round(r.Recruits * factor)) } : null,
            }).ToArray(),
            Labs = spec.Labs.Select(l => l with
            {
                Demand = l.Demand.Select(line => line with
                {
                    TasksPerDay = line.TasksPerDay * factor,
                    BurstMinTasks = line.BurstMinTasks * factor,
                }).ToArray(),
            }).ToArray(),
        };
    }

    private static async Task<string> RunOneAsync(string file, ScenarioSpec spec, int perGrain, string? clusterAddress, string? checkpointEvery, CancellationToken cancellation)
    {
        var everyTicks = checkpointEvery is null ? 0 : RunCommand.CheckpointTicks(checkpointEvery, spec);
        var process = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), $"crowdsim-bench-{Environment.ProcessId}");
        var checkpoints = CheckpointStore.DefaultFolder(folder);
        foreach (var stale in new[] { folder, checkpoints }.Where(Directory.Exists))
            Directory.Delete(stale, recursive: true);
        try
        {
            await using var cluster = await RunCluster.StartAsync(clusterAddress, cancellation);
            var runner = new SimulationRunner(cluster.Grains, cluster.Name, cluster.Watch);
            var clock = Stopwatch.StartNew();
            var request = new RunRequest(folder, perGrain, file, "bench") { CheckpointEveryTicks = everyTicks };
            var result = await runner.RunAsync(spec, request, null, cancellation);
            clock.Stop();
            var workers = spec.WorkerCount;
            var grains = ((workers + perGrain - 1) / perGrain) + spec.Labs.Count + spec.Vendors.Count + spec.Platforms.Count + 1;
            using var self = Process.GetCurrentProcess();
            self.Refresh();
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
                result.Manifest.Checkpoints);
            return JsonSerializer.Serialize(line, Json);
        }
        finally
        {
            foreach (var written in new[] { folder, checkpoints }.Where(Directory.Exists))
                Directory.Delete(written, recursive: true);
        }
    }

    // The same command for one size, in a fresh process: its peak memory is this run's alone.
    private static async Task<string> RunChildAsync(string file, int workers, int perGrain, int days, string? cluster, string? checkpointEvery, CancellationToken cancellation)
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
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync(cancellation);
        await child.WaitForExitAsync(cancellation);
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"the benchmark run with {workers} workers failed (exit code {child.ExitCode})");
        return output.Trim();
    }

    private static int[] Sizes(string? text, string option, int fallback)
    {
        if (text is null)
            return [fallback];
        var sizes = new List<int>();
        foreach (var part in text.Split(','))
        {
            var trimmed = part.Trim().Replace("_", "", StringComparison.Ordinal);
            if (!TryParseSize(trimmed, out var size) || size < 1 || size > 50_000_000)
                throw new UsageException($"--{option} expects whole numbers from 1 to 50,000,000 separated by commas (1e5 is fine), got '{part}'");
            sizes.Add(size);
        }
        return [.. sizes];
    }

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

    /// <summary>One benchmark run, as printed.</summary>
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
        Results.Run.CheckpointFacts? Checkpoints);
}
