using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output;

/// <summary>Writes workers.csv: one row per worker, in id order.</summary>
internal static class WorkersTable
{
    public const string Header =
        "workerId,pool,region,nightChecker,reservationWageUsd,paidHours,unpaidHours,searchHours,rejectedHours," +
        "earningsUsd,effectiveHourlyWage,paidHourlyWage,checks,nightChecks,nightHours,longestStretchHours,tasksApproved,tasksRejected";

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
                w.NightChecker ? "true" : "false",
                Invariant.Format(w.ReservationUsdPerHour),
                Invariant.Format(SimTime.ToHours(w.PaidMs)),
                Invariant.Format(SimTime.ToHours(w.UnpaidMs)),
                Invariant.Format(SimTime.ToHours(w.SearchMs)),
                Invariant.Format(SimTime.ToHours(w.RejectedMs)),
                Invariant.Format(Money.ToUsd(w.EarningsMicros)),
                Invariant.Format(w.EffectiveHourlyWage),
                Invariant.Format(w.PaidHourlyWage),
                Invariant.Format(w.Checks),
                Invariant.Format(w.NightChecks),
                Invariant.Format(SimTime.ToHours(w.NightMs)),
                Invariant.Format(SimTime.ToHours(w.LongestStretchMs)),
                Invariant.Format(w.TasksApproved),
                Invariant.Format(w.TasksRejected),
            ];
            output.Write(string.Join(',', cells));
            output.Write('\n');
        }
    }
}
