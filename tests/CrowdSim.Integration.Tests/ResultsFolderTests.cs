using CrowdSim.Results;
using CrowdSim.Runs;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Integration.Tests;

[Collection(ClusterCollection.Name)]
public class ResultsFolderTests(TwoSiloClusterFixture cluster)
{
    [Fact]
    public void Dispose_WithoutCommit_LeavesNothingBehind()
    {
        var target = TempFolders.New("uncommitted");
        string staging;
        using (var folder = ResultsFolder.Create(target))
        {
            staging = folder.StagingPath;
            File.WriteAllText(folder.File(RunFiles.Summary), "{}");
        }
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(target));
        Assert.Empty(Beside(target));
    }

    [Fact]
    public void Commit_MovesTheFolderIntoPlace()
    {
        var target = TempFolders.New("committed");
        using (var folder = ResultsFolder.Create(target))
        {
            File.WriteAllText(folder.File(RunFiles.Summary), "{}");
            folder.Commit();
        }
        Assert.Equal([RunFiles.Summary], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Empty(Beside(target));
    }

    [Fact]
    public void Create_ClaimsTheTarget_SoASecondOneIsRefusedUntilTheFirstIsDone()
    {
        var target = TempFolders.New("claimed");
        using (ResultsFolder.Create(target))
        {
            var second = Assert.Throws<OutputFolderException>(() => ResultsFolder.Create(target));
            Assert.Equal($"{target}: in use by another crowdsim run (pid {Environment.ProcessId}); wait for it to end, or choose another folder", second.Message);
        }
        using (ResultsFolder.Create(target))
        {
        }
    }

    [Fact]
    public void Create_RemovesStagingFoldersOfItsTargetLeftByRunsThatAreGone()
    {
        var target = TempFolders.New("stale-own");
        var stale = Stale(target, 999_999);

        using var folder = ResultsFolder.Create(target);

        Assert.False(Directory.Exists(stale));
        Assert.True(File.Exists(Path.Combine(folder.StagingPath, StagingFolders.LockFile)));
    }

    [Fact]
    public void Create_RemovesOtherStagingFoldersBesideIt_OnlyWhenTheirOwnersAreGone()
    {
        var parent = TempFolders.New("stale-beside");
        var gone = Stale(Path.Combine(parent, "gone"), 999_998);
        var live = Stale(Path.Combine(parent, "live"), 999_997);
        var unlocked = Path.Combine(parent, ".new.partial-999996");
        Directory.CreateDirectory(unlocked);
        using var owner = FolderLock.TakeOver(StagingFolders.LockOf(live));

        using (ResultsFolder.Create(Path.Combine(parent, "run")))
        {
        }

        Assert.False(Directory.Exists(gone));
        Assert.True(File.Exists(Path.Combine(live, RunFiles.Summary)), "a staging folder whose owner lives is left alone");
        Assert.True(Directory.Exists(unlocked), "a staging folder with no lock yet may be one being created: it is left alone");
    }

    [Fact]
    public void Create_RefusesATargetBelowAFile()
    {
        var file = TempFolders.New("a-file");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "x");
        var target = Path.Combine(file, "run");

        var error = Assert.Throws<OutputFolderException>(() => ResultsFolder.Create(target));

        Assert.Equal($"{target}: {file} is a file, not a folder", error.Message);
    }

    [Fact]
    public void Create_InAFolderThatCannotBeWritten_IsAnOutputWriteException()
    {
        // /sys refuses new files even to root.
        var target = Path.Combine("/sys", $"crowdsim-test-{Environment.ProcessId}");

        var error = Assert.Throws<OutputWriteException>(() => ResultsFolder.Create(target));

        Assert.Equal($"{target}: cannot be written: permission denied", error.Message);
    }

    [Fact]
    public async Task RunAsync_WhenCancelled_WritesNoResultsFolder()
    {
        var spec = ScenarioLoader.LoadFile(TestScenarios.Tiny);
        var target = TempFolders.New("cancelled");
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelAfterFirstReport(cancellation);
        var runner = new SimulationRunner(cluster.Grains, "test-cluster");
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            runner.RunAsync(spec, new RunRequest(target, 50, null, "test"), progress, cancellation.Token));
        Assert.True(progress.Reports >= 1);
        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}*"));
    }

    // What a killed run leaves beside its target: a staging folder holding a file and a lock file that nobody holds.
    private static string Stale(string target, int pid)
    {
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.partial-{pid}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, RunFiles.Summary), "{}");
        File.WriteAllText(StagingFolders.LockOf(staging), "");
        return staging;
    }

    // Hidden entries beside a target: its staging folders and lock file.
    private static string[] Beside(string target) =>
        Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}*");

    private sealed class CancelAfterFirstReport(CancellationTokenSource source) : IProgress<RunProgress>
    {
        public int Reports { get; private set; }

        public void Report(RunProgress value)
        {
            Reports++;
            source.Cancel();
        }
    }
}
