using CrowdSim.Grains.Interfaces;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Scenarios;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// Checkpoints on the embedded silo: a checkpointed run, and a run stopped part-way and resumed,
/// end with the resultHash of a run that went straight through, and the same rows in every file.
/// </summary>
[Collection(ClusterCollection.Name)]
public class CheckpointTests(TwoSiloClusterFixture cluster)
{
    // tiny.yaml: 2 days of 15-minute ticks (192); every 9 h is 36 ticks, so steps of a quarter day
    // (24 ticks) and checkpoints do not line up, and a stopped run has rows past its last checkpoint.
    private const int EveryTicks = 36;

    private static ScenarioSpec Tiny() => ScenarioLoader.LoadFile(TestScenarios.Tiny);

    private SimulationRunner Runner() => new(cluster.Grains, "test-cluster");

    private static RunRequest Request(string label, bool taskLog = false, int everyTicks = EveryTicks, bool timeSeriesCsv = false) =>
        new(TempFolders.New(label), 25, "tiny.yaml", "test", taskLog) { CheckpointEveryTicks = everyTicks, TimeSeriesCsv = timeSeriesCsv };

    [Fact]
    public async Task A_checkpointed_run_gives_the_uninterrupted_resultHash_and_removes_its_checkpoints()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("ck-plain", everyTicks: 0));
        var request = Request("ck-straight");
        var checkpointed = await Runner().RunAsync(Tiny(), request);

        Assert.Equal(plain.Summary.ResultHash, checkpointed.Summary.ResultHash);
        Assert.Empty(checkpointed.Manifest.Recoveries);
        Assert.False(Directory.Exists(CheckpointStore.DefaultFolder(request.OutputPath)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain.OutputPath, RunFiles.Projects)), File.ReadAllBytes(Path.Combine(checkpointed.OutputPath, RunFiles.Projects)));
    }

    [Fact]
    public async Task A_stopped_run_resumes_from_its_last_checkpoint_to_the_same_results()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("ck-plain2", taskLog: true, everyTicks: 0));
        var request = Request("ck-stopped", taskLog: true, timeSeriesCsv: true);
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);

        await StopAfterAsync(request, ticks: 80);
        Assert.False(Directory.Exists(request.OutputPath));
        var store = CheckpointStore.Open(folder);
        Assert.Equal(72, store.Latest()!.Tick);
        // Rows of ticks 72-95 were written before the stop; the resume must drop them.
        Assert.Contains("\n95,", File.ReadAllText(Path.Combine(store.OutputsPath, RunFiles.TimeSeries)), StringComparison.Ordinal);

        var resumed = await Runner().ResumeAsync(folder);

        Assert.Equal(plain.Summary.ResultHash, resumed.Summary.ResultHash);
        Assert.Equal(request.OutputPath, resumed.OutputPath);
        Assert.False(Directory.Exists(folder));
        var recovery = Assert.Single(resumed.Manifest.Recoveries);
        Assert.Equal(72, recovery.ResumedFromTick);
        Assert.Equal(
            await ParquetOutputTests.TimeSeriesLinesAsync(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesParquet)),
            await ParquetOutputTests.TimeSeriesLinesAsync(Path.Combine(resumed.OutputPath, RunFiles.TimeSeriesParquet)));
        Assert.Equal(
            await ParquetOutputTests.TimeSeriesLinesAsync(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesParquet)),
            File.ReadLines(Path.Combine(resumed.OutputPath, RunFiles.TimeSeries)).Skip(1));
        Assert.Equal(
            await ParquetOutputTests.ValuesAsync<long>(Path.Combine(plain.OutputPath, RunFiles.Tasks), "taskId"),
            await ParquetOutputTests.ValuesAsync<long>(Path.Combine(resumed.OutputPath, RunFiles.Tasks), "taskId"));
        Assert.Equal(
            await ParquetOutputTests.StringsAsync(Path.Combine(plain.OutputPath, RunFiles.Tasks), "event"),
            await ParquetOutputTests.StringsAsync(Path.Combine(resumed.OutputPath, RunFiles.Tasks), "event"));
    }

    [Fact]
    public async Task A_run_resumed_twice_still_ends_with_the_same_resultHash()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("ck-plain3", everyTicks: 0));
        var request = Request("ck-twice");
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        await StopAfterAsync(request, ticks: 40);
        await StopAfterAsync(folder, ticks: 130);
        Assert.Equal(108, CheckpointStore.Open(folder).Latest()!.Tick);

        var resumed = await Runner().ResumeAsync(folder);

        Assert.Equal(plain.Summary.ResultHash, resumed.Summary.ResultHash);
        Assert.Equal([36, 108], resumed.Manifest.Recoveries.Select(r => r.ResumedFromTick));
    }

    [Fact]
    public async Task A_grain_that_lost_its_state_mid_run_sends_the_run_back_to_its_last_checkpoint()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("ck-plain4", everyTicks: 0));
        var released = false;
        var lose = new Progress(p =>
        {
            // At the barrier after tick 60, past the checkpoint at 36: what a silo shutting down
            // does to its grains. The run waits for it (progress is reported on the run's own flow),
            // but the grains are already running ticks 60-72 (the runner asks for the next step
            // before it writes the last one's outputs), so the loss shows in that step or, if the
            // release lands after it, in the checkpoint at 72.
            if (p.TicksDone >= 40 && !released)
            {
                Task.Run(() => ReleaseCohortAsync(3)).GetAwaiter().GetResult();
                released = true;
            }
        });

        var result = await Runner().RunAsync(Tiny(), Request("ck-lost-state"), lose);

        Assert.Equal(plain.Summary.ResultHash, result.Summary.ResultHash);
        var recovery = Assert.Single(result.Manifest.Recoveries);
        Assert.Contains("/cohort/3 has lost its state", recovery.Reason, StringComparison.Ordinal);
        Assert.InRange(recovery.StoppedAtTick!.Value, 60, 72);
        Assert.True(recovery.StoppedAtTick % 12 == 0, $"stopped at tick {recovery.StoppedAtTick}, not at a step's end");
        Assert.Equal(36, recovery.ResumedFromTick);
    }

    [Fact]
    public async Task A_damaged_checkpoint_is_refused_with_the_file_named()
    {
        var request = Request("ck-damaged");
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        await StopAfterAsync(request, ticks: 40);
        var state = Directory.GetFiles(folder, "state.bin", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(state);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(state, bytes);

        var error = await Assert.ThrowsAsync<CheckpointException>(() => Runner().ResumeAsync(folder));
        Assert.Contains(state, error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(request.OutputPath));
    }

    [Fact]
    public async Task A_checkpoint_folder_whose_scenario_was_edited_is_refused()
    {
        var request = Request("ck-edited");
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        await StopAfterAsync(request, ticks: 40);
        var scenario = Path.Combine(folder, "scenario.yaml");
        File.WriteAllText(scenario, File.ReadAllText(scenario).Replace("seed: 11", "seed: 12", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<CheckpointException>(() => Runner().ResumeAsync(folder));
        Assert.Contains("not the scenario the run started with", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_stopped_before_its_first_checkpoint_leaves_nothing_and_can_simply_be_run_again()
    {
        var request = Request("ck-early");
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        await StopAfterAsync(request, ticks: 1);
        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(request.OutputPath));

        var error = await Assert.ThrowsAsync<CheckpointException>(() => Runner().ResumeAsync(folder));
        Assert.Contains("not a checkpoint folder", error.Message, StringComparison.Ordinal);
        var again = await Runner().RunAsync(Tiny(), request);
        Assert.Equal(request.OutputPath, again.OutputPath);
    }

    [Fact]
    public async Task A_checkpoint_folder_left_by_another_run_is_not_overwritten()
    {
        var request = Request("ck-taken");
        await StopAfterAsync(request, ticks: 40);
        var again = await Assert.ThrowsAsync<CrowdSim.Runs.Output.OutputFolderException>(() => Runner().RunAsync(Tiny(), request));
        Assert.Contains("crowdsim run --resume", again.Message, StringComparison.Ordinal);
    }

    // Every active cohort grain with this index (the run under way's among them) drops its state and deactivates.
    private async Task ReleaseCohortAsync(int index)
    {
        var active = await cluster.Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(GrainType.Create("workercohort"));
        var keys = active.Select(g => g.Key.ToString()!).Where(k => k.EndsWith($"/cohort/{index}", StringComparison.Ordinal));
        await Task.WhenAll(keys.Select(k => cluster.Grains.GetGrain<IWorkerCohortGrain>(k).ReleaseAsync()));
    }

    // Cancels the run once it has done at least `ticks` ticks (it stops at the end of that step).
    private async Task StopAfterAsync(RunRequest request, int ticks)
    {
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(Tiny(), request, StopAt(stop, ticks), stop.Token));
    }

    private async Task StopAfterAsync(string folder, int ticks)
    {
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().ResumeAsync(folder, StopAt(stop, ticks), stop.Token));
    }

    private static Stopper StopAt(CancellationTokenSource stop, int ticks) => new(stop, ticks);

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }

    private sealed class Stopper(CancellationTokenSource stop, int ticks) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            if (value.TicksDone >= ticks)
                stop.Cancel();
        }
    }
}
