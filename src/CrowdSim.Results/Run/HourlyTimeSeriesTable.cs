using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Run;

/// <summary>timeseries-hourly.csv: every metric of every scope summed up over each simulated hour, in tidy long form.</summary>
public static class HourlyTimeSeriesTable
{
    private static readonly Columns<HourlyTimeSeriesRow> C = new();

    public static readonly Column<HourlyTimeSeriesRow, int> Hour = C.Int32("hour", "simulated hour from the start, from 0", r => r.Hour);

    public static readonly Column<HourlyTimeSeriesRow, int> Tick = C.Int32("tick", "the hour's first tick (as in timeseries.csv)", r => r.Tick);

    public static readonly Column<HourlyTimeSeriesRow, int> Ticks = C.Int32("ticks", "ticks in the hour (60 ÷ the tick's minutes)", r => r.Ticks);

    public static readonly Column<HourlyTimeSeriesRow, string> ScopeKind = C.Text("scopeKind", "`market`, `queue`, `platform` or `region`", r => r.ScopeKind);

    public static readonly Column<HourlyTimeSeriesRow, string> Scope = C.Text("scope", "as in timeseries.csv", r => r.Scope);

    public static readonly Column<HourlyTimeSeriesRow, string> Metric = C.Text("metric", "the measurement (see timeseries.csv)", r => r.Metric);

    public static readonly Column<HourlyTimeSeriesRow, double> Value = C.Double("value", "the hour's ticks summed up: a sum for flows, the mean over the ticks for levels, a weighted mean for mean waits (see above)", r => r.Value);

    public static readonly Table<HourlyTimeSeriesRow> Table = new(
        RunFiles.TimeSeriesHourly,
        [Hour, Tick, Ticks, ScopeKind, Scope, Metric, Value],
        r => new HourlyTimeSeriesRow(r.Get(Hour), r.Get(Tick), r.Get(Ticks), r.Get(ScopeKind), r.Get(Scope), r.Get(Metric), r.Get(Value)));
}
