namespace CrowdSim.Model.Scenario;

/// <summary>
/// Workers leave for good: each week with probability <paramref name="WeeklyHazard"/> × (1 +
/// <paramref name="LowEarningsMultiplier"/> × shortfall), where shortfall is how far the worker's
/// effective wage over the week fell below their reservation wage (0-1).
/// </summary>
public sealed record ChurnSpec(double WeeklyHazard, double LowEarningsMultiplier)
{
    public static readonly ChurnSpec Default = new(ModelDefaults.ChurnWeeklyHazard, ModelDefaults.ChurnLowEarningsMultiplier);

    /// <summary>
    /// Extra weekly probability of leaving for a worker whose recent weeks earned nothing for the
    /// time they gave: the worker also leaves with probability <c>NoEarningsExit</c> × scarcity²,
    /// scarcity being how far their smoothed recent effective wage fell below their starting
    /// reservation wage (0-1). 0 (the default) leaves churn as above.
    /// </summary>
    public double NoEarningsExit { get; init; }
}
