using CrowdSim.Results;
using CrowdSim.Results.Run;
using CrowdSim.Runs;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;
using Xunit.Abstractions;

namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>
/// Little's law, L = λW, on the written outputs (timeseries.csv) of every bundled scenario, run to
/// its full horizon on an embedded Orleans silo, per platform and task type. L is the time-average
/// backlog (integrated by the queue as its length changes), λ the rate at which waits end and W
/// their mean length (timed task by task). Over a finite run the law holds exactly once the waits
/// still open at the end are counted: L·T = ΣW + the backlog's age at the end. The test checks that
/// identity to rounding. (The open waits are not always small: a large project launched in the
/// last days of a run is still waiting when it ends, so L and λW alone differ there.)
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class LittlesLawTests(ITestOutputHelper output) : IAsyncLifetime
{
    private EmbeddedCluster? _cluster;

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot.Path, "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    public async Task InitializeAsync() => _cluster = await EmbeddedCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Littles_law_holds_per_platform_and_task_type(string file)
    {
        var spec = ScenarioLoader.LoadFile(Path.Combine(RepoRoot.Path, "scenarios", file));
        var folder = Path.Combine(Path.GetTempPath(), "crowdsim-validation", $"little-{Path.GetFileNameWithoutExtension(file)}-{Environment.ProcessId}");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        var runner = new SimulationRunner(_cluster!.Grains, "validation");
        await runner.RunAsync(spec, new RunRequest(folder, RunRequest.DefaultWorkersPerGrain, null, "validation") { TimeSeriesCsv = true });

        var horizonMinutes = spec.Days * 1440.0;
        var queues = QueueTotals.Read(Path.Combine(folder, RunFiles.TimeSeries), spec.TickMinutes);
        Assert.NotEmpty(queues);
        foreach (var (key, q) in queues.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (q.WaitsEnded == 0 && q.BacklogAreaMinutes == 0)
                continue;
            var l = q.BacklogAreaMinutes / horizonMinutes;
            var lambda = q.WaitsEnded / horizonMinutes;
            var w = q.WaitsEnded == 0 ? 0 : q.WaitedMinutes / q.WaitsEnded;
            var open = q.BacklogAgeEndMinutes / horizonMinutes;
            output.WriteLine(FormattableString.Invariant(
                $"{file} {key}: L = {l:G6}, λW = {lambda * w:G6} (λ = {lambda * 60:G4}/h, W = {w:G4} min), open waits at the end = {open:G3}"));
            Assert.True(Math.Abs(l - ((lambda * w) + open)) <= 1e-9 * Math.Max(1, l),
                FormattableString.Invariant($"{file} {key}: L = {l:R} but λW + open waits = {(lambda * w) + open:R}"));
        }
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A queue's totals over the run, summed over its posters (requesters, vendors).</summary>
    private sealed class QueueTotals
    {
        public double BacklogAreaMinutes { get; set; }
        public double WaitsEnded { get; set; }
        public double WaitedMinutes { get; set; }
        public double BacklogAgeEndMinutes { get; set; }

        /// <summary>Queue rows (scope platform/poster/taskType) grouped by platform/taskType; the end-of-run age from the last tick.</summary>
        public static Dictionary<string, QueueTotals> Read(string csv, int tickMinutes)
        {
            var totals = new Dictionary<string, QueueTotals>(StringComparer.Ordinal);
            var lastTick = -1;
            var ageAtTick = new Dictionary<string, (int Tick, double Minutes)>(StringComparer.Ordinal);
            foreach (var row in TimeSeriesTable.Table.Read(csv))
            {
                if (row.ScopeKind != "queue")
                    continue;
                var parts = row.Scope.Split('/');
                var key = $"{parts[0]}/{parts[^1]}";
                lastTick = Math.Max(lastTick, row.Tick);
                if (!totals.TryGetValue(key, out var q))
                    totals[key] = q = new QueueTotals();
                switch (row.Metric)
                {
                    case "meanBacklog":
                        q.BacklogAreaMinutes += row.Value * tickMinutes;
                        break;
                    case "waitsEnded":
                        q.WaitsEnded += row.Value;
                        break;
                    case "waitedMinutes":
                        q.WaitedMinutes += row.Value;
                        break;
                    case "backlogAgeMinutes":
                        var sum = ageAtTick.TryGetValue(row.Scope, out var prior) && prior.Tick == row.Tick ? prior.Minutes + row.Value : row.Value;
                        ageAtTick[row.Scope] = (row.Tick, sum);
                        break;
                }
            }
            foreach (var (scope, age) in ageAtTick)
            {
                if (age.Tick != lastTick)
                    continue;
                var parts = scope.Split('/');
                totals[$"{parts[0]}/{parts[^1]}"].BacklogAgeEndMinutes += age.Minutes;
            }
            return totals;
        }
    }
}
