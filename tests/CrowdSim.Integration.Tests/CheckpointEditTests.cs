using System.Text.Json.Nodes;
using CrowdSim.Results;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Scenarios;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// A checkpoint folder edited by hand (a value in run.json or checkpoint.json, another format, an
/// output file deleted or cut short) is refused before anything starts, in one line naming the file
/// and what is wrong, and with exit code 2, where it used to fail inside the run with a stack trace.
/// </summary>
[Collection(ClusterCollection.Name)]
public class CheckpointEditTests(TwoSiloClusterFixture cluster)
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string? s_stopped;

    public static TheoryData<string, string, string, string> Edits => new()
    {
        // file, JSON field, new value, the message after the file's path
        { "run.json", "everyTicks", "0", ": `everyTicks` is 0; expected a whole number of ticks, at least 1" },
        { "run.json", "everyTicks", "-36", ": `everyTicks` is -36; expected a whole number of ticks, at least 1" },
        { "run.json", "workersPerGrain", "0", ": `workersPerGrain` is 0; expected 1 to 10,000,000" },
        { "run.json", "workersPerGrain", "-1", ": `workersPerGrain` is -1; expected 1 to 10,000,000" },
        { "run.json", "workersPerGrain", "2000000000", ": `workersPerGrain` is 2000000000; expected 1 to 10,000,000" },
        { "run.json", "outputPath", "\"\"", ": `outputPath` must be the full path of the results folder" },
        { "run.json", "format", "1", ": checkpoint format 1; this build reads format 3" },
        { "tick-000036/checkpoint.json", "format", "99", ": checkpoint format 99; this build reads format 3" },
        { "tick-000036/checkpoint.json", "tick", "37", ": `tick` is 37, but its folder is that of tick 36" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_hand_edited_value_is_refused_naming_the_file_and_the_field(string file, string field, string value, string message)
    {
        var folder = await CopyOfStoppedRunAsync();
        var path = Path.Combine(folder, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json[field] = JsonNode.Parse(value);
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<CheckpointException>(() => RunFolders.ForResume(folder));

        Assert.Equal(path + message, error.Message);
    }

    [Fact]
    public async Task An_output_file_deleted_from_the_checkpoint_folder_is_refused_naming_it()
    {
        var folder = await CopyOfStoppedRunAsync();
        var timeseries = Path.Combine(folder, "outputs", RunFiles.TimeSeriesHourly);
        File.Delete(timeseries);

        var error = Assert.Throws<CheckpointException>(() => RunFolders.ForResume(folder));

        Assert.Equal($"{timeseries}: missing; the checkpoint at tick 36 needs it, so this folder cannot be resumed", error.Message);
    }

    [Fact]
    public async Task An_output_file_cut_short_is_refused_naming_it()
    {
        var folder = await CopyOfStoppedRunAsync();
        var projects = Path.Combine(folder, "outputs", RunFiles.Projects);
        File.WriteAllText(projects, "x");

        var error = Assert.Throws<CheckpointException>(() => RunFolders.ForResume(folder));

        Assert.StartsWith($"{projects}: 1 bytes, shorter than the ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hand_edited_checkpoint_is_exit_code_2_in_one_line_before_any_cluster_is_reached()
    {
        var folder = await CopyOfStoppedRunAsync();
        var path = Path.Combine(folder, "run.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"everyTicks\": 36", "\"everyTicks\": 0", StringComparison.Ordinal));

        // Nothing listens there: were the cluster reached first, this would be a failure to reach it (exit code 1).
        var outcome = await CliProcess.RunAsync(RepoRoot.Path, "run", "--resume", folder, "--cluster", "redis://127.0.0.1:1");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"crowdsim: {path}: `everyTicks` is 0; expected a whole number of ticks, at least 1\n", outcome.Stderr);
    }

    // A checkpoint folder of tiny.yaml stopped after tick 40 (its checkpoint at tick 36), made once and copied for each test.
    private async Task<string> CopyOfStoppedRunAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (s_stopped is null)
            {
                var request = new RunRequest(TempFolders.New("edit-source"), 25, "tiny.yaml", "test") { CheckpointEveryTicks = 36 };
                using var stop = new CancellationTokenSource();
                var runner = new SimulationRunner(cluster.Grains, "test-cluster");
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                    runner.RunAsync(ScenarioLoader.LoadFile(TestScenarios.Tiny), request, new StopAfter(stop, 40), stop.Token));
                s_stopped = CheckpointStore.DefaultFolder(request.OutputPath);
            }
        }
        finally
        {
            Once.Release();
        }
        var copy = TempFolders.New("edited") + ".checkpoints";
        Copy(s_stopped, copy);
        return copy;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private sealed class StopAfter(CancellationTokenSource stop, int ticks) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            if (value.TicksDone >= ticks)
                stop.Cancel();
        }
    }
}
