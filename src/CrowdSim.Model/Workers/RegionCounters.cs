namespace CrowdSim.Model.Workers;

/// <summary>What the workers of one region did in one tick (or over a run). Times in milliseconds, money in micro-dollars.</summary>
public sealed class RegionCounters
{
    /// <summary>Times workers checked a queue.</summary>
    public long Checks { get; set; }

    /// <summary>Checks made during the worker's own sleep window: wake-ups to look for work.</summary>
    public long NightChecks { get; set; }

    /// <summary>Checks that found work, i.e. sessions in which at least one task was taken.</summary>
    public long Sessions { get; set; }

    /// <summary>Unpaid time spent searching for work.</summary>
    public long SearchMs { get; set; }

    /// <summary>Time on tasks that were approved and paid.</summary>
    public long PaidMs { get; set; }

    /// <summary>Time on tasks that were rejected: unpaid.</summary>
    public long RejectedMs { get; set; }

    /// <summary>Pay received.</summary>
    public long EarningsMicros { get; set; }

    /// <summary>Working and searching time that fell in local night (22:00-06:00).</summary>
    public long NightMs { get; set; }

    public long TasksApproved { get; set; }
    public long TasksRejected { get; set; }

    /// <summary>Unpaid time: searching plus rejected work.</summary>
    public long UnpaidMs => SearchMs + RejectedMs;

    /// <summary>Adds another set of counts.</summary>
    public void Add(RegionCounters other)
    {
        Checks += other.Checks;
        NightChecks += other.NightChecks;
        Sessions += other.Sessions;
        SearchMs += other.SearchMs;
        PaidMs += other.PaidMs;
        RejectedMs += other.RejectedMs;
        EarningsMicros += other.EarningsMicros;
        NightMs += other.NightMs;
        TasksApproved += other.TasksApproved;
        TasksRejected += other.TasksRejected;
    }
}
