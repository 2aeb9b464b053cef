namespace CrowdSim.Model.Market;

/// <summary>One thing that happened to a worker on a platform during a tick.</summary>
/// <param name="WorkerId">Global worker id.</param>
/// <param name="Kind">Task approved, task rejected, or session ended.</param>
/// <param name="StartMs">Task start, or session start.</param>
/// <param name="EndMs">Task submission, or session end.</param>
/// <param name="PayMicros">What the worker was paid (0 unless approved).</param>
public readonly record struct WorkerOutcome(
    int WorkerId,
    OutcomeKind Kind,
    long StartMs,
    long EndMs,
    long PayMicros);
