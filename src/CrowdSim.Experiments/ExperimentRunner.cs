using System.Diagnostics;
using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Runs;

namespace CrowdSim.Experiments;

/// <summary>
/// Runs every cell of an experiment for every replication, several at once on the same cluster.
/// Replication k of every cell runs with the same seed (common random numbers), and each run's
/// results folder is written atomically, so cancelling keeps every run that finished. Results are
/// placed by (cell, replication), never by the order runs happen to finish in.
/// </summary>
/// <param name="watch">On a multi-silo cluster, its membership watch: a run whose silo is lost stops at once, naming it.</param>
public sealed class ExperimentRunner(IGrainFactory grains, string clusterName, Runs.Hosting.ISiloWatch? watch = null)
{
    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(request.OutputPath);
        var results = request.Cells.Select(_ => new RunResult?[request.Replications]).ToArray();
        var jobs = request.Cells.SelectMany((cell, c) => Enumerable.Range(0, request.Replications).Select(k => (Cell: c, Replication: k))).ToArray();
        var daysTotal = jobs.Sum(j => (double)request.Cells[j.Cell].Spec.Days);
        var daysByJob = new double[jobs.Length];
        var done = 0;
        var progressLock = new object();
        void Report()
        {
            lock (progressLock)
                progress?.Report(new ExperimentProgress(done, jobs.Length, daysByJob.Sum(), daysTotal));
        }

        var runner = new SimulationRunner(grains, clusterName, watch);
        using var slots = new SemaphoreSlim(Math.Max(1, request.Parallel));
        var cancelled = false;
        var tasks = jobs.Select(async (job, index) =>
        {
            await slots.WaitAsync(cancellation);
            try
            {
                var cell = request.Cells[job.Cell];
                var seed = ReplicationSeeds.For(request.BaseSeed, job.Replication);
                var spec = cell.Spec with { Seed = seed };
                var folder = Path.Combine(request.OutputPath, ExperimentFiles.RunFolder(cell.Label, job.Replication, seed));
                var runProgress = new Progress<RunProgress>(p =>
                {
                    lock (progressLock)
                        daysByJob[index] = p.SimulatedDays;
                    Report();
                });
                var reproduce = RunCommandLine(cell, spec, request.WorkersPerGrain, request.TaskLog) + (request.TimeSeriesCsv ? " --timeseries-csv" : "");
                var run = new RunRequest(folder, request.WorkersPerGrain, cell.ScenarioFile, reproduce, request.TaskLog) { TimeSeriesCsv = request.TimeSeriesCsv };
                results[job.Cell][job.Replication] = await runner.RunAsync(spec, run, runProgress, cancellation);
                Interlocked.Increment(ref done);
                Report();
            }
            finally
            {
                slots.Release();
            }
        }).ToArray();
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }
        return new ExperimentResult(
            request,
            request.Cells.Select((cell, c) => new CellResult(cell, results[c])).ToArray(),
            cancelled,
            clock.Elapsed.TotalSeconds);
    }

    // One replication on its own: its seed and horizon spelled out, and --replications 1 in case the file asks for more.
    private static string RunCommandLine(ExperimentCell cell, ScenarioSpec spec, int workersPerGrain, bool taskLog)
    {
        var log = taskLog ? " --task-log" : "";
        return $"crowdsim run {ShellWords.Quote(cell.ScenarioFile ?? "SCENARIO")} --seed {spec.Seed} --days {spec.Days} --replications 1 --workers-per-grain {workersPerGrain}{log}{ShellWords.Sets(cell.Overrides)}";
    }
}
