using System.Text.Json;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Simulation;
using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Runs;
using CrowdSim.Scenarios;

namespace CrowdSim.Integration.Tests;

[Collection(ClusterCollection.Name)]
public class ClusterRunTests(TwoSiloClusterFixture cluster)
{
    private async Task<RunResult> RunAsync(string scenarioFile, int workersPerGrain, string label)
    {
        var spec = ScenarioLoader.LoadFile(scenarioFile);
        var runner = new SimulationRunner(cluster.Grains, "test-cluster");
        var request = new RunRequest(TempFolders.New(label), workersPerGrain, scenarioFile, "test");
        return await runner.RunAsync(spec, request);
    }

    [Fact]
    public async Task Run_SameSeed_GivesTheSameResultHash_ForOneSevenAndDefaultWorkersPerGrain()
    {
        var file = TestScenarios.Tiny;
        var byDefault = await RunAsync(file, RunRequest.DefaultWorkersPerGrain, "det-default");
        var seven = await RunAsync(file, 7, "det-7");
        var one = await RunAsync(file, 1, "det-1");
        Assert.Equal(byDefault.Summary.ResultHash, seven.Summary.ResultHash);
        Assert.Equal(byDefault.Summary.ResultHash, one.Summary.ResultHash);
        // One cohort grain per worker, plus the coordinator, one lab, one vendor and two platforms.
        Assert.Equal(150 + 5, one.Manifest.Settings.Grains);
    }

    [Fact]
    public async Task Run_OnTheCluster_MatchesTheSingleThreadedModelExactly()
    {
        var file = TestScenarios.Tiny;
        var spec = ScenarioLoader.LoadFile(file);
        var result = await RunAsync(file, 40, "vs-local");

        var local = new LocalSimulation(spec, 40);
        for (var t = 0; t < spec.Ticks; t++)
            local.Step();
        var expected = SummaryBuilder.Build(spec, local.Totals, local.WorkerRecords(), local.WaitsByQueue(), result.Summary.ResultHash);
        Assert.Equal(JsonSerializer.Serialize(expected, ResultJson.Options), JsonSerializer.Serialize(result.Summary, ResultJson.Options));
    }

    [Fact]
    public async Task Run_WithAMeasurementWindow_OnTheCluster_MatchesTheSingleThreadedModelExactly()
    {
        var spec = ScenarioLoader.LoadFile(TestScenarios.Tiny) with { Measure = new Model.Scenario.MeasureWindow(6 * 60, 40 * 60) };
        var runner = new SimulationRunner(cluster.Grains, "test-cluster");
        var result = await runner.RunAsync(spec, new RunRequest(TempFolders.New("window"), 7, TestScenarios.Tiny, "test") { CheckpointEveryTicks = 50 });

        var local = new LocalSimulation(spec, 40);
        for (var t = 0; t < spec.Ticks; t++)
            local.Step();
        var expected = SummaryBuilder.Build(spec, local.Totals, local.WorkerRecords(), local.WaitsByQueue(), result.Summary.ResultHash);
        Assert.Equal(JsonSerializer.Serialize(expected, ResultJson.Options), JsonSerializer.Serialize(result.Summary, ResultJson.Options));
        Assert.Equal(new SummaryWindow(0.25, 40 / 24.0, 136), result.Summary.Measure);
        Assert.Contains("\"measure\"", File.ReadAllText(Path.Combine(result.OutputPath, RunFiles.Summary)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithPushNotifications_OnTheCluster_MatchesTheSingleThreadedModelExactly()
    {
        // Push alerts travel from the labs through the coordinator to every cohort grain.
        var tiny = ScenarioLoader.LoadFile(TestScenarios.Tiny);
        var spec = tiny with
        {
            Platforms = [.. tiny.Platforms.Select(p => p with { Notifications = true, Push = new Model.Scenario.PushSpec() })],
        };
        var runner = new SimulationRunner(cluster.Grains, "test-cluster");
        var result = await runner.RunAsync(spec, new RunRequest(TempFolders.New("push"), 7, TestScenarios.Tiny, "test"));

        var local = new LocalSimulation(spec, 40);
        for (var t = 0; t < spec.Ticks; t++)
            local.Step();
        var expected = SummaryBuilder.Build(spec, local.Totals, local.WorkerRecords(), local.WaitsByQueue(), result.Summary.ResultHash);
        Assert.Equal(JsonSerializer.Serialize(expected, ResultJson.Options), JsonSerializer.Serialize(result.Summary, ResultJson.Options));
        var plain = new LocalSimulation(tiny with { Platforms = [.. tiny.Platforms.Select(p => p with { Notifications = true })] }, 40);
        for (var t = 0; t < spec.Ticks; t++)
            plain.Step();
        // The pushes changed who checked when: more checks than with notifications alone.
        var (pushed, notified) = (local.Totals.Regions.Sum(r => r.Checks), plain.Totals.Regions.Sum(r => r.Checks));
        Assert.True(pushed > notified, $"{pushed} checks with push, {notified} without");
    }

    [Fact]
    public async Task Run_WritesEveryResultFile_WithTheContractedKeys()
    {
        var result = await RunAsync(TestScenarios.Tiny, 50, "contract");
        var dir = result.OutputPath;
        // timeseries.csv only on request (TimeSeriesCsvTests): by default the hourly CSV and the Parquet file.
        Assert.Equal(
            [RunFiles.Manifest, RunFiles.Projects, RunFiles.Requesters, RunFiles.Scenario, RunFiles.Summary, RunFiles.TimeSeriesHourly, RunFiles.TimeSeriesParquet, RunFiles.Workers, RunFiles.WorkersParquet],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, RunFiles.Summary)));
        var root = summary.RootElement;
        foreach (var key in new[] { "scenario", "seed", "ticks", "tickMinutes", "workers", "resultHash", "tasks", "money", "queue", "workerOutcomes", "byRegion" })
            Assert.True(root.TryGetProperty(key, out _), $"summary.json lacks {key}");
        foreach (var key in new[] { "created", "automated", "posted", "completed", "approved", "rejected", "expired", "openAtEnd" })
            Assert.True(root.GetProperty("tasks").TryGetProperty(key, out _), $"tasks lacks {key}");
        foreach (var key in new[] { "labSpend", "vendorMargin", "platformFees", "workerPay", "owedAtEnd" })
            Assert.True(root.GetProperty("money").TryGetProperty(key, out _), $"money lacks {key}");
        foreach (var key in new[] { "meanWaitMinutes", "p95WaitMinutes", "meanBacklog", "throughputPerHour" })
            Assert.True(root.GetProperty("queue").TryGetProperty(key, out _), $"queue lacks {key}");
        string[] outcomes = ["effectiveHourlyWageMedian", "paidHourlyWageMedian", "unpaidShare", "shareBelowLocalMinimumWage", "nightHoursShare", "checksPerWorkerDay", "gini"];
        foreach (var key in outcomes)
        {
            Assert.True(root.GetProperty("workerOutcomes").TryGetProperty(key, out _), $"workerOutcomes lacks {key}");
            Assert.True(root.GetProperty("byRegion").GetProperty("kenya").TryGetProperty(key, out _), $"byRegion.kenya lacks {key}");
        }

        var workers = File.ReadAllLines(Path.Combine(dir, RunFiles.Workers));
        Assert.Equal(WorkersTable.Table.HeaderLine, workers[0]);
        Assert.Equal(151, workers.Length);
        Assert.Equal(ProjectsTable.Table.HeaderLine, File.ReadLines(Path.Combine(dir, RunFiles.Projects)).First());
        Assert.Equal(RequestersTable.Table.HeaderLine, File.ReadLines(Path.Combine(dir, RunFiles.Requesters)).First());
        var series = File.ReadLines(Path.Combine(dir, RunFiles.TimeSeriesHourly)).ToArray();
        Assert.Equal(HourlyTimeSeriesTable.Table.HeaderLine, series[0]);
        Assert.Contains(series, l => l.StartsWith("47,188,4,queue,crowd/tasklane/bbox,backlog,", StringComparison.Ordinal));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, RunFiles.Manifest)));
        foreach (var key in new[] { "scenarioFileSha256", "seed", "crowdSimVersion", "commit", "settings", "wallSeconds", "machine", "reproduce" })
            Assert.True(manifest.RootElement.TryGetProperty(key, out _), $"manifest.json lacks {key}");
    }

    [Fact]
    public async Task Run_ExercisesEveryEventKind_AndTheBooksBalance()
    {
        var s = (await RunAsync(TestScenarios.Tiny, 1000, "books")).Summary;
        Assert.True(s.Tasks.Automated > 0 && s.Tasks.Expired > 0 && s.Tasks.Rejected > 0);
        Assert.Equal(s.Tasks.Created, s.Tasks.Automated + s.Tasks.Posted);
        Assert.Equal(s.Tasks.Posted, s.Tasks.Completed + s.Tasks.Expired + s.Tasks.OpenAtEnd);
        Assert.Equal(s.Money.LabSpend, s.Money.VendorMargin + s.Money.PlatformFees + s.Money.WorkerPay + s.Money.OwedAtEnd);
    }
}
