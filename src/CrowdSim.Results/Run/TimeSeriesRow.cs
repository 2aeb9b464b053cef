namespace CrowdSim.Results.Run;

/// <summary>One row of the time series in tidy long form: one metric of one scope in one tick.</summary>
/// <param name="Tick">Tick number from 0.</param>
/// <param name="Hours">Simulated hours from the start to the tick's start.</param>
/// <param name="ScopeKind"><c>market</c>, <c>queue</c>, <c>platform</c> or <c>region</c>.</param>
/// <param name="Scope">Which market, queue group, platform or region.</param>
/// <param name="Metric">The reporter's name (see <see cref="TimeSeriesSchema"/>).</param>
/// <param name="Value">The number.</param>
public readonly record struct TimeSeriesRow(int Tick, double Hours, string ScopeKind, string Scope, string Metric, double Value);
