using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Results.Run;

/// <summary>
/// What timeseries.csv measures, declared apart from the model: one list of reporters per kind of
/// scope. Each tick writes one row per scope and reporter (tidy long form); each reporter also
/// says how timeseries-hourly.csv sums up an hour of it (flows added up unless marked).
/// </summary>
public static class TimeSeriesSchema
{
    /// <summary>Whole-market reporters (scopeKind <c>market</c>, scope <c>all</c>).</summary>
    public static readonly IReadOnlyList<Reporter<MarketTick>> Market =
    [
        new("tasksCreated", "tasks", "Tasks created by labs this tick", m => m.Labs.Sum(l => l.Created)),
        new("tasksAutomated", "tasks", "Created tasks handled by labs' own models (never posted)", m => m.Labs.Sum(l => l.Automated)),
        new("tasksPosted", "tasks", "Tasks sent to vendors or marketplaces", m => m.Labs.Sum(l => l.Posted)),
        new("labSpendUsd", "USD", "Escrow paid in by labs less refunds, plus shift hours billed", m => Usd(m.Labs.Sum(l => l.EscrowPaid) - m.Money.Sum(p => p.RefundsByLab.Sum()) + m.Regions.Sum(r => r.BilledMicros))),
        new("workerPayUsd", "USD", "Paid to workers: piece rates, paid training and salaries", m => Usd(m.Money.Sum(p => p.WorkerPay) + m.Regions.Sum(r => r.SalaryMicros))),
        new("platformFeesUsd", "USD", "Fees kept by platforms", m => Usd(m.Money.Sum(p => p.Fees))),
        new("vendorMarginUsd", "USD", "Kept by vendors: contract price less pay and fee, and shift billing less salaries", m => Usd(m.Money.Sum(p => p.MarginByVendor.Sum()) + m.Regions.Sum(r => r.BilledMicros - r.SalaryMicros))),
        new("owedUsd", "USD", "Escrow held for open tasks at the end of the tick", m => Usd(m.Money.Sum(p => p.EscrowHeldEnd)), HourlyAggregate.Mean),
        new("trainingPayUsd", "USD", "Paid by platforms for training courses (paid-training policy)", m => Usd(m.Money.Sum(p => p.TrainingPay))),
        new("workersInSession", "workers", "Workers in a work session at the end of the tick", m => m.WorkersInSession, HourlyAggregate.Mean),
    ];

    /// <summary>Queue reporters (scopeKind <c>queue</c>, scope <c>platform/poster/taskType</c>) and platform reporters (same, summed; scopeKind <c>platform</c>).</summary>
    public static readonly IReadOnlyList<Reporter<QueueTick>> Queue =
    [
        new("arrivals", "tasks", "Tasks posted into the queue", q => q.Counters.Arrivals),
        new("taken", "tasks", "Tasks picked up by a worker", q => q.Counters.Taken),
        new("completed", "tasks", "Tasks submitted", q => q.Counters.Submitted),
        new("approved", "tasks", "Submitted tasks approved and paid", q => q.Counters.Approved),
        new("rejected", "tasks", "Submitted tasks rejected on review (unpaid)", q => q.Counters.Rejected),
        new("expired", "tasks", "Tasks that expired untaken", q => q.Counters.Expired),
        new("abandoned", "tasks", "Tasks given up part-way and returned to the queue", q => q.Counters.Abandoned),
        new("backlog", "tasks", "Tasks waiting at the end of the tick", q => q.Counters.BacklogEnd, HourlyAggregate.Mean),
        new("inService", "tasks", "Tasks taken and not yet submitted at the end of the tick", q => q.Counters.InServiceEnd, HourlyAggregate.Mean),
        new("meanBacklog", "tasks", "Time-average number of tasks waiting during the tick", q => q.Counters.BacklogAreaMs / (double)q.TickMs, HourlyAggregate.Mean),
        new("meanWaitMinutes", "minutes", "Mean wait from posting to pickup of tasks taken this tick", q => q.Counters.Taken == 0 ? null : q.Counters.WaitSumMs / (double)q.Counters.Taken / SimTime.MsPerMinute, HourlyAggregate.WeightedBy("taken")),
        new("waitsEnded", "tasks", "Waits in the queue that ended this tick (task taken, again after a return, or expired)", q => q.Counters.WaitsEnded),
        new("waitedMinutes", "minutes", "Total length of those waits, each from posting or return to pickup or expiry (Little's law: meanBacklog = rate × mean wait)", q => q.Counters.WaitedMs / (double)SimTime.MsPerMinute),
        new("backlogAgeMinutes", "minutes", "How long the tasks waiting at the end of the tick have waited so far, summed", q => q.Counters.BacklogAgeEndMs / (double)SimTime.MsPerMinute, HourlyAggregate.Mean),
        new("meanTimeInSystemMinutes", "minutes", "Mean time from posting to submission of tasks submitted this tick", q => q.Counters.Submitted == 0 ? null : q.Counters.SojournSumMs / (double)q.Counters.Submitted / SimTime.MsPerMinute, HourlyAggregate.WeightedBy("completed")),
    ];

    /// <summary>Worker reporters per region (scopeKind <c>region</c>, scope = region id).</summary>
    public static readonly IReadOnlyList<Reporter<RegionCounters>> Region =
    [
        new("checks", "checks", "Times workers checked a queue", r => r.Checks),
        new("nightChecks", "checks", "Checks made during the worker's sleep window (wake-ups)", r => r.NightChecks),
        new("sessions", "sessions", "Work sessions that ended this tick with at least one task done", r => r.Sessions),
        new("paidHours", "hours", "Hours on approved (paid) tasks", r => SimTime.ToHours(r.PaidMs)),
        new("unpaidHours", "hours", "Unpaid hours: searching, rejected and abandoned work, training", r => SimTime.ToHours(r.UnpaidMs)),
        new("searchHours", "hours", "Unpaid hours searching for work", r => SimTime.ToHours(r.SearchMs)),
        new("rejectedHours", "hours", "Unpaid hours on rejected tasks", r => SimTime.ToHours(r.RejectedMs)),
        new("abandonedHours", "hours", "Unpaid hours on tasks given up part-way", r => SimTime.ToHours(r.AbandonedMs)),
        new("trainingHours", "hours", "Unpaid hours in training courses and boot camps", r => SimTime.ToHours(r.TrainingMs)),
        new("nightHours", "hours", "Working and searching hours in local night (22:00-06:00)", r => SimTime.ToHours(r.NightMs)),
        new("earningsUsd", "USD", "Pay received", r => Usd(r.EarningsMicros)),
        new("tasksApproved", "tasks", "Tasks approved", r => r.TasksApproved),
        new("tasksRejected", "tasks", "Tasks rejected", r => r.TasksRejected),
        new("tasksAbandoned", "tasks", "Tasks given up part-way", r => r.TasksAbandoned),
        new("coursesPassed", "courses", "Training courses passed", r => r.CoursesPassed),
        new("coursesFailed", "courses", "Training courses failed", r => r.CoursesFailed),
        new("deactivations", "workers", "Workers deactivated on a platform", r => r.Deactivations),
        new("departures", "workers", "Workers who left for good", r => r.Departures),
        new("recruitsJoined", "workers", "Recruits who finished boot camp and joined", r => r.RecruitsJoined),
        new("recruitsDroppedOut", "workers", "Recruits who dropped out of boot camp", r => r.RecruitsDroppedOut),
        new("salaryUsd", "USD", "Salaries paid to shift workers (part of earningsUsd)", r => Usd(r.SalaryMicros)),
    ];

    /// <summary>
    /// The reporters of a scope kind (<c>market</c>, <c>queue</c>, <c>platform</c>, <c>region</c>)
    /// by metric: their place in the list and how an hour of each is summed up; none for another kind.
    /// </summary>
    public static IReadOnlyDictionary<string, (int Order, HourlyAggregate Hourly)> Of(string scopeKind) => scopeKind switch
    {
        "market" => Lookup.Market,
        "queue" or "platform" => Lookup.Queue,
        "region" => Lookup.Region,
        _ => Lookup.None,
    };

    private static double Usd(long micros) => Money.ToUsd(micros);

    // Built on first use, after the lists above.
    private static class Lookup
    {
        public static readonly IReadOnlyDictionary<string, (int, HourlyAggregate)> Market = Index(TimeSeriesSchema.Market);
        public static readonly IReadOnlyDictionary<string, (int, HourlyAggregate)> Queue = Index(TimeSeriesSchema.Queue);
        public static readonly IReadOnlyDictionary<string, (int, HourlyAggregate)> Region = Index(TimeSeriesSchema.Region);
        public static readonly IReadOnlyDictionary<string, (int, HourlyAggregate)> None = new Dictionary<string, (int, HourlyAggregate)>();

        private static Dictionary<string, (int, HourlyAggregate)> Index<T>(IReadOnlyList<Reporter<T>> reporters) =>
            reporters.Select((r, i) => (r.Metric, (i, r.Over))).ToDictionary(p => p.Metric, p => p.Item2, StringComparer.Ordinal);
    }
}
