using System.Diagnostics;
using System.Reflection;
using CrowdSim.Grains;
using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Runs.Output;

namespace CrowdSim.Runs;

/// <summary>
/// Runs one scenario on a cluster (any <see cref="IGrainFactory"/>: the embedded silo, a test
/// cluster or a remote one) and writes its results folder atomically. With checkpoints, the run's
/// whole state is saved every so many ticks; a run stopped for any reason can be resumed from
/// the last one (<see cref="ResumeAsync"/>), and a run that loses a silo (noticed by
/// <paramref name="watch"/>) goes back to it by itself, on the silos that are left.
/// </summary>
public sealed class SimulationRunner(IGrainFactory grains, string clusterName, ISiloWatch? watch = null)
{
    private static int s_runs;

    /// <summary>
    /// What else goes into the results folder, given the staging folder once every results file is
    /// in it (the command line builds report.html and the charts there). The folder is moved into
    /// place only after this returns, so it never exists without what this writes.
    /// </summary>
    public Action<string>? Finishing { get; init; }

    /// <summary>
    /// Runs the scenario to its horizon. Without checkpoints, a cancelled or failed run leaves no
    /// results folder behind; with them, it leaves its checkpoint folder to resume from (unless it
    /// stopped before the first checkpoint).
    /// </summary>
    public async Task<RunResult> RunAsync(ScenarioSpec spec, RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var folders = RunFolders.ForRun(spec, request);
        return await RunAsync(folders, progress, cancellation);
    }

    /// <summary>Carries on a checkpointed run from its latest checkpoint, to the same results it would have had uninterrupted.</summary>
    public async Task<RunResult> ResumeAsync(string checkpointFolder, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var folders = RunFolders.ForResume(checkpointFolder);
        return await RunAsync(folders, progress, cancellation);
    }

    /// <summary>
    /// Runs, or resumes, the run whose folders <paramref name="folders"/> has claimed (the caller
    /// claims them before starting a cluster, and disposes them).
    /// </summary>
    /// <exception cref="OutputWriteException">A folder could not be written (a full disk, say).</exception>
    public async Task<RunResult> RunAsync(RunFolders folders, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        try
        {
            return await ExecuteAsync(folders, progress, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            folders.DiscardIfNothingToResume();
            throw OutputWriteException.From(folders.Request.OutputPath, e);
        }
        catch
        {
            // Stopped before its first checkpoint: nothing to resume, so nothing to keep.
            folders.DiscardIfNothingToResume();
            throw;
        }
    }

    private async Task<RunResult> ExecuteAsync(RunFolders folders, IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        var (spec, request, folder, store) = (folders.Spec, folders.Request, folders.Results, folders.Store);
        var from = folders.From;
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        // Written on a resume too: the same bytes, so a file deleted from the checkpoint folder comes back.
        await File.WriteAllBytesAsync(folder.File(RunFiles.Scenario), ResultJson.ToFileBytes(spec), cancellation);
        var checkpoints = store is null ? null
            : new RunCheckpoints(grains, store, from is null ? [] : [.. from.Recoveries, new RunRecovery("resumed with --resume", null, from.Tick)]);

        RunTotals totals;
        RunFinal final;
        var outputs = CreateOutputs(spec, folder, request, from);
        try
        {
            while (true)
            {
                var setup = new RunSetup(NewRunId(spec), spec, request.WorkersPerGrain, request.TaskLog);
                var coordinator = grains.GetGrain<ICoordinatorGrain>(setup.RunId);
                totals = new RunTotals(spec);
                try
                {
                    var guard = await CallGuard.StartAsync(watch, cancellation);
                    if (from is null)
                        await guard.Await(coordinator.StartAsync(setup));
                    else
                        await checkpoints!.RestoreAsync(setup, coordinator, from, totals, outputs, guard.Await);
                    await StepToEndAsync(setup, coordinator, guard, checkpoints, totals, outputs, progress, cancellation);
                    final = await guard.Await(coordinator.FinishAsync());
                    break;
                }
                catch (Exception e) when (e is SiloLostException or GrainStateLostException)
                {
                    Abandon(setup);
                    if (checkpoints?.Store.Latest() is not { } last)
                        throw;
                    var reason = e is SiloLostException lost ? $"lost {lost.Silo}" : e.Message;
                    checkpoints.Recovered(new RunRecovery(reason, totals.Ticks, last.Tick));
                    progress?.Report(new RunProgress(last.Tick, spec.Ticks, last.SimulatedDays,
                        $"{reason} at tick {totals.Ticks}; resuming from the checkpoint at tick {last.Tick} (day {last.SimulatedDays:0.#}) on the silos that are left"));
                    from = last;
                }
                catch
                {
                    await ReleaseAsync(coordinator);
                    throw;
                }
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

        WorkersTable.Table.Write(folder.File(RunFiles.Workers), final.Workers.Select(w => WorkersTable.Row(w, spec)));
        RequestersFile.Write(folder, spec, totals);
        var unhashed = SummaryBuilder.Build(spec, totals, final.Workers, final.WaitsByQueue, resultHash: "");
        var hash = HashOutputs(folder, outputs, unhashed);
        var summary = unhashed with { ResultHash = hash };
        await File.WriteAllBytesAsync(folder.File(RunFiles.Summary), ResultJson.ToFileBytes(summary), cancellation);

        clock.Stop();
        var manifest = Manifest(spec, request, started, clock.Elapsed.TotalSeconds, checkpoints);
        await File.WriteAllBytesAsync(folder.File(RunFiles.Manifest), ResultJson.ToFileBytes(manifest), cancellation);
        Finishing?.Invoke(folder.StagingPath);
        folders.Commit();
        return new RunResult(summary, manifest, folder.FinalPath);
    }

    // A resumed run opens the files its checkpoint folder holds: one deleted since is the folder's fault, not the machine's.
    private static IReadOnlyList<ITickOutput> CreateOutputs(ScenarioSpec spec, ResultsFolder folder, RunRequest request, CheckpointInfo? from)
    {
        try
        {
            return RunOutputs.Create(spec, folder, request, resume: from is not null);
        }
        catch (FileNotFoundException e) when (from is not null)
        {
            throw new CheckpointException($"{e.FileName ?? folder.StagingPath}: missing; the checkpoint at tick {from.Tick} needs it, so this folder cannot be resumed");
        }
    }

    private static async Task StepToEndAsync(
        RunSetup setup, ICoordinatorGrain coordinator, CallGuard guard, RunCheckpoints? checkpoints, RunTotals totals, IReadOnlyList<ITickOutput> outputs,
        IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        var spec = setup.Scenario;
        var stepTicks = Math.Max(1, spec.Ticks / spec.Days / 4);
        int Limit(int ticks) => checkpoints is null ? stepTicks : Math.Min(stepTicks, checkpoints.TicksToNext(ticks));
        cancellation.ThrowIfCancellationRequested();
        Task<StepResult>? pending = coordinator.StepAsync(Limit(totals.Ticks));
        try
        {
            while (pending is not null)
            {
                var step = await guard.Await(pending);
                var ran = totals.Ticks + step.Ticks.Length;
                var checkpointDue = checkpoints is not null && !step.Finished && checkpoints.Due(ran);

                // The grains run the next step while this thread writes the last one's outputs; a checkpoint waits for both.
                pending = step.Finished || checkpointDue || cancellation.IsCancellationRequested ? null : coordinator.StepAsync(Limit(ran));
                foreach (var tick in step.Ticks)
                {
                    totals.Add(tick);
                    foreach (var output in outputs)
                        output.Write(tick);
                }
                progress?.Report(new RunProgress(totals.Ticks, spec.Ticks, totals.Ticks * spec.TickMinutes / 1440.0));
                cancellation.ThrowIfCancellationRequested();
                if (checkpointDue)
                {
                    await checkpoints!.SaveAsync(setup, coordinator, totals, outputs, guard.Await);
                    pending = coordinator.StepAsync(Limit(totals.Ticks));
                }
            }
        }
        finally
        {
            // A step still under way when writing failed or the run was cancelled: its failure, if any, is not the one to report.
            if (pending is not null)
                CallGuard.Observe(pending);
        }
    }

    // The run's grains on the silos that are left still hold memory: let them go, without waiting on any.
    private void Abandon(RunSetup setup)
    {
        var participants = new RunParticipants(grains, setup);
        CallGuard.Observe(Task.WhenAll(participants.All.Select(p => participants.Get(p.Kind, p.Index).ReleaseAsync())));
    }

    // Cleanup after a failure (or cancellation): let the run's grains go if they answer within a minute.
    private static async Task ReleaseAsync(ICoordinatorGrain coordinator)
    {
        try
        {
            await coordinator.FinishAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The original failure is what the caller reports; this one would only hide it.
        }
    }

    private static string NewRunId(ScenarioSpec spec) => $"{spec.Name}-{spec.Seed}-{Environment.ProcessId}-{Interlocked.Increment(ref s_runs)}";

    // timeseries.csv's bytes come from its output, which hashed them as it wrote them (the file itself is kept only on request).
    private static string HashOutputs(ResultsFolder folder, IReadOnlyList<ITickOutput> outputs, RunSummary unhashed) => ResultHash.Of(
    [
        .. RunFiles.Hashed.Select(file => outputs.OfType<IHashedOutput>().FirstOrDefault(o => o.FileName == file)?.Sha256 ?? ResultHash.DigestOfFile(folder.File(file))),
        System.Security.Cryptography.SHA256.HashData(ResultJson.ToFileBytes(unhashed)),
    ]);

    private RunManifest Manifest(ScenarioSpec spec, RunRequest request, DateTimeOffset started, double wallSeconds, RunCheckpoints? checkpoints)
    {
        var version = typeof(SimulationRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var grainsUsed = spec.Labs.Count + spec.Vendors.Count + spec.Platforms.Count + 1
            + CohortLayout.Ranges(spec.WorkerCount, request.WorkersPerGrain).Count;
        return new RunManifest(
            spec.Name,
            request.ScenarioFile,
            request.ScenarioFile is { } file && File.Exists(file) ? ResultHash.OfFile(file) : null,
            ScenarioHash.Of(spec),
            spec.Seed,
            plus < 0 ? version : version[..plus],
            plus < 0 ? null : version[(plus + 1)..],
            new RunSettings(spec.Days, spec.TickMinutes, spec.WorkerCount, request.WorkersPerGrain, grainsUsed, clusterName),
            request.Reproduce,
            started,
            wallSeconds,
            wallSeconds > 0 ? (double)spec.WorkerCount * spec.Ticks / wallSeconds : 0,
            Process.GetCurrentProcess().PeakWorkingSet64,
            new MachineFacts(Environment.OSVersion.ToString(), Environment.ProcessorCount, Environment.Version.ToString(), Environment.MachineName),
            checkpoints?.Recoveries ?? [],
            checkpoints?.Facts);
    }
}
