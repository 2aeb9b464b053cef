using System.Text.Json;
using CrowdSim.Results;

namespace CrowdSim.Integration.Tests;

/// <summary><c>crowdsim run --checkpoint-every</c> and <c>run --resume</c> as a user meets them, in separate processes.</summary>
public class CheckpointCliTests
{
    [Fact]
    public async Task A_run_killed_with_SIGKILL_resumes_from_its_last_checkpoint_to_the_same_resultHash()
    {
        string[] scenario = [RepoRoot.Scenario("baseline.yaml"), "--days", "8", "--quiet"];
        var plain = TempFolders.New("cli-plain");
        var straight = await CliProcess.RunAsync(RepoRoot.Path, ["run", .. scenario, "--out", plain]);
        Assert.True(straight.ExitCode == 0, straight.Stderr);

        var killed = TempFolders.New("cli-killed");
        var checkpoints = killed + ".checkpoints";
        using (var run = CliProcess.Start(RepoRoot.Path, ["run", .. scenario, "--out", killed, "--checkpoint-every", "1d"]))
        {
            await WaitForAsync(() => Directory.Exists(Path.Combine(checkpoints, "tick-000096")), run);
            run.Kill();
            await run.WaitForExitAsync();
        }
        Assert.False(Directory.Exists(killed));

        var resumed = await CliProcess.RunAsync(RepoRoot.Path, "run", "--resume", checkpoints, "--quiet");

        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Equal(ResultHash(plain), ResultHash(killed));
        Assert.False(Directory.Exists(checkpoints));
        Assert.True(File.Exists(Path.Combine(killed, RunFiles.Report)));
    }

    [Theory]
    [InlineData("7x", "is not an interval; expected a whole number of days, hours or minutes such as 1d, 12h or 90m")]
    [InlineData("0d", "is not an interval")]
    [InlineData("20m", "a checkpoint interval of 20 minutes is not a whole number of 15-minute ticks")]
    public async Task A_checkpoint_interval_that_is_not_one_is_bad_input(string interval, string message)
    {
        var outcome = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--checkpoint-every", interval, "--out", TempFolders.New("cli-interval"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_with_a_scenario_file_as_well_is_bad_input()
    {
        var outcome = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--resume", TempFolders.New("cli-both"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("run --resume takes the checkpoint folder only", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_from_a_folder_that_is_not_a_checkpoint_folder_is_bad_input()
    {
        var folder = TempFolders.New("cli-not-checkpoints");
        Directory.CreateDirectory(folder);
        var outcome = await CliProcess.RunAsync(RepoRoot.Path, "run", "--resume", folder);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{folder}: not a checkpoint folder (no run.json)", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoints_with_replications_are_bad_input()
    {
        var outcome = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--replications", "3", "--checkpoint-every", "1d");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--checkpoint-every applies to a single run", outcome.Stderr, StringComparison.Ordinal);
    }

    internal static string ResultHash(string folder)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, RunFiles.Summary)));
        return summary.RootElement.GetProperty("resultHash").GetString()!;
    }

    /// <summary>Polls until <paramref name="done"/> holds; fails if <paramref name="run"/> ends first or a minute passes.</summary>
    internal static async Task WaitForAsync(Func<bool> done, System.Diagnostics.Process run)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.False(run.HasExited, "the run ended before the point it was to be interrupted at");
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "the run did not reach the point it was to be interrupted at within a minute");
            await Task.Delay(50);
        }
    }
}
