using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;

namespace CrowdSim.Model.Labs;

/// <summary>A lab's counts for one tick.</summary>
public sealed class LabCounters
{
    /// <summary>Tasks created (posted + automated).</summary>
    public long Created { get; set; }

    /// <summary>Tasks created by spill-over from work automated in the previous tick (included in <see cref="Created"/>).</summary>
    public long SpilloverCreated { get; set; }

    /// <summary>Tasks the lab's own models handled; never posted.</summary>
    public long Automated { get; set; }

    /// <summary>What the automated tasks would have cost the lab had they been posted (their escrow), in micro-dollars.</summary>
    public long AutomatedEscrowMicros { get; set; }

    /// <summary>Tasks sent to vendors or platforms.</summary>
    public long Posted { get; set; }

    /// <summary>Escrow paid in for posted tasks, in micro-dollars.</summary>
    public long EscrowPaid { get; set; }

    /// <summary>Adds another tick's counts.</summary>
    public void Add(LabCounters other)
    {
        Created += other.Created;
        SpilloverCreated += other.SpilloverCreated;
        Automated += other.Automated;
        AutomatedEscrowMicros += other.AutomatedEscrowMicros;
        Posted += other.Posted;
        EscrowPaid += other.EscrowPaid;
    }

    internal void Save(StateWriter w)
    {
        w.Section(nameof(LabCounters));
        w.Write(Created);
        w.Write(SpilloverCreated);
        w.Write(Automated);
        w.Write(AutomatedEscrowMicros);
        w.Write(Posted);
        w.Write(EscrowPaid);
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(LabCounters));
        Created = r.ReadLong();
        SpilloverCreated = r.ReadLong();
        Automated = r.ReadLong();
        AutomatedEscrowMicros = r.ReadLong();
        Posted = r.ReadLong();
        EscrowPaid = r.ReadLong();
    }
}
