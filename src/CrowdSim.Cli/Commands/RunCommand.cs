using System.Globalization;
using CrowdSim.Cli.Terminal;
using CrowdSim.Runs;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary><c>crowdsim run FILE</c>: runs a scenario on the embedded Orleans silo and writes its results.</summary>
public static class RunCommand
{
    public const string Usage = "crowdsim run FILE [--seed N] [--out DIR] [--workers-per-grain K] [--days N] [--quiet]";

    public static async Task<int> ExecuteAsync(Arguments args, IAnsiConsole console, CancellationToken cancellation)
    {
        var seed = args.Integer("seed", 0, long.MaxValue);
        var outDir = args.Text("out");
        var workersPerGrain = (int)(args.Integer("workers-per-grain", 1, 10_000_000) ?? RunRequest.DefaultWorkersPerGrain);
        var days = args.Integer("days", 1, 3650);
        var quiet = args.Flag("quiet");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
            throw new UsageException($"run needs exactly one scenario file: {Usage}");
        var file = args.Positional[0];

        var spec = ScenarioLoader.LoadFile(file);
        if (seed is { } s)
            spec = spec with { Seed = (ulong)s };
        if (days is { } d)
            spec = spec with { Days = (int)d };
        var output = outDir ?? Path.Combine(
            "results",
            spec.Name,
            $"{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-seed{spec.Seed}");
        var reproduce = $"crowdsim run {file} --seed {spec.Seed} --days {spec.Days} --workers-per-grain {workersPerGrain}";
        var request = new RunRequest(output, workersPerGrain, file, reproduce);

        await using var cluster = await EmbeddedCluster.StartAsync(cancellation);
        var runner = new SimulationRunner(cluster.Grains, "embedded");
        var result = await ProgressDisplay.RunAsync(
            console,
            quiet,
            $"{spec.Name}: {spec.Days} days, {spec.WorkerCount:N0} workers",
            progress => runner.RunAsync(spec, request, progress, cancellation));
        SummaryPrinter.Print(console, result);
        return ExitCodes.Success;
    }
}
