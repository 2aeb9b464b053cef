namespace CrowdSim.Model.Scenario;

/// <summary>
/// A vendor's supply-responsive pricing rule (<c>pricing: {rule: responsive, ...}</c>): at every
/// review, each rate it offers moves by at most <paramref name="MaxStep"/> (as a share), down when the
/// work is picked up faster than <paramref name="TargetWaitHours"/> or the region's workers spend more
/// than <paramref name="TargetSearchShare"/> of their time searching, up when waits are longer, and
/// towards a competing vendor's rate for the same task type and region; never past
/// [<paramref name="FloorShare"/>, <paramref name="CeilingShare"/>] of the initial rate (the floor is
/// at least the region's minimum wage at the task type's mean minutes).
/// </summary>
/// <param name="ReviewEveryMinutes">Minutes between reviews, counted from the start of the run.</param>
/// <param name="TargetWaitHours">The mean wait to first pickup the vendor aims for.</param>
/// <param name="TargetSearchShare">The share of a region's working time spent searching (unpaid) that the vendor treats as balanced supply.</param>
/// <param name="SupplyWeight">Weight of the supply signal (search share minus its target, in [-1, 1]).</param>
/// <param name="BacklogWeight">Weight of the backlog signal (log of mean wait over its target, in [-1, 1]).</param>
/// <param name="CompetitorWeight">Weight of the competitor signal (log of the competing rate over the own rate, in [-1, 1]).</param>
/// <param name="MaxStep">The largest change of a rate at one review, as a share.</param>
/// <param name="Smoothing">Weight of the newest review in the smoothed step (1 = no smoothing).</param>
/// <param name="FloorShare">Lowest rate the rule sets, as a share of the initial rate.</param>
/// <param name="CeilingShare">Highest rate the rule sets, as a share of the initial rate.</param>
public sealed record PricingSpec(
    long ReviewEveryMinutes,
    double TargetWaitHours,
    double TargetSearchShare,
    double SupplyWeight,
    double BacklogWeight,
    double CompetitorWeight,
    double MaxStep,
    double Smoothing,
    double FloorShare,
    double CeilingShare)
{
    /// <summary>The rule with every parameter at its default (<see cref="ModelDefaults"/>).</summary>
    public static readonly PricingSpec Default = new(
        ModelDefaults.PricingReviewEveryMinutes,
        ModelDefaults.PricingTargetWaitHours,
        ModelDefaults.PricingTargetSearchShare,
        ModelDefaults.PricingSupplyWeight,
        ModelDefaults.PricingBacklogWeight,
        ModelDefaults.PricingCompetitorWeight,
        ModelDefaults.PricingMaxStep,
        ModelDefaults.PricingSmoothing,
        ModelDefaults.PricingFloorShare,
        ModelDefaults.PricingCeilingShare);
}
