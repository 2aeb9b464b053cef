namespace CrowdSim.Model.Scenario;

/// <summary>A vendor's wage policy.</summary>
/// <param name="Kind">Fixed, cheapest region first, or surge pay.</param>
/// <param name="SpilloverHours">Cheapest-first: a task becomes visible to the next dearer region after waiting this long per rank.</param>
/// <param name="SurgeMaxMultiplier">Surge: the pay multiplier a task reaches at its deadline (and with a full backlog).</param>
/// <param name="SurgeBacklogTasks">Surge: the backlog at which the backlog part of the surge is at its maximum.</param>
public sealed record WagePolicySpec(WagePolicyKind Kind, double SpilloverHours, double SurgeMaxMultiplier, double SurgeBacklogTasks)
{
    /// <summary>Fixed piece rates.</summary>
    public static readonly WagePolicySpec Fixed = new(WagePolicyKind.Fixed, 0, 1, 0);
}
