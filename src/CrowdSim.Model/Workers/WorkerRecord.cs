namespace CrowdSim.Model.Workers;

/// <summary>One worker's totals over a run. Times in milliseconds, money in micro-dollars.</summary>
public sealed record WorkerRecord(
    int WorkerId,
    int Pool,
    int Region,
    WorkerStatus Status,
    double ReservationUsdPerHour,
    double FinalReservationUsdPerHour,
    bool NightChecker,
    long PaidMs,
    long SearchMs,
    long RejectedMs,
    long AbandonedMs,
    long TrainingMs,
    long EarningsMicros,
    long Checks,
    long NightChecks,
    long NightMs,
    long LongestStretchMs,
    long TasksApproved,
    long TasksRejected,
    long TasksAbandoned,
    int Deactivations,
    long JoinedMs,
    long LeftMs,
    double? WeeklyEarningsCv)
{
    /// <summary>
    /// Whether the worker was in the market during the scenario's measurement window (always, without
    /// one): not gone (left or dropped out) before it started. A record of a run with a window holds
    /// the worker's totals over the window and their status at its end.
    /// </summary>
    public bool InWindow { get; init; } = true;

    /// <summary>Unpaid time: searching, rejected and abandoned work, training.</summary>
    public long UnpaidMs => SearchMs + RejectedMs + AbandonedMs + TrainingMs;

    /// <summary>All time given to the work, paid or not.</summary>
    public long TotalMs => PaidMs + UnpaidMs;

    /// <summary>Whether the worker ever took part (recruits who never joined did not).</summary>
    public bool EverActive => Status != WorkerStatus.Latent && Status != WorkerStatus.DroppedOut;

    /// <summary>Earnings per hour of all time given, or null for a worker who gave none.</summary>
    public double? EffectiveHourlyWage => TotalMs > 0 ? Market.Money.ToUsd(EarningsMicros) / Time.SimTime.ToHours(TotalMs) : null;

    /// <summary>Earnings per paid hour, or null for a worker with no paid time.</summary>
    public double? PaidHourlyWage => PaidMs > 0 ? Market.Money.ToUsd(EarningsMicros) / Time.SimTime.ToHours(PaidMs) : null;
}
