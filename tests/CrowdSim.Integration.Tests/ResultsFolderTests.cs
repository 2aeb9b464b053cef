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
        Assert.True(File.Exists(Path.Combine(target, RunFiles.Summary)));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}*"));
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
