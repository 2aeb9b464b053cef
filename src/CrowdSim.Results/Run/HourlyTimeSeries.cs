using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Time;

namespace CrowdSim.Results.Run;

/// <summary>
/// The time series summed up by simulated hour (timeseries-hourly.csv), a tick at a time: the
/// rows of <see cref="TimeSeriesRows"/> of each tick are added into the open hour, and an hour's
/// rows come out when the first tick of the next one arrives (or at the end). Each metric is
/// summed up as its reporter says (<see cref="HourlyAggregate"/>). Rows come out in the order of
/// timeseries.csv: scopes as a tick lists them, metrics in schema order; a weighted mean whose
/// weights add up to zero in the hour (no task taken) is left out, as timeseries.csv leaves out
/// its ticks. The open hour is part of a checkpoint (<see cref="Save"/>, <see cref="Restore"/>).
/// </summary>
public sealed class HourlyTimeSeries(TimeSeriesRows series)
{
    private readonly Dictionary<(string Kind, string Scope, string Metric), Sum> _sums = [];
    private readonly Dictionary<(string Kind, string Scope), int> _scopes = [];
    private readonly Dictionary<(string Kind, string Scope, string Metric), double> _tick = [];
    private int _hour;
    private int _firstTick;
    private int _ticks;

    /// <summary>Adds a tick; returns the rows of the hour it closed, if it starts a new one.</summary>
    public IReadOnlyList<HourlyTimeSeriesRow> Add(TickReport report)
    {
        var hour = checked((int)(report.StartMs / SimTime.MsPerHour));
        var closed = _ticks > 0 && hour != _hour ? Close() : [];
        if (_ticks == 0)
            (_hour, _firstTick) = (hour, report.Tick);
        _ticks++;
        _tick.Clear();
        var rows = series.Of(report);
        foreach (var row in rows)
            _tick[(row.ScopeKind, row.Scope, row.Metric)] = row.Value;
        foreach (var row in rows)
        {
            var key = (row.ScopeKind, row.Scope, row.Metric);
            if (!_sums.TryGetValue(key, out var sum))
            {
                if (!_scopes.TryGetValue((row.ScopeKind, row.Scope), out var scope))
                    _scopes[(row.ScopeKind, row.Scope)] = scope = _scopes.Count;
                var (order, how) = TimeSeriesSchema.Of(row.ScopeKind)[row.Metric];
                _sums[key] = sum = new Sum(scope, order, how);
            }
            var weight = sum.How.Kind switch
            {
                HourlyKind.Sum => 0,
                HourlyKind.Mean => 1,
                _ => _tick.GetValueOrDefault((row.ScopeKind, row.Scope, sum.How.Weight!)),
            };
            sum.Total += sum.How.Kind == HourlyKind.WeightedMean ? row.Value * weight : row.Value;
            sum.Weight += weight;
        }
        return closed;
    }

    /// <summary>The rows of the hour still open (at the end of the run).</summary>
    public IReadOnlyList<HourlyTimeSeriesRow> Finish() => _ticks > 0 ? Close() : [];

    /// <summary>Writes the open hour.</summary>
    public void Save(StateWriter state)
    {
        state.Section("hourly");
        state.Write(_hour);
        state.Write(_firstTick);
        state.Write(_ticks);
        var sums = _sums.OrderBy(s => s.Value.Scope).ThenBy(s => s.Value.Order).ToArray();
        state.Write(sums.Length);
        foreach (var ((kind, scope, metric), sum) in sums)
        {
            state.Write(kind);
            state.Write(scope);
            state.Write(metric);
            state.Write(sum.Scope);
            state.Write(sum.Total);
            state.Write(sum.Weight);
        }
    }

    /// <summary>Takes up the open hour <see cref="Save"/> wrote, dropping what this one holds.</summary>
    public void Restore(StateReader state)
    {
        state.Section("hourly");
        _sums.Clear();
        _scopes.Clear();
        _hour = state.ReadInt();
        _firstTick = state.ReadInt();
        _ticks = state.ReadInt();
        var count = state.Count();
        for (var i = 0; i < count; i++)
        {
            var (kind, scope, metric) = (state.ReadString(), state.ReadString(), state.ReadString());
            var scopeOrder = state.ReadInt();
            if (!TimeSeriesSchema.Of(kind).TryGetValue(metric, out var reporter))
                throw new CheckpointFormatException($"the hourly time series holds an unknown metric {kind}/{metric}");
            _scopes.TryAdd((kind, scope), scopeOrder);
            _sums[(kind, scope, metric)] = new Sum(scopeOrder, reporter.Order, reporter.Hourly) { Total = state.ReadDouble(), Weight = state.ReadDouble() };
        }
    }

    private HourlyTimeSeriesRow[] Close()
    {
        var rows = _sums
            .OrderBy(s => s.Value.Scope).ThenBy(s => s.Value.Order)
            .Where(s => s.Value.How.Kind == HourlyKind.Sum || s.Value.Weight != 0)
            .Select(s => new HourlyTimeSeriesRow(_hour, _firstTick, _ticks, s.Key.Kind, s.Key.Scope, s.Key.Metric, s.Value.Value))
            .ToArray();
        _sums.Clear();
        _scopes.Clear();
        _ticks = 0;
        return rows;
    }

    // One metric of one scope over the open hour.
    private sealed class Sum(int scope, int order, HourlyAggregate how)
    {
        public int Scope { get; } = scope;

        public int Order { get; } = order;

        public HourlyAggregate How { get; } = how;

        public double Total { get; set; }

        public double Weight { get; set; }

        public double Value => How.Kind == HourlyKind.Sum ? Total : Total / Weight;
    }
}
