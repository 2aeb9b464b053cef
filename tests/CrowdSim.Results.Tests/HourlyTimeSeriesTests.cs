using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Simulation;
using CrowdSim.Results.Run;

namespace CrowdSim.Results.Tests;

/// <summary>timeseries-hourly.csv's rows (issue 14, item 17): an hour's ticks summed up as each metric says, and the open hour carried through a checkpoint.</summary>
public sealed class HourlyTimeSeriesTests
{
    // One day of 15-minute ticks: four ticks an hour.
    private static readonly Lazy<(TimeSeriesRows Series, TickReport[] Ticks)> Day = new(() =>
    {
        var spec = new ScenarioBuilder().Days(1).TickMinutes(15).Build();
        var local = new LocalSimulation(spec, 50);
        return (new TimeSeriesRows(spec), [.. Enumerable.Range(0, spec.Ticks).Select(_ => local.Step())]);
    });

    private static List<HourlyTimeSeriesRow> All(HourlyTimeSeries hours, IEnumerable<TickReport> ticks)
    {
        var rows = new List<HourlyTimeSeriesRow>();
        foreach (var tick in ticks)
            rows.AddRange(hours.Add(tick));
        return rows;
    }

    [Fact]
    public void Add_GivesAnHoursRows_WhenTheNextHourStarts()
    {
        var (series, ticks) = Day.Value;
        var hours = new HourlyTimeSeries(series);

        Assert.All(ticks[..4], t => Assert.Empty(hours.Add(t)));
        var first = hours.Add(ticks[4]);

        Assert.NotEmpty(first);
        Assert.All(first, r => Assert.Equal((0, 0, 4), (r.Hour, r.Tick, r.Ticks)));
    }

    [Fact]
    public void Add_SumsFlows_AveragesLevels_AndWeighsMeanWaitsByTheTasksTaken()
    {
        var (series, ticks) = Day.Value;
        var rows = All(new HourlyTimeSeries(series), ticks);
        var perTick = ticks.Take(4).SelectMany(series.Of).ToArray();
        double Hour0(string kind, string metric) => rows.Single(r => r.Hour == 0 && r.ScopeKind == kind && r.Scope == Scope(kind) && r.Metric == metric).Value;
        double[] Ticks0(string kind, string metric) => [.. perTick.Where(r => r.ScopeKind == kind && r.Scope == Scope(kind) && r.Metric == metric).Select(r => r.Value)];
        string Scope(string kind) => perTick.First(r => r.ScopeKind == kind).Scope;

        Assert.Equal(Ticks0("market", "tasksCreated").Sum(), Hour0("market", "tasksCreated"));
        Assert.Equal(Ticks0("market", "workersInSession").Sum() / 4, Hour0("market", "workersInSession"));
        Assert.Equal(Ticks0("platform", "backlog").Sum() / 4, Hour0("platform", "backlog"));
        var waits = perTick.Where(r => r.ScopeKind == "platform" && r.Scope == Scope("platform") && r.Metric == "meanWaitMinutes").ToArray();
        var taken = perTick.Where(r => r.ScopeKind == "platform" && r.Scope == Scope("platform") && r.Metric == "taken").ToDictionary(r => r.Tick, r => r.Value);
        Assert.NotEmpty(waits);
        Assert.Equal(waits.Sum(w => w.Value * taken[w.Tick]) / waits.Sum(w => taken[w.Tick]), Hour0("platform", "meanWaitMinutes"), 12);
    }

    [Fact]
    public void Restore_InTheMiddleOfAnHour_CarriesOnToTheSameRows()
    {
        var (series, ticks) = Day.Value;
        var straight = new HourlyTimeSeries(series);
        var expected = All(straight, ticks);
        expected.AddRange(straight.Finish());

        var before = new HourlyTimeSeries(series);
        var rows = All(before, ticks[..30]);
        var state = StateWriter.ToBytes(before.Save);
        var after = new HourlyTimeSeries(series);
        All(after, ticks[..5]);
        StateReader.FromBytes(state, after.Restore);
        rows.AddRange(All(after, ticks[30..]));
        rows.AddRange(after.Finish());

        Assert.Equal(expected, rows);
        Assert.Equal(24, rows.Select(r => r.Hour).Distinct().Count());
    }
}
