using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Runs.Output;

/// <summary>Streams timeseries.csv, one tick at a time, so a long run never holds its history in memory.</summary>
internal sealed class TimeSeriesWriter : IDisposable
{
    public const string Header = "tick,hours,scopeKind,scope,metric,value";

    private readonly StreamWriter _out;
    private readonly ScenarioSpec _spec;
    private readonly IReadOnlyList<(string Name, int[] Queues)>[] _groups;
    private readonly long _tickMs;

    public TimeSeriesWriter(string path, ScenarioSpec spec)
    {
        _out = OutputFiles.CreateText(path);
        _spec = spec;
        _groups = spec.Platforms.Select((_, p) => QueueLayout.Groups(spec, p)).ToArray();
        _tickMs = spec.TickMinutes * SimTime.MsPerMinute;
        _out.Write(Header + "\n");
    }

    public void Write(TickReport report)
    {
        var prefix = $"{report.Tick},{Invariant.Format(SimTime.ToHours(report.StartMs))},";
        Rows(prefix, "market", "all", TimeSeriesSchema.Market, MarketTick.Of(report));
        for (var p = 0; p < report.Queues.Count; p++)
        {
            var platformTotal = new QueueCounters();
            foreach (var (name, queues) in _groups[p])
            {
                var group = new QueueCounters();
                foreach (var q in queues)
                    group.Add(report.Queues[p][q]);
                platformTotal.Add(group);
                Rows(prefix, "queue", name, TimeSeriesSchema.Queue, new QueueTick(group, _tickMs));
            }
            Rows(prefix, "platform", _spec.Platforms[p].Id, TimeSeriesSchema.Queue, new QueueTick(platformTotal, _tickMs));
        }
        for (var r = 0; r < report.Regions.Count; r++)
            Rows(prefix, "region", _spec.Regions[r].Id, TimeSeriesSchema.Region, report.Regions[r]);
    }

    public void Dispose() => _out.Dispose();

    private void Rows<T>(string prefix, string kind, string scope, IReadOnlyList<Reporter<T>> reporters, T source)
    {
        foreach (var reporter in reporters)
        {
            if (reporter.Read(source) is not { } value)
                continue;
            _out.Write(prefix);
            _out.Write(kind);
            _out.Write(',');
            _out.Write(scope);
            _out.Write(',');
            _out.Write(reporter.Metric);
            _out.Write(',');
            _out.Write(Invariant.Format(value));
            _out.Write('\n');
        }
    }
}
