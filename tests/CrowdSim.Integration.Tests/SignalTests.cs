using System.Diagnostics;
using System.Text.RegularExpressions;
using CrowdSim.Results;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// SIGTERM, what Docker, Kubernetes, systemd and <c>timeout</c> send before SIGKILL, stops a run as
/// Ctrl-C does: at the next barrier, with one line and exit code 1, leaving no results folder that
/// looks complete, no staging folder, and a checkpointed run's checkpoints to resume from.
/// </summary>
public class SignalTests
{
    [Fact]
    public async Task A_plain_run_sent_SIGTERM_stops_with_one_line_and_leaves_nothing_behind()
    {
        var parent = TempFolders.New("sigterm-plain");
        Directory.CreateDirectory(parent);
        var output = Path.Combine(parent, "run");
        using var run = CliProcess.Start(RepoRoot.Path, "run", RepoRoot.Scenario("baseline.yaml"), "--days", "30", "--quiet", "--out", output);
        await CheckpointCliTests.WaitForAsync(() => Directory.GetDirectories(parent, ".run.partial-*").Length > 0, run);

        Terminate(run);
        var outcome = await CliProcess.WaitAsync(run);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["crowdsim: cancelled; no results were written"], Lines(outcome.Stderr));
        Assert.Empty(Directory.GetFileSystemEntries(parent));
    }

    [Fact]
    public async Task A_checkpointed_run_sent_SIGTERM_keeps_its_checkpoints_and_resumes()
    {
        var output = TempFolders.New("sigterm-checkpointed");
        var checkpoints = output + ".checkpoints";
        using var run = CliProcess.Start(RepoRoot.Path, "run", RepoRoot.Scenario("baseline.yaml"), "--days", "30", "--quiet", "--out", output, "--checkpoint-every", "1d");
        await CheckpointCliTests.WaitForAsync(() => Directory.Exists(Path.Combine(checkpoints, "tick-000096")), run);

        Terminate(run);
        var outcome = await CliProcess.WaitAsync(run);

        Assert.Equal(1, outcome.ExitCode);
        // It stops at the next barrier: usually still on day 1, possibly a checkpoint later.
        var line = Assert.Single(Lines(outcome.Stderr));
        Assert.Matches($"^crowdsim: cancelled; the last checkpoint is at day [1-9][0-9]*\\. Resume with: crowdsim run --resume {Regex.Escape(checkpoints)}$", line);
        Assert.False(Directory.Exists(output));
        Assert.NotEmpty(Directory.GetDirectories(checkpoints, "tick-*"));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + ".partial-*"));

        var resumed = await CliProcess.RunAsync(RepoRoot.Path, "run", "--resume", checkpoints, "--quiet");
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.True(File.Exists(Path.Combine(output, RunFiles.Summary)));
        Assert.False(Directory.Exists(checkpoints));
    }

    private static void Terminate(Process run)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
