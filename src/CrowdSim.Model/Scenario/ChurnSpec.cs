namespace CrowdSim.Model.Scenario;

/// <summary>
/// Workers leave for good: each week with probability <paramref name="WeeklyHazard"/> × (1 +
/// <paramref name="LowEarningsMultiplier"/> × shortfall), where shortfall is how far the worker's
/// effective wage over the week fell below their reservation wage (0-1).
/// </summary>
public sealed record ChurnSpec(double WeeklyHazard, double LowEarningsMultiplier)
{
    public static readonly ChurnSpec Default = new(ModelDefaults.ChurnWeeklyHazard, ModelDefaults.ChurnLowEarningsMultiplier);
}
