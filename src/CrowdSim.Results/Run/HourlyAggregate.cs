namespace CrowdSim.Results.Run;

/// <summary>
/// How a metric's ticks are summed up into one value per simulated hour in
/// timeseries-hourly.csv: a flow (tasks, hours, money, minutes waited) is summed, a level
/// (a backlog, workers in session) is averaged over the hour's ticks, and a mean over events
/// (the mean wait of the tasks taken) is averaged with each tick weighted by its events, so that
/// it is the mean over the hour's events.
/// </summary>
/// <param name="Kind">Sum, mean, or weighted mean.</param>
/// <param name="Weight">For a weighted mean, the metric of the same scope that weighs each tick (e.g. <c>taken</c>).</param>
public sealed record HourlyAggregate(HourlyKind Kind, string? Weight = null)
{
    /// <summary>The hour's ticks added up (flows).</summary>
    public static readonly HourlyAggregate Sum = new(HourlyKind.Sum);

    /// <summary>The mean of the hour's ticks (levels).</summary>
    public static readonly HourlyAggregate Mean = new(HourlyKind.Mean);

    /// <summary>The mean of the hour's ticks, each weighted by <paramref name="metric"/> of the same scope and tick.</summary>
    public static HourlyAggregate WeightedBy(string metric) => new(HourlyKind.WeightedMean, metric);

    /// <summary>In words, for results/README.md: "sum", "mean", "mean weighted by taken".</summary>
    public override string ToString() => Kind switch
    {
        HourlyKind.Sum => "sum",
        HourlyKind.Mean => "mean",
        _ => $"mean weighted by `{Weight}`",
    };
}
