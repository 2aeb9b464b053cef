namespace CrowdSim.Model.Market;

/// <summary>What a platform tells a worker's cohort.</summary>
public enum OutcomeKind : byte
{
    /// <summary>A submitted task was approved (or not reviewed) and paid.</summary>
    Approved,

    /// <summary>A submitted task was rejected on review and not paid.</summary>
    Rejected,

    /// <summary>The worker stopped: session over, or nothing acceptable in the queue.</summary>
    SessionEnded,
}
