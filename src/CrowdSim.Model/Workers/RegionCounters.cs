using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Workers;

/// <summary>What the workers of one region did in one tick (or over a run). Times in milliseconds, money in micro-dollars.</summary>
public sealed class RegionCounters
{
    /// <summary>Times workers checked a queue.</summary>
    public long Checks { get; set; }

    /// <summary>Checks made during the worker's own sleep window: wake-ups to look for work.</summary>
    public long NightChecks { get; set; }

    /// <summary>Work sessions in which at least one task was done.</summary>
    public long Sessions { get; set; }

    /// <summary>Unpaid time spent searching for work.</summary>
    public long SearchMs { get; set; }

    /// <summary>Paid time: approved (or paid) tasks, paid training, and salaried shifts.</summary>
    public long PaidMs { get; set; }

    /// <summary>Time on tasks that were rejected and not paid.</summary>
    public long RejectedMs { get; set; }

    /// <summary>Time on tasks given up part-way: unpaid.</summary>
    public long AbandonedMs { get; set; }

    /// <summary>Unpaid time in training courses and recruitment boot camps.</summary>
    public long TrainingMs { get; set; }

    /// <summary>Pay received (piece rates, paid training, salaries).</summary>
    public long EarningsMicros { get; set; }

    /// <summary>Working and searching time that fell in local night (22:00-06:00).</summary>
    public long NightMs { get; set; }

    public long TasksApproved { get; set; }
    public long TasksRejected { get; set; }
    public long TasksAbandoned { get; set; }
    public long CoursesPassed { get; set; }
    public long CoursesFailed { get; set; }

    /// <summary>Workers deactivated on a platform.</summary>
    public long Deactivations { get; set; }

    /// <summary>Workers who left for good.</summary>
    public long Departures { get; set; }

    /// <summary>Recruits who finished boot camp and joined.</summary>
    public long RecruitsJoined { get; set; }

    /// <summary>Recruits who dropped out of boot camp.</summary>
    public long RecruitsDroppedOut { get; set; }

    /// <summary>Active crowd workers counted at weekly reviews (the population at risk of leaving).</summary>
    public long WorkerWeeksAtRisk { get; set; }

    /// <summary>Salaries paid to shift workers (part of <see cref="EarningsMicros"/>).</summary>
    public long SalaryMicros { get; set; }

    /// <summary>What employers billed labs for shift workers' hours.</summary>
    public long BilledMicros { get; set; }

    /// <summary>Unpaid time: searching, rejected and abandoned work, training.</summary>
    public long UnpaidMs => SearchMs + RejectedMs + AbandonedMs + TrainingMs;

    /// <summary>Adds another set of counts.</summary>
    public void Add(RegionCounters other)
    {
        Checks += other.Checks;
        NightChecks += other.NightChecks;
        Sessions += other.Sessions;
        SearchMs += other.SearchMs;
        PaidMs += other.PaidMs;
        RejectedMs += other.RejectedMs;
        AbandonedMs += other.AbandonedMs;
        TrainingMs += other.TrainingMs;
        EarningsMicros += other.EarningsMicros;
        NightMs += other.NightMs;
        TasksApproved += other.TasksApproved;
        TasksRejected += other.TasksRejected;
        TasksAbandoned += other.TasksAbandoned;
        CoursesPassed += other.CoursesPassed;
        CoursesFailed += other.CoursesFailed;
        Deactivations += other.Deactivations;
        Departures += other.Departures;
        RecruitsJoined += other.RecruitsJoined;
        RecruitsDroppedOut += other.RecruitsDroppedOut;
        WorkerWeeksAtRisk += other.WorkerWeeksAtRisk;
        SalaryMicros += other.SalaryMicros;
        BilledMicros += other.BilledMicros;
    }

    internal void Save(StateWriter w)
    {
        w.Section(nameof(RegionCounters));
        w.Write(Checks);
        w.Write(NightChecks);
        w.Write(Sessions);
        w.Write(SearchMs);
        w.Write(PaidMs);
        w.Write(RejectedMs);
        w.Write(AbandonedMs);
        w.Write(TrainingMs);
        w.Write(EarningsMicros);
        w.Write(NightMs);
        w.Write(TasksApproved);
        w.Write(TasksRejected);
        w.Write(TasksAbandoned);
        w.Write(CoursesPassed);
        w.Write(CoursesFailed);
        w.Write(Deactivations);
        w.Write(Departures);
        w.Write(RecruitsJoined);
        w.Write(RecruitsDroppedOut);
        w.Write(WorkerWeeksAtRisk);
        w.Write(SalaryMicros);
        w.Write(BilledMicros);
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(RegionCounters));
        Checks = r.ReadLong();
        NightChecks = r.ReadLong();
        Sessions = r.ReadLong();
        SearchMs = r.ReadLong();
        PaidMs = r.ReadLong();
        RejectedMs = r.ReadLong();
        AbandonedMs = r.ReadLong();
        TrainingMs = r.ReadLong();
        EarningsMicros = r.ReadLong();
        NightMs = r.ReadLong();
        TasksApproved = r.ReadLong();
        TasksRejected = r.ReadLong();
        TasksAbandoned = r.ReadLong();
        CoursesPassed = r.ReadLong();
        CoursesFailed = r.ReadLong();
        Deactivations = r.ReadLong();
        Departures = r.ReadLong();
        RecruitsJoined = r.ReadLong();
        RecruitsDroppedOut = r.ReadLong();
        WorkerWeeksAtRisk = r.ReadLong();
        SalaryMicros = r.ReadLong();
        BilledMicros = r.ReadLong();
    }
}
