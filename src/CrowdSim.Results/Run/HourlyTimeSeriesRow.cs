namespace CrowdSim.Results.Run;

/// <summary>One row of timeseries-hourly.csv: one metric of one scope over one simulated hour.</summary>
/// <param name="Hour">Simulated hour from the start, from 0.</param>
/// <param name="Tick">The hour's first tick.</param>
/// <param name="Ticks">The ticks in the hour.</param>
/// <param name="ScopeKind"><c>market</c>, <c>queue</c>, <c>platform</c> or <c>region</c>.</param>
/// <param name="Scope">Which market, queue group, platform or region.</param>
/// <param name="Metric">The reporter's name (see <see cref="TimeSeriesSchema"/>).</param>
/// <param name="Value">The hour's ticks summed up as the metric's <see cref="HourlyAggregate"/> says.</param>
public readonly record struct HourlyTimeSeriesRow(int Hour, int Tick, int Ticks, string ScopeKind, string Scope, string Metric, double Value);
