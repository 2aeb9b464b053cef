using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// The folders a run writes: claimed before anything is written, so a second run on them is refused
/// while the first goes on to its own results; everything, the report included, written before the
/// results are moved into place, so that at any moment there is a complete folder or a checkpoint
/// to resume from; and a full disk answered in one line.
/// </summary>
[Collection(ClusterCollection.Name)]
public class RunFoldersTests(TwoSiloClusterFixture cluster)
{
    private const int EveryTicks = 36;

    private static ScenarioSpec Tiny() => ScenarioLoader.LoadFile(TestScenarios.Tiny);

    private SimulationRunner Runner(Action<string>? finishing = null) => new(cluster.Grains, "test-cluster") { Finishing = finishing };

    private static RunRequest Request(string label, int everyTicks = 0) =>
        new(TempFolders.New(label), 25, "tiny.yaml", "test") { CheckpointEveryTicks = everyTicks };

    private static string InUse(string folder) =>
        $"{folder}: in use by another crowdsim run (pid {Environment.ProcessId}); wait for it to end, or choose another folder";

    [Theory]
    [InlineData(0)]
    [InlineData(EveryTicks)]
    public async Task A_second_run_on_a_folder_in_use_is_refused_and_the_first_ends_with_its_own_results(int everyTicks)
    {
        var plain = await Runner().RunAsync(Tiny(), Request("in-use-plain"));
        var request = Request("in-use", everyTicks);
        var checkpoints = CheckpointStore.DefaultFolder(request.OutputPath);
        Exception? second = null, resumed = null;
        var progress = new Progress(p =>
        {
            // Past the first checkpoint, the first run holds its folders: both tries come back at once.
            if (p.TicksDone < 48 || second is not null)
                return;
            second = Record.Exception(() => Runner().RunAsync(Tiny(), request).GetAwaiter().GetResult());
            if (everyTicks > 0)
                resumed = Record.Exception(() => Runner().ResumeAsync(checkpoints).GetAwaiter().GetResult());
        });

        var first = await Runner().RunAsync(Tiny(), request, progress);

        Assert.Equal(InUse(request.OutputPath), Assert.IsType<OutputFolderException>(second).Message);
        if (everyTicks > 0)
            Assert.Equal(InUse(checkpoints), Assert.IsType<OutputFolderException>(resumed).Message);
        Assert.Equal(plain.Summary.ResultHash, first.Summary.ResultHash);
        Assert.Equal(plain.Summary.ResultHash, CheckpointCliTests.ResultHash(request.OutputPath));
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesHourly)), File.ReadAllBytes(Path.Combine(request.OutputPath, RunFiles.TimeSeriesHourly)));
        Assert.False(Directory.Exists(checkpoints));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(request.OutputPath)!, "." + Path.GetFileName(request.OutputPath) + "*"));
    }

    [Fact]
    public async Task The_report_is_written_in_the_staging_folder_before_the_results_are_moved_into_place()
    {
        var request = Request("finishing");
        string? staging = null;
        var runner = Runner(folder =>
        {
            Assert.False(Directory.Exists(request.OutputPath));
            Assert.True(RunFiles.IsRun(folder));
            File.WriteAllText(Path.Combine(folder, RunFiles.Report), "the report");
            staging = folder;
        });

        var result = await runner.RunAsync(Tiny(), request);

        Assert.Equal("the report", File.ReadAllText(Path.Combine(result.OutputPath, RunFiles.Report)));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public async Task A_plain_run_whose_report_fails_leaves_nothing_behind()
    {
        var request = Request("report-fails");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Runner(_ => throw new InvalidOperationException("no report")).RunAsync(Tiny(), request));

        Assert.False(Directory.Exists(request.OutputPath));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(request.OutputPath)!, "." + Path.GetFileName(request.OutputPath) + "*"));
    }

    [Fact]
    public async Task A_checkpointed_run_whose_report_fails_keeps_its_checkpoints_and_resumes_to_a_complete_folder()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("report-fails-plain"));
        var request = Request("report-fails-checkpointed", EveryTicks);
        var checkpoints = CheckpointStore.DefaultFolder(request.OutputPath);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Runner(_ => throw new InvalidOperationException("no report")).RunAsync(Tiny(), request));

        Assert.False(Directory.Exists(request.OutputPath));
        var resumed = await Runner(folder => File.WriteAllText(Path.Combine(folder, RunFiles.Report), "the report")).ResumeAsync(checkpoints);
        Assert.Equal(plain.Summary.ResultHash, resumed.Summary.ResultHash);
        Assert.Equal("the report", File.ReadAllText(Path.Combine(request.OutputPath, RunFiles.Report)));
        Assert.False(Directory.Exists(checkpoints));
    }

    [Fact]
    public async Task A_kill_after_the_results_are_in_place_leaves_a_complete_folder_and_a_checkpoint_folder_that_says_so()
    {
        var request = Request("killed-after-commit", EveryTicks);
        var checkpoints = CheckpointStore.DefaultFolder(request.OutputPath);
        var kept = TempFolders.New("killed-after-commit-kept");
        // What a kill between the rename and the removal leaves: the checkpoint folder without its outputs/.
        await Runner(_ => CopyExceptOutputs(checkpoints, kept)).RunAsync(Tiny(), request);
        Directory.Move(kept, checkpoints);

        var error = Assert.Throws<CheckpointException>(() => RunFolders.ForResume(checkpoints));

        Assert.Equal($"{checkpoints}: its run has finished, with its results in {request.OutputPath}; this folder was left behind and can be deleted", error.Message);
        Assert.True(RunFiles.IsRun(request.OutputPath));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(EveryTicks)]
    public async Task A_full_disk_is_one_line_naming_the_results_folder(int everyTicks)
    {
        var request = Request("disk-full", everyTicks);
        var full = new IOException($"No space left on device : '{request.OutputPath}/report.html'", 28);

        var error = await Assert.ThrowsAsync<OutputWriteException>(() => Runner(_ => throw full).RunAsync(Tiny(), request));

        Assert.Equal($"{request.OutputPath}: cannot be written: no space left on device", error.Message);
        Assert.False(Directory.Exists(request.OutputPath));
        // With checkpoints, the run can be carried on once there is room.
        Assert.Equal(everyTicks > 0, Directory.Exists(CheckpointStore.DefaultFolder(request.OutputPath)));
    }

    private static void CopyExceptOutputs(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) != "outputs"))
            CopyExceptOutputs(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
