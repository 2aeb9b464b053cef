using CrowdSim.Experiments.Output;
using CrowdSim.Results;
using CrowdSim.Results.Experiment;
using CrowdSim.Scenarios;

namespace CrowdSim.Experiments.Tests;

[Collection(EmbeddedClusterCollection.Name)]
public class ExperimentRunnerTests(EmbeddedClusterFixture cluster)
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "Scenarios", "tiny.yaml");
    private static int s_folders;

    private static string NewFolder() =>
        Path.Combine(Path.GetTempPath(), "crowdsim-experiment-tests", $"{Environment.ProcessId}-{Interlocked.Increment(ref s_folders)}");

    private Task<ExperimentResult> RunAsync(IReadOnlyList<ExperimentCell> cells, int replications, int parallel) =>
        new ExperimentRunner(cluster.Grains, "test").RunAsync(
            new ExperimentRequest(cells, replications, cells[0].Spec.Seed, parallel, NewFolder(), 50, "test"));

    private static ExperimentCell Cell(string label, params string[] overrides) =>
        new(label, ScenarioLoader.LoadFile(Tiny, overrides), Tiny, overrides);

    [Fact]
    public async Task Compare_AScenarioWithItself_GivesZeroDifferencesExactly()
    {
        var result = await RunAsync([Cell("a"), Cell("b")], replications: 3, parallel: 2);
        var rows = ExperimentTables.Compare(result);
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(0.0, r.Difference);
            Assert.False(r.Significant);
            Assert.Equal(3, r.Pairs);
        });
    }

    [Fact]
    public async Task RunAsync_Replications_UseDerivedSeeds_AndDoNotDependOnParallelism()
    {
        var serial = await RunAsync([Cell("a")], replications: 3, parallel: 1);
        var parallel = await RunAsync([Cell("a")], replications: 3, parallel: 3);
        var seeds = serial.Cells[0].Finished.Select(r => r.Summary.Seed).ToArray();
        Assert.Equal([11UL, Statistics.ReplicationSeeds.For(11, 1), Statistics.ReplicationSeeds.For(11, 2)], seeds);
        Assert.Equal(
            serial.Cells[0].Finished.Select(r => r.Summary.ResultHash),
            parallel.Cells[0].Finished.Select(r => r.Summary.ResultHash));
        Assert.Equal(3, serial.Cells[0].Finished.Select(r => r.Summary.ResultHash).Distinct().Count());
    }

    [Fact]
    public async Task Compare_APayFloor_RaisesPaidTimeWagesSignificantly()
    {
        var floor = "events=[{at: day 1, type: policy, policy: pay-floor, usdPerHour: 5}]";
        var result = await RunAsync([Cell("baseline"), Cell("floor", floor)], replications: 4, parallel: 2);
        var row = ExperimentTables.Compare(result).Single(r => r.Metric == "byRegion.kenya.paidHourlyWageMedian");
        Assert.True(row.Difference > 0);
        Assert.True(row.Significant, $"{row.Difference} [{row.CiLower}, {row.CiUpper}]");
    }

    [Fact]
    public async Task WriteComparison_WritesCsvAndJsonWithTheSameRows()
    {
        var result = await RunAsync([Cell("a"), Cell("b", "workers.ke-pool.count=80")], replications: 2, parallel: 2);
        var rows = ExperimentTables.Compare(result);
        var folder = result.Request.OutputPath;
        ExperimentWriter.WriteComparison(folder, rows);
        ExperimentWriter.WriteAggregate(folder, ExperimentTables.Aggregate(result));
        ExperimentWriter.WriteManifest(folder, ExperimentManifest.Of(result));
        var csv = Path.Combine(folder, ExperimentFiles.Comparison);
        Assert.Equal(ComparisonTable.Table.HeaderLine, File.ReadLines(csv).First());
        Assert.Equal(rows, ComparisonTable.Table.Read(csv));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ExperimentFiles.ComparisonJson)));
        Assert.Equal(rows.Count, json.RootElement.GetArrayLength());
        Assert.True(File.Exists(Path.Combine(folder, "a", $"rep-000-seed11", RunFiles.Summary)));
        Assert.True(File.Exists(Path.Combine(folder, ExperimentFiles.Manifest)));
    }

    [Fact]
    public async Task RunAsync_WritesEverything_TheReportIncluded_BeforeTheFolderIsMovedIntoPlace()
    {
        var folder = NewFolder();
        string[]? staged = null;
        var runner = new ExperimentRunner(cluster.Grains, "test")
        {
            Finishing = staging =>
            {
                Assert.False(Directory.Exists(folder));
                staged = Directory.GetFileSystemEntries(staging).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
                File.WriteAllText(Path.Combine(staging, RunFiles.Report), "the report");
            },
        };

        var result = await runner.RunAsync(new ExperimentRequest([Cell("a"), Cell("b")], 1, 11, 2, folder, 50, "test"));

        Assert.Equal([".staging.lock", "a", ExperimentFiles.Aggregate, ExperimentFiles.AggregateJson, "b", ExperimentFiles.Comparison, ExperimentFiles.ComparisonJson, ExperimentFiles.Manifest], staged!);
        Assert.Equal("the report", File.ReadAllText(Path.Combine(folder, RunFiles.Report)));
        Assert.Equal(Path.Combine(folder, "a", "rep-000-seed11"), result.Cells[0].Replications[0]!.OutputPath);
        Assert.True(RunFiles.IsRun(result.Cells[0].Replications[0]!.OutputPath));
        var manifest = ResultJson.Read<ExperimentManifest>(Path.Combine(folder, ExperimentFiles.Manifest));
        Assert.Equal(Path.Combine("a", "rep-000-seed11"), manifest.Cells[0].Runs[0]);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + "*"));
    }

    [Fact]
    public async Task RunAsync_WhoseReportFails_LeavesNothingBehind()
    {
        var folder = NewFolder();
        var runner = new ExperimentRunner(cluster.Grains, "test") { Finishing = _ => throw new InvalidOperationException("no report") };

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(new ExperimentRequest([Cell("a")], 2, 11, 2, folder, 50, "test")));

        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + "*"));
    }

    [Fact]
    public async Task RunAsync_WhenARunFails_KeepsWhatFinished_InAFolderThatSaysSo_AndThenFails()
    {
        var folder = NewFolder();
        var runner = new ExperimentRunner(cluster.Grains, "test") { Finishing = staging => File.WriteAllText(Path.Combine(staging, RunFiles.Report), "the report") };

        // The second cell's runs fail at once: a label no folder can be named after (no real label holds one: labels are made safe).
        await Assert.ThrowsAsync<ArgumentException>(() =>
            runner.RunAsync(new ExperimentRequest([Cell("a"), Cell("b\0")], 1, 11, 1, folder, 50, "test")));

        var manifest = ResultJson.Read<ExperimentManifest>(Path.Combine(folder, ExperimentFiles.Manifest));
        Assert.True(manifest.Cancelled);
        Assert.Equal([Path.Combine("a", "rep-000-seed11")], manifest.Cells[0].Runs);
        Assert.Equal([null], manifest.Cells[1].Runs);
        Assert.True(RunFiles.IsRun(Path.Combine(folder, "a", "rep-000-seed11")));
        Assert.True(File.Exists(Path.Combine(folder, RunFiles.Report)));
    }
}
