using System.Diagnostics;
using System.Runtime.ExceptionServices;
using CrowdSim.Experiments.Output;
using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Results.Experiment;
using CrowdSim.Runs;
using CrowdSim.Runs.Output;

namespace CrowdSim.Experiments;

/// <summary>
/// Runs every cell of an experiment for every replication, several at once on the same cluster.
/// Replication k of every cell runs with the same seed (common random numbers). Results are placed
/// by (cell, replication), never by the order runs happen to finish in. The experiment's folder is
/// staged as a run's is: every run, the tables, the manifest and the report go into a hidden
/// staging folder that is moved into place at the end, so the folder never exists half-written.
/// Cancelling, or a run that fails, keeps every run that finished, with the tables and report over
/// them (the manifest says the experiment was stopped before its end); then the failure is thrown.
/// </summary>
/// <param name="watch">On a multi-silo cluster, its membership watch: a run whose silo is lost stops at once, naming it.</param>
public sealed class ExperimentRunner(IGrainFactory grains, string clusterName, Runs.Hosting.ISiloWatch? watch = null)
{
    /// <summary>What else goes into the experiment's folder, given its staging folder once the runs, tables and manifest are in it (the command line builds the report).</summary>
    public Action<string>? Finishing { get; init; }

    /// <summary>Claims the experiment's folder, runs the experiment into it, and moves it into place.</summary>
    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var folder = ResultsFolder.Create(request.OutputPath);
        return await RunAsync(request, folder, progress, cancellation);
    }

    /// <summary>Runs the experiment into <paramref name="folder"/>, claimed by the caller (before it started a cluster), and commits it.</summary>
    public async Task<ExperimentResult> RunAsync(ExperimentRequest request, ResultsFolder folder, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
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
        ExceptionDispatchInfo? failure = null;
        var tasks = jobs.Select(async (job, index) =>
        {
            await slots.WaitAsync(cancellation);
            try
            {
                var cell = request.Cells[job.Cell];
                var seed = ReplicationSeeds.For(request.BaseSeed, job.Replication);
                var spec = cell.Spec with { Seed = seed };
                var runFolder = ExperimentFiles.RunFolder(cell.Label, job.Replication, seed);
                var runProgress = new Progress<RunProgress>(p =>
                {
                    lock (progressLock)
                        daysByJob[index] = p.SimulatedDays;
                    Report();
                });
                var reproduce = RunCommandLine(cell, spec, request.WorkersPerGrain, request.TaskLog) + (request.TimeSeriesCsv ? " --timeseries-csv" : "");
                var runRequest = new RunRequest(folder.File(runFolder), request.WorkersPerGrain, cell.ScenarioFile, reproduce, request.TaskLog) { TimeSeriesCsv = request.TimeSeriesCsv };
                var run = await runner.RunAsync(spec, runRequest, runProgress, cancellation);
                // Where it will be once the experiment's folder is in place.
                results[job.Cell][job.Replication] = run with { OutputPath = Path.Combine(folder.FinalPath, runFolder) };
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
        catch (Exception e)
        {
            // A run failed (a lost silo, say): the others ran to their end; what finished is kept, as on cancelling, and then the failure is reported.
            cancelled = true;
            failure = ExceptionDispatchInfo.Capture(e);
        }
        var result = new ExperimentResult(
            request,
            request.Cells.Select((cell, c) => new CellResult(cell, results[c])).ToArray(),
            cancelled,
            clock.Elapsed.TotalSeconds);
        // Nothing finished before a failure: nothing to keep.
        if (failure is not null && !result.Cells.Any(c => c.Finished.Any()))
            failure.Throw();
        try
        {
            ExperimentWriter.WriteManifest(folder.StagingPath, ExperimentManifest.Of(result));
            ExperimentWriter.WriteAggregate(folder.StagingPath, ExperimentTables.Aggregate(result));
            if (result.Cells.Count > 1)
                ExperimentWriter.WriteComparison(folder.StagingPath, ExperimentTables.Compare(result));
            Finishing?.Invoke(folder.StagingPath);
            folder.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(request.OutputPath, e);
        }
        failure?.Throw();
        return result;
    }

    // One replication on its own: its seed and horizon spelled out, and --replications 1 in case the file asks for more.
    private static string RunCommandLine(ExperimentCell cell, ScenarioSpec spec, int workersPerGrain, bool taskLog)
    {
        var log = taskLog ? " --task-log" : "";
        var root = cell.ScenarioRoot is { } folder ? $" --scenario-root {ShellWords.Quote(folder)}" : "";
        return $"crowdsim run {ShellWords.Quote(cell.ScenarioFile ?? "SCENARIO")} --seed {spec.Seed} --days {spec.Days} --replications 1 --workers-per-grain {workersPerGrain}{log}{root}{ShellWords.Sets(cell.Overrides)}";
    }
}
