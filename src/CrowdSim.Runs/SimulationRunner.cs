using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Runs.Output;

namespace CrowdSim.Runs;

/// <summary>
/// Runs one scenario on a cluster (any <see cref="IGrainFactory"/>: the embedded silo, a test
/// cluster or a remote one) and writes its results folder atomically.
/// </summary>
public sealed class SimulationRunner(IGrainFactory grains, string clusterName)
{
    private static int s_runs;

    /// <summary>Runs the scenario to its horizon; on cancellation or failure no results folder is left behind.</summary>
    public async Task<RunResult> RunAsync(ScenarioSpec spec, RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var folder = ResultsFolder.Create(request.OutputPath);
        var runId = $"{spec.Name}-{spec.Seed}-{Environment.ProcessId}-{Interlocked.Increment(ref s_runs)}";
        var coordinator = grains.GetGrain<ICoordinatorGrain>(runId);
        await coordinator.StartAsync(new RunSetup(runId, spec, request.WorkersPerGrain, request.TaskLog));
        await File.WriteAllBytesAsync(folder.File("scenario.json"), Serialize(spec), cancellation);

        var totals = new RunTotals(spec);
        RunFinal final;
        var outputs = RunOutputs.Create(spec, folder, request);
        try
        {
            try
            {
                var stepTicks = Math.Max(1, spec.Ticks / spec.Days / 4);
                var finished = false;
                while (!finished)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var step = await coordinator.StepAsync(stepTicks);
                    foreach (var tick in step.Ticks)
                    {
                        totals.Add(tick);
                        foreach (var output in outputs)
                            output.Write(tick);
                    }
                    finished = step.Finished;
                    progress?.Report(new RunProgress(totals.Ticks, spec.Ticks, totals.Ticks * spec.TickMinutes / 1440.0));
                }
            }
            finally
            {
                // Always let the run's grains go, also when cancelled.
                final = await coordinator.FinishAsync();
            }
            foreach (var output in outputs)
                output.Finish(final.Workers);
        }
        finally
        {
            foreach (var output in outputs)
                output.Dispose();
        }

        var broken = Conservation.Violations(totals);
        if (broken.Count > 0)
            throw new InvalidOperationException("the books do not balance: " + string.Join("; ", broken));

        WorkersTable.Write(folder.File("workers.csv"), spec, final.Workers);
        var unhashed = SummaryBuilder.Build(spec, totals, final.Workers, final.WaitsByQueue, resultHash: "");
        var hash = HashOutputs(folder, unhashed);
        var summary = unhashed with { ResultHash = hash };
        await File.WriteAllBytesAsync(folder.File("summary.json"), Serialize(summary), cancellation);

        clock.Stop();
        var manifest = Manifest(spec, request, started, clock.Elapsed.TotalSeconds);
        await File.WriteAllBytesAsync(folder.File("manifest.json"), Serialize(manifest), cancellation);
        folder.Commit();
        return new RunResult(summary, manifest, folder.FinalPath);
    }

    private static string HashOutputs(ResultsFolder folder, RunSummary unhashed)
    {
        using var series = File.OpenRead(folder.File("timeseries.csv"));
        using var workers = File.OpenRead(folder.File("workers.csv"));
        using var projects = File.OpenRead(folder.File("projects.csv"));
        using var summary = new MemoryStream(Serialize(unhashed));
        return ResultHash.Of([series, workers, projects, summary]);
    }

    private static byte[] Serialize<T>(T value)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, ResultJson.Options);
        return [.. bytes, (byte)'\n'];
    }

    private RunManifest Manifest(ScenarioSpec spec, RunRequest request, DateTimeOffset started, double wallSeconds)
    {
        var version = typeof(SimulationRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var grainsUsed = spec.Labs.Count + spec.Vendors.Count + spec.Platforms.Count + 1
            + CohortLayout.Ranges(spec.WorkerCount, request.WorkersPerGrain).Count;
        return new RunManifest(
            spec.Name,
            request.ScenarioFile,
            request.ScenarioFile is { } file && File.Exists(file) ? ResultHash.OfFile(file) : null,
            Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(spec, ResultJson.Options))),
            spec.Seed,
            plus < 0 ? version : version[..plus],
            plus < 0 ? null : version[(plus + 1)..],
            new RunSettings(spec.Days, spec.TickMinutes, spec.WorkerCount, request.WorkersPerGrain, grainsUsed, clusterName),
            request.Reproduce,
            started,
            wallSeconds,
            wallSeconds > 0 ? (double)spec.WorkerCount * spec.Ticks / wallSeconds : 0,
            Process.GetCurrentProcess().PeakWorkingSet64,
            new MachineFacts(Environment.OSVersion.ToString(), Environment.ProcessorCount, Environment.Version.ToString(), Environment.MachineName));
    }
}
