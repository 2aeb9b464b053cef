using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market;

/// <summary>What happened in one queue (platform × poster × task type) during one tick.</summary>
public sealed class QueueCounters
{
    public long Arrivals { get; set; }
    public long Taken { get; set; }
    public long Submitted { get; set; }
    public long Approved { get; set; }
    public long Rejected { get; set; }
    public long Expired { get; set; }

    /// <summary>Tasks given up part-way and returned to the queue.</summary>
    public long Abandoned { get; set; }

    /// <summary>Tasks waiting in the queue at the end of the tick.</summary>
    public long BacklogEnd { get; set; }

    /// <summary>Tasks taken and not yet submitted at the end of the tick.</summary>
    public long InServiceEnd { get; set; }

    /// <summary>Sum of waits (post → first pickup) of the tasks taken this tick.</summary>
    public long WaitSumMs { get; set; }

    /// <summary>Sum of times in system (post → submission) of the tasks submitted this tick.</summary>
    public long SojournSumMs { get; set; }

    /// <summary>Integral of the number of waiting tasks over the tick, in task-milliseconds.</summary>
    public long BacklogAreaMs { get; set; }

    /// <summary>Waits in the queue that ended this tick: a task taken (again, after a return) or expired.</summary>
    public long WaitsEnded { get; set; }

    /// <summary>Total length of the waits that ended this tick, each from posting (or return) to pickup or expiry.</summary>
    public long WaitedMs { get; set; }

    /// <summary>At the end of the tick, how long the tasks still waiting have waited so far, summed.</summary>
    public long BacklogAgeEndMs { get; set; }

    /// <summary>Adds another tick's or queue's counts to this one.</summary>
    public void Add(QueueCounters other)
    {
        Arrivals += other.Arrivals;
        Taken += other.Taken;
        Submitted += other.Submitted;
        Approved += other.Approved;
        Rejected += other.Rejected;
        Expired += other.Expired;
        Abandoned += other.Abandoned;
        BacklogEnd += other.BacklogEnd;
        InServiceEnd += other.InServiceEnd;
        WaitSumMs += other.WaitSumMs;
        SojournSumMs += other.SojournSumMs;
        BacklogAreaMs += other.BacklogAreaMs;
        WaitsEnded += other.WaitsEnded;
        WaitedMs += other.WaitedMs;
        BacklogAgeEndMs += other.BacklogAgeEndMs;
    }

    internal void Save(StateWriter w)
    {
        w.Section(nameof(QueueCounters));
        w.Write(Arrivals);
        w.Write(Taken);
        w.Write(Submitted);
        w.Write(Approved);
        w.Write(Rejected);
        w.Write(Expired);
        w.Write(Abandoned);
        w.Write(BacklogEnd);
        w.Write(InServiceEnd);
        w.Write(WaitSumMs);
        w.Write(SojournSumMs);
        w.Write(BacklogAreaMs);
        w.Write(WaitsEnded);
        w.Write(WaitedMs);
        w.Write(BacklogAgeEndMs);
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(QueueCounters));
        Arrivals = r.ReadLong();
        Taken = r.ReadLong();
        Submitted = r.ReadLong();
        Approved = r.ReadLong();
        Rejected = r.ReadLong();
        Expired = r.ReadLong();
        Abandoned = r.ReadLong();
        BacklogEnd = r.ReadLong();
        InServiceEnd = r.ReadLong();
        WaitSumMs = r.ReadLong();
        SojournSumMs = r.ReadLong();
        BacklogAreaMs = r.ReadLong();
        WaitsEnded = r.ReadLong();
        WaitedMs = r.ReadLong();
        BacklogAgeEndMs = r.ReadLong();
    }
}
