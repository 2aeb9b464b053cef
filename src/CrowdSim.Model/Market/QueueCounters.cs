using CrowdSim.Model.Metrics;

namespace CrowdSim.Model.Market;

/// <summary>
/// What happened in one queue (platform × poster × task type) during one tick. Each count has a slot
/// of its own; <see cref="Counters{TSelf}"/> adds, saves and restores them.
/// </summary>
public sealed class QueueCounters() : Counters<QueueCounters>(15)
{
    public long Arrivals { get => this[0]; set => this[0] = value; }
    public long Taken { get => this[1]; set => this[1] = value; }
    public long Submitted { get => this[2]; set => this[2] = value; }
    public long Approved { get => this[3]; set => this[3] = value; }
    public long Rejected { get => this[4]; set => this[4] = value; }
    public long Expired { get => this[5]; set => this[5] = value; }

    /// <summary>Tasks given up part-way and returned to the queue.</summary>
    public long Abandoned { get => this[6]; set => this[6] = value; }

    /// <summary>Tasks waiting in the queue at the end of the tick.</summary>
    public long BacklogEnd { get => this[7]; set => this[7] = value; }

    /// <summary>Tasks taken and not yet submitted at the end of the tick.</summary>
    public long InServiceEnd { get => this[8]; set => this[8] = value; }

    /// <summary>Sum of waits (post → first pickup) of the tasks taken this tick.</summary>
    public long WaitSumMs { get => this[9]; set => this[9] = value; }

    /// <summary>Sum of times in system (post → submission) of the tasks submitted this tick.</summary>
    public long SojournSumMs { get => this[10]; set => this[10] = value; }

    /// <summary>Integral of the number of waiting tasks over the tick, in task-milliseconds.</summary>
    public long BacklogAreaMs { get => this[11]; set => this[11] = value; }

    /// <summary>Waits in the queue that ended this tick: a task taken (again, after a return) or expired.</summary>
    public long WaitsEnded { get => this[12]; set => this[12] = value; }

    /// <summary>Total length of the waits that ended this tick, each from posting (or return) to pickup or expiry.</summary>
    public long WaitedMs { get => this[13]; set => this[13] = value; }

    /// <summary>At the end of the tick, how long the tasks still waiting have waited so far, summed.</summary>
    public long BacklogAgeEndMs { get => this[14]; set => this[14] = value; }
}
