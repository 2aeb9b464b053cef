namespace CrowdSim.Results.Run;

/// <summary>A named measurement taken every tick from one kind of scope.</summary>
/// <typeparam name="TSource">What the value is read from.</typeparam>
/// <param name="Metric">Column value in timeseries.csv's <c>metric</c>.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Description">One line for results/README.md.</param>
/// <param name="Read">Reads the value, or null when it is undefined this tick (the row is left out).</param>
/// <param name="Hourly">How an hour of it is summed up in timeseries-hourly.csv; null: added up (<see cref="HourlyAggregate.Sum"/>).</param>
public sealed record Reporter<TSource>(string Metric, string Unit, string Description, Func<TSource, double?> Read, HourlyAggregate? Hourly = null)
{
    /// <summary>How an hour of the metric is summed up.</summary>
    public HourlyAggregate Over => Hourly ?? HourlyAggregate.Sum;
}
