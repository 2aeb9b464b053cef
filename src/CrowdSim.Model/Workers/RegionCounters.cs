using CrowdSim.Model.Metrics;

namespace CrowdSim.Model.Workers;

/// <summary>
/// What the workers of one region did in one tick (or over a run). Times in milliseconds, money in
/// micro-dollars. Each count has a slot of its own; <see cref="Counters{TSelf}"/> adds, saves and restores them.
/// </summary>
public sealed class RegionCounters() : Counters<RegionCounters>(22)
{
    /// <summary>Times workers checked a queue.</summary>
    public long Checks { get => this[0]; set => this[0] = value; }

    /// <summary>Checks made during the worker's own sleep window: wake-ups to look for work.</summary>
    public long NightChecks { get => this[1]; set => this[1] = value; }

    /// <summary>Work sessions in which at least one task was done.</summary>
    public long Sessions { get => this[2]; set => this[2] = value; }

    /// <summary>Unpaid time spent searching for work.</summary>
    public long SearchMs { get => this[3]; set => this[3] = value; }

    /// <summary>Paid time: approved (or paid) tasks, paid training, and salaried shifts.</summary>
    public long PaidMs { get => this[4]; set => this[4] = value; }

    /// <summary>Time on tasks that were rejected and not paid.</summary>
    public long RejectedMs { get => this[5]; set => this[5] = value; }

    /// <summary>Time on tasks given up part-way: unpaid.</summary>
    public long AbandonedMs { get => this[6]; set => this[6] = value; }

    /// <summary>Unpaid time in training courses and recruitment boot camps.</summary>
    public long TrainingMs { get => this[7]; set => this[7] = value; }

    /// <summary>Pay received (piece rates, paid training, salaries).</summary>
    public long EarningsMicros { get => this[8]; set => this[8] = value; }

    /// <summary>Working and searching time that fell in local night (22:00-06:00).</summary>
    public long NightMs { get => this[9]; set => this[9] = value; }

    public long TasksApproved { get => this[10]; set => this[10] = value; }
    public long TasksRejected { get => this[11]; set => this[11] = value; }
    public long TasksAbandoned { get => this[12]; set => this[12] = value; }
    public long CoursesPassed { get => this[13]; set => this[13] = value; }
    public long CoursesFailed { get => this[14]; set => this[14] = value; }

    /// <summary>Workers deactivated on a platform.</summary>
    public long Deactivations { get => this[15]; set => this[15] = value; }

    /// <summary>Workers who left for good.</summary>
    public long Departures { get => this[16]; set => this[16] = value; }

    /// <summary>Recruits who finished boot camp and joined.</summary>
    public long RecruitsJoined { get => this[17]; set => this[17] = value; }

    /// <summary>Recruits who dropped out of boot camp.</summary>
    public long RecruitsDroppedOut { get => this[18]; set => this[18] = value; }

    /// <summary>Active crowd workers counted at weekly reviews (the population at risk of leaving).</summary>
    public long WorkerWeeksAtRisk { get => this[19]; set => this[19] = value; }

    /// <summary>Salaries paid to shift workers (part of <see cref="EarningsMicros"/>).</summary>
    public long SalaryMicros { get => this[20]; set => this[20] = value; }

    /// <summary>What employers billed labs for shift workers' hours.</summary>
    public long BilledMicros { get => this[21]; set => this[21] = value; }

    /// <summary>Unpaid time: searching, rejected and abandoned work, training.</summary>
    public long UnpaidMs => SearchMs + RejectedMs + AbandonedMs + TrainingMs;
}
