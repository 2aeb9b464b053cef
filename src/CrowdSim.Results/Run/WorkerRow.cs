namespace CrowdSim.Results.Run;

/// <summary>One row of workers.csv: a worker's outcomes over the run (columns in <see cref="WorkersTable"/>).</summary>
public sealed record WorkerRow(
    int WorkerId,
    string Pool,
    string Region,
    string Status,
    bool NightChecker,
    double ReservationWageUsd,
    double FinalReservationWageUsd,
    double PaidHours,
    double UnpaidHours,
    double SearchHours,
    double RejectedHours,
    double AbandonedHours,
    double TrainingHours,
    double EarningsUsd,
    double? EffectiveHourlyWage,
    double? PaidHourlyWage,
    long Checks,
    long NightChecks,
    double NightHours,
    double LongestStretchHours,
    long TasksApproved,
    long TasksRejected,
    long TasksAbandoned,
    int Deactivations,
    double JoinedDay,
    double? LeftDay,
    double? WeeklyEarningsCv)
{
    /// <summary>Whether the worker gave any time, paid or not.</summary>
    public bool GaveTime => PaidHours + UnpaidHours > 0;
}
