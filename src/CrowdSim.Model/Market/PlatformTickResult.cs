namespace CrowdSim.Model.Market;

/// <summary>Everything one platform produced in one tick.</summary>
/// <param name="Queues">Per-queue counts, in queue order.</param>
/// <param name="Money">Money that moved.</param>
/// <param name="OutcomesByCohort">Outcomes for each cohort that has any, in increasing cohort order.</param>
/// <param name="TaskEvents">The tick's per-task events, in the order they happened (empty unless the platform keeps a log).</param>
public sealed record PlatformTickResult(
    IReadOnlyList<QueueCounters> Queues,
    PlatformMoney Money,
    IReadOnlyList<CohortOutcomes> OutcomesByCohort,
    IReadOnlyList<TaskEvent> TaskEvents);
