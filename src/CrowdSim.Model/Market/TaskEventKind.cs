namespace CrowdSim.Model.Market;

/// <summary>A step in a task's life on a platform.</summary>
public enum TaskEventKind : byte
{
    Posted,
    Taken,
    Abandoned,
    Submitted,

    /// <summary>Approved (or not reviewed) and paid.</summary>
    Approved,

    /// <summary>Rejected on review (paid only under a pay-for-rejected-work policy).</summary>
    Rejected,

    Expired,
}
