using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Run;

/// <summary>timeseries.csv and timeseries.parquet: every metric of every scope in every tick, in tidy long form.</summary>
public static class TimeSeriesTable
{
    private static readonly Columns<TimeSeriesRow> C = new();

    public static readonly Column<TimeSeriesRow, int> Tick = C.Int32("tick", "tick number from 0", r => r.Tick);

    public static readonly Column<TimeSeriesRow, double> Hours = C.Double("hours", "simulated hours from the start to the tick's start", r => r.Hours);

    public static readonly Column<TimeSeriesRow, string> ScopeKind = C.Text("scopeKind", "`market`, `queue`, `platform` or `region`", r => r.ScopeKind);

    public static readonly Column<TimeSeriesRow, string> Scope = C.Text("scope", "`all` (market); `platform/poster/taskType` (queue); platform id; region id", r => r.Scope);

    public static readonly Column<TimeSeriesRow, string> Metric = C.Text("metric", "the measurement (see below)", r => r.Metric);

    public static readonly Column<TimeSeriesRow, double> Value = C.Double("value", "the number", r => r.Value);

    public static readonly Table<TimeSeriesRow> Table = new(
        RunFiles.TimeSeries,
        [Tick, Hours, ScopeKind, Scope, Metric, Value],
        r => new TimeSeriesRow(r.Get(Tick), r.Get(Hours), r.Get(ScopeKind), r.Get(Scope), r.Get(Metric), r.Get(Value)));
}
