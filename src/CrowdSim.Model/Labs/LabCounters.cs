using CrowdSim.Model.Market;

namespace CrowdSim.Model.Labs;

/// <summary>A lab's counts for one tick.</summary>
public sealed class LabCounters
{
    /// <summary>Tasks created (posted + automated).</summary>
    public long Created { get; set; }

    /// <summary>Tasks the lab's own models handled; never posted.</summary>
    public long Automated { get; set; }

    /// <summary>Tasks sent to vendors or platforms.</summary>
    public long Posted { get; set; }

    /// <summary>Escrow paid in for posted tasks, in micro-dollars.</summary>
    public long EscrowPaid { get; set; }

    /// <summary>Adds another tick's counts.</summary>
    public void Add(LabCounters other)
    {
        Created += other.Created;
        Automated += other.Automated;
        Posted += other.Posted;
        EscrowPaid += other.EscrowPaid;
    }
}
