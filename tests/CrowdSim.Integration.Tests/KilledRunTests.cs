using CrowdSim.Results;
using CrowdSim.Runs.Output;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// A run killed with SIGKILL holds its folder while it lives (the lock goes with the process), and
/// what it leaves, a hidden staging folder and a lock file nobody holds, is cleared by the next run.
/// </summary>
public class KilledRunTests
{
    [Fact]
    public async Task A_plain_run_holds_its_folder_while_alive_and_the_next_run_clears_what_it_left_when_killed()
    {
        var parent = TempFolders.New("killed-plain");
        Directory.CreateDirectory(parent);
        var output = Path.Combine(parent, "run");
        using (var run = CliProcess.Start(RepoRoot.Path, "run", RepoRoot.Scenario("baseline.yaml"), "--days", "30", "--quiet", "--out", output))
        {
            await CheckpointCliTests.WaitForAsync(() => Directory.GetDirectories(parent, ".run.partial-*").Length > 0, run);

            var refused = Assert.Throws<OutputFolderException>(() => FolderLock.Claim(output));
            Assert.Equal($"{output}: in use by another crowdsim run (pid {run.Id}); wait for it to end, or choose another folder", refused.Message);

            run.Kill();
            await run.WaitForExitAsync();
        }
        var left = Directory.GetFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, left.Length);
        Assert.Equal(".run.lock", left[0]);
        Assert.Matches(@"^\.run\.partial-[0-9]+$", left[1]);

        var again = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--quiet", "--out", output);

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(["run"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(output, RunFiles.Report)));
    }
}
