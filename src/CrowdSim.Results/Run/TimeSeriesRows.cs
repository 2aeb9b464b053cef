using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Results.Run;

/// <summary>
/// The rows of the time series for one scenario, tick by tick: the single source that
/// timeseries.csv and timeseries.parquet are both written from, so they hold the same rows.
/// </summary>
public sealed class TimeSeriesRows
{
    private readonly ScenarioSpec _spec;
    private readonly IReadOnlyList<(string Name, int[] Queues)>[] _groups;
    private readonly long _tickMs;
    private TickReport? _last;
    private TimeSeriesRow[] _lastRows = [];

    public TimeSeriesRows(ScenarioSpec spec)
    {
        _spec = spec;
        _groups = spec.Platforms.Select((_, p) => QueueLayout.Groups(spec, p)).ToArray();
        _tickMs = spec.TickMinutes * SimTime.MsPerMinute;
    }

    /// <summary>
    /// The tick's rows: market, then per platform its queue groups and its total, then regions;
    /// undefined values left out. The rows of the last report asked for are kept, so the files
    /// written from one tick (CSV, Parquet, hourly) share one computation.
    /// </summary>
    public IReadOnlyList<TimeSeriesRow> Of(TickReport report)
    {
        if (!ReferenceEquals(report, _last))
        {
            _lastRows = [.. Compute(report)];
            _last = report;
        }
        return _lastRows;
    }

    private IEnumerable<TimeSeriesRow> Compute(TickReport report)
    {
        var hours = SimTime.ToHours(report.StartMs);
        foreach (var row in Rows(report.Tick, hours, "market", "all", TimeSeriesSchema.Market, MarketTick.Of(report)))
            yield return row;
        for (var p = 0; p < report.Queues.Count; p++)
        {
            var platformTotal = new QueueCounters();
            foreach (var (name, queues) in _groups[p])
            {
                var group = new QueueCounters();
                foreach (var q in queues)
                    group.Add(report.Queues[p][q]);
                platformTotal.Add(group);
                foreach (var row in Rows(report.Tick, hours, "queue", name, TimeSeriesSchema.Queue, new QueueTick(group, _tickMs)))
                    yield return row;
            }
            foreach (var row in Rows(report.Tick, hours, "platform", _spec.Platforms[p].Id, TimeSeriesSchema.Queue, new QueueTick(platformTotal, _tickMs)))
                yield return row;
        }
        for (var r = 0; r < report.Regions.Count; r++)
        {
            foreach (var row in Rows(report.Tick, hours, "region", _spec.Regions[r].Id, TimeSeriesSchema.Region, report.Regions[r]))
                yield return row;
        }
    }

    private static IEnumerable<TimeSeriesRow> Rows<T>(int tick, double hours, string kind, string scope, IReadOnlyList<Reporter<T>> reporters, T source)
    {
        foreach (var reporter in reporters)
        {
            if (reporter.Read(source) is { } value)
                yield return new TimeSeriesRow(tick, hours, kind, scope, reporter.Metric, value);
        }
    }
}
