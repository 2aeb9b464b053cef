namespace CrowdSim.Model.Market;

/// <summary>What a platform tells a worker's cohort.</summary>
public enum OutcomeKind : byte
{
    /// <summary>A submitted task was approved (or not reviewed) and paid.</summary>
    Approved,

    /// <summary>A submitted task was rejected on review (unpaid unless a policy pays it).</summary>
    Rejected,

    /// <summary>The worker gave up on a task part-way; it went back to the queue. Unpaid.</summary>
    Abandoned,

    /// <summary>The worker finished a training course and passed.</summary>
    TrainingPassed,

    /// <summary>The worker finished a training course and failed.</summary>
    TrainingFailed,

    /// <summary>The worker stopped: session over, or nothing acceptable in the queue.</summary>
    SessionEnded,

    /// <summary>A round-the-clock salaried worker's pay period (a day) closed; the worker stays on duty.</summary>
    ShiftRolled,

    /// <summary>A crowd worker searched a listing inside a session (unpaid search time, not a check).</summary>
    Searched,
}
