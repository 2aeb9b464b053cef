using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;

namespace CrowdSim.Model.Labs;

/// <summary>A lab's counts for one tick. Each count has a slot of its own; <see cref="Counters{TSelf}"/> adds, saves and restores them.</summary>
public sealed class LabCounters() : Counters<LabCounters>(6)
{
    /// <summary>Tasks created (posted + automated).</summary>
    public long Created { get => this[0]; set => this[0] = value; }

    /// <summary>Tasks created by spill-over from work automated in the previous tick (included in <see cref="Created"/>).</summary>
    public long SpilloverCreated { get => this[1]; set => this[1] = value; }

    /// <summary>Tasks the lab's own models handled; never posted.</summary>
    public long Automated { get => this[2]; set => this[2] = value; }

    /// <summary>What the automated tasks would have cost the lab had they been posted (their escrow), in micro-dollars.</summary>
    public long AutomatedEscrowMicros { get => this[3]; set => this[3] = value; }

    /// <summary>Tasks sent to vendors or platforms.</summary>
    public long Posted { get => this[4]; set => this[4] = value; }

    /// <summary>Escrow paid in for posted tasks, in micro-dollars.</summary>
    public long EscrowPaid { get => this[5]; set => this[5] = value; }
}
