namespace CrowdSim.Model.Market;

/// <summary>One thing that happened to a worker on a platform during a tick.</summary>
/// <param name="WorkerId">Global worker id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="StartMs">Task or course start, or session start.</param>
/// <param name="EndMs">Submission, abandonment or course end, or session end.</param>
/// <param name="PayMicros">What the worker was paid for it.</param>
/// <param name="TaskType">The task type concerned (for a session end: -1).</param>
/// <param name="Reviewed">Whether a submission was reviewed.</param>
public readonly record struct WorkerOutcome(
    int WorkerId,
    OutcomeKind Kind,
    long StartMs,
    long EndMs,
    long PayMicros,
    int TaskType = -1,
    bool Reviewed = false);
