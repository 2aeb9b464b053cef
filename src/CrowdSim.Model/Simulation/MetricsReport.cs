using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Simulation;

/// <summary>What one cohort reports from a tick's Metrics phase.</summary>
/// <param name="Regions">The cohort's counts for the tick, by region (index = region).</param>
/// <param name="NextCheckMs">When the cohort next has something due (<see cref="WorkerCohort.NextCheckMs"/>).</param>
public sealed record MetricsReport(IReadOnlyList<RegionCounters> Regions, long NextCheckMs)
{
    /// <summary>Closes <paramref name="cohort"/>'s tick: takes its counters (the cohort starts fresh ones) and its next due check.</summary>
    public static MetricsReport Close(WorkerCohort cohort) => new(cohort.TakeTickCounters(), cohort.NextCheckMs);
}
