using System.Text.Json.Nodes;
using CrowdSim.Model.Scenario;
using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Runs;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// timeseries.csv is kept only on request (issue 14, item 17): every run writes timeseries.parquet
/// and timeseries-hourly.csv, and hashes the CSV's bytes as it would have written them, so the
/// resultHash is the same with the file or without it, and after a checkpoint and a resume.
/// </summary>
[Collection(ClusterCollection.Name)]
public class TimeSeriesCsvTests(TwoSiloClusterFixture cluster)
{
    private static ScenarioSpec Tiny() => ScenarioLoader.LoadFile(TestScenarios.Tiny);

    private SimulationRunner Runner() => new(cluster.Grains, "test-cluster");

    private static RunRequest Request(string label, bool timeSeriesCsv = false, int everyTicks = 0) =>
        new(TempFolders.New(label), 25, "tiny.yaml", "test") { TimeSeriesCsv = timeSeriesCsv, CheckpointEveryTicks = everyTicks };

    [Fact]
    public async Task A_run_keeps_timeseries_csv_only_when_asked_and_has_the_same_resultHash_either_way()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("ts-default"));
        var kept = await Runner().RunAsync(Tiny(), Request("ts-kept", timeSeriesCsv: true));

        Assert.False(File.Exists(Path.Combine(plain.OutputPath, RunFiles.TimeSeries)));
        Assert.True(File.Exists(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesHourly)));
        Assert.True(File.Exists(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesParquet)));
        Assert.True(File.Exists(Path.Combine(kept.OutputPath, RunFiles.TimeSeries)));
        Assert.Equal(plain.Summary.ResultHash, kept.Summary.ResultHash);
        // The hash is still the hash of the files, as it was when timeseries.csv was always written.
        var files = RunFiles.Hashed.Select(f => (Stream)File.OpenRead(Path.Combine(kept.OutputPath, f))).ToList();
        try
        {
            files.Add(new MemoryStream(ResultJson.ToFileBytes(kept.Summary with { ResultHash = "" })));
            Assert.Equal(kept.Summary.ResultHash, ResultHash.Of(files));
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesHourly)),
            File.ReadAllBytes(Path.Combine(kept.OutputPath, RunFiles.TimeSeriesHourly)));
    }

    [Fact]
    public async Task The_hourly_csv_adds_up_to_the_summary_totals()
    {
        var result = await Runner().RunAsync(Tiny(), Request("ts-totals"));
        var rows = HourlyTimeSeriesTable.Table.Read(Path.Combine(result.OutputPath, RunFiles.TimeSeriesHourly)).ToArray();
        double Total(string kind, string metric) => rows.Where(r => r.ScopeKind == kind && r.Metric == metric).Sum(r => r.Value);
        var s = result.Summary;

        Assert.Equal(Enumerable.Range(0, 48), rows.Select(r => r.Hour).Distinct());
        Assert.All(rows, r => Assert.Equal((r.Hour * 4, 4), (r.Tick, r.Ticks)));
        Assert.Equal(s.Tasks.Created, Total("market", "tasksCreated"));
        Assert.Equal(s.Tasks.Automated, Total("market", "tasksAutomated"));
        Assert.Equal(s.Tasks.Posted, Total("market", "tasksPosted"));
        Assert.Equal(s.Tasks.Posted, Total("platform", "arrivals"));
        Assert.Equal(s.Tasks.Completed, Total("platform", "completed"));
        Assert.Equal(s.Tasks.Approved, Total("platform", "approved"));
        Assert.Equal(s.Tasks.Rejected, Total("platform", "rejected"));
        Assert.Equal(s.Tasks.Expired, Total("platform", "expired"));
        Assert.Equal(s.Tasks.Abandoned, Total("platform", "abandoned"));
        Assert.Equal(s.Tasks.Approved, Total("region", "tasksApproved"));
        Assert.Equal((double)s.Money.WorkerPay, Total("market", "workerPayUsd"), 6);
        Assert.Equal((double)s.Money.PlatformFees, Total("market", "platformFeesUsd"), 6);
        Assert.Equal(s.WorkerOutcomes.PaidHours, Total("region", "paidHours"), 6);
    }

    [Fact]
    public async Task The_hourly_csv_is_timeseries_csv_summed_up_hour_by_hour()
    {
        var result = await Runner().RunAsync(Tiny(), Request("ts-hours", timeSeriesCsv: true));
        var ticks = TimeSeriesTable.Table.Read(Path.Combine(result.OutputPath, RunFiles.TimeSeries)).ToArray();
        var hourly = HourlyTimeSeriesTable.Table.Read(Path.Combine(result.OutputPath, RunFiles.TimeSeriesHourly)).ToArray();
        var values = ticks.ToDictionary(r => (r.Tick, r.ScopeKind, r.Scope, r.Metric), r => r.Value);

        var expected = ticks
            .GroupBy(r => (Hour: r.Tick / 4, r.ScopeKind, r.Scope, r.Metric))
            .Select(g =>
            {
                var how = TimeSeriesSchema.Of(g.Key.ScopeKind)[g.Key.Metric].Hourly;
                var value = how.Kind switch
                {
                    HourlyKind.Sum => g.Sum(r => r.Value),
                    HourlyKind.Mean => g.Sum(r => r.Value) / g.Count(),
                    _ => g.Sum(r => r.Value * values[(r.Tick, r.ScopeKind, r.Scope, how.Weight!)]) / g.Sum(r => values[(r.Tick, r.ScopeKind, r.Scope, how.Weight!)]),
                };
                return new HourlyTimeSeriesRow(g.Key.Hour, g.Key.Hour * 4, 4, g.Key.ScopeKind, g.Key.Scope, g.Key.Metric, value);
            })
            .ToHashSet();

        Assert.Equal(expected.Count, hourly.Length);
        Assert.All(hourly, r => Assert.Contains(r, expected));
        // In the order of timeseries.csv: a meanWaitMinutes row follows the tasks taken it is weighted by.
        var first = hourly.Where(r => r.Hour == 10).Select(r => $"{r.ScopeKind},{r.Scope},{r.Metric}");
        var firstTicks = ticks.Where(r => r.Tick == 40).Select(r => $"{r.ScopeKind},{r.Scope},{r.Metric}");
        Assert.Equal(firstTicks.Where(first.Contains), first.Where(firstTicks.Contains));
    }

    [Fact]
    public async Task A_run_stopped_mid_hour_and_resumed_without_timeseries_csv_ends_with_the_plain_resultHash()
    {
        var plain = await Runner().RunAsync(Tiny(), Request("ts-ck-plain"));
        // Checkpoints every 30 ticks (7.5 h): the one at tick 90 falls half-way through hour 22.
        var request = Request("ts-ck", everyTicks: 30);
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        await StopAfterAsync(request, ticks: 100);
        var store = CheckpointStore.Open(folder);
        Assert.Equal(90, store.Latest()!.Tick);
        Assert.False(File.Exists(Path.Combine(store.OutputsPath, RunFiles.TimeSeries)));

        var resumed = await Runner().ResumeAsync(folder);

        Assert.Equal(plain.Summary.ResultHash, resumed.Summary.ResultHash);
        Assert.False(File.Exists(Path.Combine(resumed.OutputPath, RunFiles.TimeSeries)));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(plain.OutputPath, RunFiles.TimeSeriesHourly)),
            File.ReadAllBytes(Path.Combine(resumed.OutputPath, RunFiles.TimeSeriesHourly)));
    }

    [Fact]
    [Trait("Category", Golden.Category)]
    public async Task The_baseline_stopped_mid_hour_and_resumed_ends_with_its_golden_resultHash()
    {
        var spec = ScenarioLoader.LoadFile(RepoRoot.Scenario("baseline.yaml")) with { Days = 2, Measure = null };
        var request = new RunRequest(TempFolders.New("ts-ck-golden"), RunRequest.DefaultWorkersPerGrain, null, "test") { CheckpointEveryTicks = 30 };
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        using (var stop = new CancellationTokenSource())
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(spec, request, new Stopper(stop, 100), stop.Token));
        Assert.Equal(90, CheckpointStore.Open(folder).Latest()!.Tick);

        var resumed = await Runner().ResumeAsync(folder);

        var difference = Golden.Check("result-hashes/baseline-2d", resumed.Summary.ResultHash);
        Assert.True(difference is null, difference);
        Assert.False(File.Exists(Path.Combine(resumed.OutputPath, RunFiles.TimeSeries)));
    }

    [Fact]
    public async Task A_checkpoint_without_the_running_hash_of_timeseries_csv_is_refused()
    {
        var request = Request("ts-ck-old", everyTicks: 30);
        var folder = CheckpointStore.DefaultFolder(request.OutputPath);
        await StopAfterAsync(request, ticks: 40);
        // As a checkpoint from before the CSV could be left out: no hash state in its marks.
        var info = Directory.GetFiles(folder, "checkpoint.json", SearchOption.AllDirectories).Single();
        var json = JsonNode.Parse(File.ReadAllText(info))!;
        foreach (var mark in json["outputs"]!.AsArray())
            mark!["hashState"] = null;
        File.WriteAllText(info, json.ToJsonString());

        var error = await Assert.ThrowsAsync<CheckpointException>(() => Runner().ResumeAsync(folder));

        Assert.Contains("keeps no hash of timeseries.csv", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(request.OutputPath));
    }

    private async Task StopAfterAsync(RunRequest request, int ticks)
    {
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(Tiny(), request, new Stopper(stop, ticks), stop.Token));
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
