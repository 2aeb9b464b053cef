using CrowdSim.Model.Market;

namespace CrowdSim.Model.Simulation;

/// <summary>What one platform reports from a tick's Clearing phase.</summary>
/// <param name="Queues">Per-queue counts, in queue order.</param>
/// <param name="Money">Money that moved.</param>
/// <param name="CohortsNotified">The cohorts the platform sent outcomes to, in increasing order.</param>
/// <param name="WorkersInSession">Workers in session on the platform at the end of the tick.</param>
/// <param name="TaskEvents">The tick's per-task events (empty unless the platform keeps a log).</param>
public sealed record ClearingReport(
    IReadOnlyList<QueueCounters> Queues,
    PlatformMoney Money,
    IReadOnlyList<int> CohortsNotified,
    long WorkersInSession,
    IReadOnlyList<TaskEvent> TaskEvents)
{
    /// <summary>The report of a platform that has just cleared a tick with <paramref name="result"/> (the outcomes travel separately, to the cohorts).</summary>
    public static ClearingReport Of(PlatformTickResult result, PlatformMarket market) => new(
        result.Queues,
        result.Money,
        result.OutcomesByCohort.Select(b => b.Cohort).ToArray(),
        market.WorkersInSession,
        result.TaskEvents);
}
