using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output;

/// <summary>Writes workers.csv: one row per worker, in id order.</summary>
internal static class WorkersTable
{
    public const string Header =
        "workerId,pool,region,status,nightChecker,reservationWageUsd,finalReservationWageUsd,paidHours,unpaidHours,searchHours,rejectedHours," +
        "abandonedHours,trainingHours,earningsUsd,effectiveHourlyWage,paidHourlyWage,checks,nightChecks,nightHours,longestStretchHours," +
        "tasksApproved,tasksRejected,tasksAbandoned,deactivations,joinedDay,leftDay,weeklyEarningsCv";

    public static void Write(string path, ScenarioSpec spec, IReadOnlyList<WorkerRecord> workers)
    {
        using var output = OutputFiles.CreateText(path);
        output.Write(Header + "\n");
        foreach (var w in workers)
        {
            string[] cells =
            [
                Invariant.Format(w.WorkerId),
                spec.WorkerPools[w.Pool].Id,
                spec.Regions[w.Region].Id,
                StatusName(w.Status),
                w.NightChecker ? "true" : "false",
                Invariant.Format(w.ReservationUsdPerHour),
                Invariant.Format(w.FinalReservationUsdPerHour),
                Invariant.Format(SimTime.ToHours(w.PaidMs)),
                Invariant.Format(SimTime.ToHours(w.UnpaidMs)),
                Invariant.Format(SimTime.ToHours(w.SearchMs)),
                Invariant.Format(SimTime.ToHours(w.RejectedMs)),
                Invariant.Format(SimTime.ToHours(w.AbandonedMs)),
                Invariant.Format(SimTime.ToHours(w.TrainingMs)),
                Invariant.Format(Money.ToUsd(w.EarningsMicros)),
                Invariant.Format(w.EffectiveHourlyWage),
                Invariant.Format(w.PaidHourlyWage),
                Invariant.Format(w.Checks),
                Invariant.Format(w.NightChecks),
                Invariant.Format(SimTime.ToHours(w.NightMs)),
                Invariant.Format(SimTime.ToHours(w.LongestStretchMs)),
                Invariant.Format(w.TasksApproved),
                Invariant.Format(w.TasksRejected),
                Invariant.Format(w.TasksAbandoned),
                Invariant.Format(w.Deactivations),
                Invariant.Format(w.JoinedMs / (double)SimTime.MsPerDay),
                w.LeftMs < 0 ? "" : Invariant.Format(w.LeftMs / (double)SimTime.MsPerDay),
                Invariant.Format(w.WeeklyEarningsCv),
            ];
            output.Write(string.Join(',', cells));
            output.Write('\n');
        }
    }

    /// <summary>A worker status as written in workers.csv and workers.parquet.</summary>
    public static string StatusName(WorkerStatus status) => status switch
    {
        WorkerStatus.Latent => "not-yet-recruited",
        WorkerStatus.Active => "active",
        WorkerStatus.Left => "left",
        WorkerStatus.DroppedOut => "dropped-out",
        WorkerStatus.Deactivated => "deactivated",
        _ => status.ToString(),
    };
}
