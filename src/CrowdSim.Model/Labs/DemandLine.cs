using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Labs;

/// <summary>The live state of one line of a lab's demand: surges in force, batches due, automation in progress.</summary>
internal sealed class DemandLine(DemandSpec spec, int index, int taskType, int vendor, int platform, long escrowMicros, long rewardMicros)
{
    public DemandSpec Spec { get; } = spec;
    public int Index { get; } = index;
    public int TaskType { get; } = taskType;

    /// <summary>Vendor index, or -1 for a direct posting.</summary>
    public int Vendor { get; } = vendor;

    /// <summary>Platform index for a direct posting, or -1.</summary>
    public int Platform { get; } = platform;

    public long EscrowMicros { get; } = escrowMicros;

    /// <summary>Reward offered on a direct posting, or -1 (vendor piece rates apply).</summary>
    public long RewardMicros { get; } = rewardMicros;

    /// <summary>The requesters a direct posting is split among; empty when the line posts as one.</summary>
    public IReadOnlyList<RequesterProfile> Requesters { get; init; } = [];

    /// <summary>Index of the lab's line that receives this line's spill-over, or -1.</summary>
    public int SpilloverTarget { get; init; } = -1;

    /// <summary>Demand multipliers in force: (start, end, multiplier).</summary>
    public List<(long StartMs, long EndMs, double Multiplier)> Surges { get; } = [];

    /// <summary>One-off batches still to post: (time, tasks).</summary>
    public List<(long AtMs, int Tasks)> Batches { get; } = [];

    public double AutomationFrom { get; set; } = spec.AutomatedShare;
    public double AutomationTo { get; set; } = spec.AutomatedShare;
    public long AutomationStartMs { get; set; }
    public long AutomationRampMs { get; set; }

    /// <summary>The automated share at a moment, following the latest shock's linear ramp.</summary>
    public double AutomatedShareAt(long ms)
    {
        if (ms <= AutomationStartMs)
            return AutomationFrom;
        if (AutomationRampMs <= 0 || ms >= AutomationStartMs + AutomationRampMs)
            return AutomationTo;
        var progress = (ms - AutomationStartMs) / (double)AutomationRampMs;
        return AutomationFrom + ((AutomationTo - AutomationFrom) * progress);
    }

    /// <summary>A requester chosen with probability proportional to volume weight, from a uniform draw in [0, 1).</summary>
    public int RequesterAt(double uniform)
    {
        var cumulative = 0.0;
        for (var r = 0; r < Requesters.Count - 1; r++)
        {
            cumulative += Requesters[r].Weight;
            if (uniform < cumulative)
                return r;
        }
        return Requesters.Count - 1;
    }

    /// <summary>The average surge multiplier over a tick, weighting each surge by its overlap with the tick.</summary>
    public double SurgeFactor(long startMs, long endMs)
    {
        Surges.RemoveAll(s => s.EndMs <= startMs);
        var factor = 1.0;
        foreach (var (from, to, multiplier) in Surges)
        {
            var overlap = Math.Min(to, endMs) - Math.Max(from, startMs);
            if (overlap > 0)
                factor += (multiplier - 1.0) * overlap / (endMs - startMs);
        }
        return factor;
    }

    /// <summary>Writes what events changed: surges in force, batches to come, the automation ramp.</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(DemandLine));
        w.Write(Surges.Count);
        foreach (var (startMs, endMs, multiplier) in Surges)
        {
            w.Write(startMs);
            w.Write(endMs);
            w.Write(multiplier);
        }
        w.Write(Batches.Count);
        foreach (var (atMs, tasks) in Batches)
        {
            w.Write(atMs);
            w.Write(tasks);
        }
        w.Write(AutomationFrom);
        w.Write(AutomationTo);
        w.Write(AutomationStartMs);
        w.Write(AutomationRampMs);
    }

    public void Restore(StateReader r)
    {
        r.Section(nameof(DemandLine));
        Surges.Clear();
        var surges = r.Count();
        for (var k = 0; k < surges; k++)
            Surges.Add((r.ReadLong(), r.ReadLong(), r.ReadDouble()));
        Batches.Clear();
        var batches = r.Count();
        for (var k = 0; k < batches; k++)
            Batches.Add((r.ReadLong(), r.ReadInt()));
        AutomationFrom = r.ReadDouble();
        AutomationTo = r.ReadDouble();
        AutomationStartMs = r.ReadLong();
        AutomationRampMs = r.ReadLong();
    }
}
