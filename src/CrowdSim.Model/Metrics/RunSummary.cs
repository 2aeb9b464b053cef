namespace CrowdSim.Model.Metrics;

/// <summary>
/// The headline results of a run: the content of summary.json. Money in USD, times in minutes or
/// hours as named. Keys are a contract with users; add new ones, never rename.
/// </summary>
public sealed record RunSummary(
    string Scenario,
    ulong Seed,
    int Days,
    int Ticks,
    int TickMinutes,
    int Workers,
    string ResultHash,
    TaskTotals Tasks,
    MoneyTotals Money,
    QueueOutcomes Queue,
    WorkerOutcomes WorkerOutcomes,
    IReadOnlyDictionary<string, RegionOutcomes> ByRegion,
    IReadOnlyDictionary<string, QueueOutcomes> ByPlatform);

/// <summary>Where every created task ended up. created = automated + posted; posted = completed + expired + openAtEnd; completed = approved + rejected.</summary>
public sealed record TaskTotals(
    long Created,
    long Automated,
    long Posted,
    long Completed,
    long Approved,
    long Rejected,
    long Expired,
    long OpenAtEnd);

/// <summary>Where every dollar went, in USD. labSpend = vendorMargin + platformFees + workerPay + owedAtEnd.</summary>
public sealed record MoneyTotals(
    decimal LabSpend,
    decimal VendorMargin,
    decimal PlatformFees,
    decimal WorkerPay,
    decimal OwedAtEnd);

/// <summary>How queues behaved over the run.</summary>
/// <param name="MeanWaitMinutes">Mean time from posting to first pickup, over tasks taken.</param>
/// <param name="P95WaitMinutes">95th percentile of the same (histogram, relative error under 1.6%).</param>
/// <param name="MeanBacklog">Time-average number of tasks waiting.</param>
/// <param name="ThroughputPerHour">Tasks submitted per simulated hour.</param>
public sealed record QueueOutcomes(
    double MeanWaitMinutes,
    double P95WaitMinutes,
    double MeanBacklog,
    double ThroughputPerHour);

/// <summary>What work was like for workers.</summary>
/// <param name="EffectiveHourlyWageMedian">Median over workers of earnings ÷ (paid + unpaid hours), USD.</param>
/// <param name="PaidHourlyWageMedian">Median over workers with paid time of earnings ÷ paid hours, USD.</param>
/// <param name="UnpaidShare">Unpaid hours ÷ all hours, pooled over workers.</param>
/// <param name="ShareBelowLocalMinimumWage">Share of workers who gave any time whose effective wage is below their region's minimum wage.</param>
/// <param name="NightHoursShare">Hours in local night (22:00-06:00) ÷ all hours, pooled.</param>
/// <param name="ChecksPerWorkerDay">Checks of the queue per worker per day.</param>
/// <param name="Gini">Gini coefficient of earnings over all workers.</param>
public sealed record WorkerOutcomes(
    double EffectiveHourlyWageMedian,
    double PaidHourlyWageMedian,
    double UnpaidShare,
    double ShareBelowLocalMinimumWage,
    double NightHoursShare,
    double ChecksPerWorkerDay,
    double Gini);

/// <summary>Worker outcomes for one region, with its head count and hours.</summary>
public sealed record RegionOutcomes(
    int Workers,
    double PaidHours,
    double UnpaidHours,
    decimal Earnings,
    double EffectiveHourlyWageMedian,
    double PaidHourlyWageMedian,
    double UnpaidShare,
    double ShareBelowLocalMinimumWage,
    double NightHoursShare,
    double ChecksPerWorkerDay,
    double Gini);
