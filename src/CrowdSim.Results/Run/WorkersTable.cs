using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Run;

/// <summary>workers.csv and workers.parquet: one row per worker slot, in id order, written at the end of the run.</summary>
public static class WorkersTable
{
    private static readonly Columns<WorkerRow> C = new();

    public static readonly Column<WorkerRow, int> WorkerId = C.Int32("workerId", "the worker (slots in id order)", w => w.WorkerId);
    public static readonly Column<WorkerRow, string> Pool = C.Text("pool", "worker pool id", w => w.Pool);
    public static readonly Column<WorkerRow, string> Region = C.Text("region", "region id", w => w.Region);
    public static readonly Column<WorkerRow, string> Status = C.Text("status", "`active`, `left`, `deactivated`, `dropped-out` or `not-yet-recruited`", w => w.Status);
    public static readonly Column<WorkerRow, bool> NightChecker = C.Boolean("nightChecker", "wakes at night to check for work", w => w.NightChecker);
    public static readonly Column<WorkerRow, double> ReservationWage = C.Double("reservationWageUsd", "lowest acceptable pay at the start, USD per hour", w => w.ReservationWageUsd);
    public static readonly Column<WorkerRow, double> FinalReservationWage = C.Double("finalReservationWageUsd", "the same at the end, after weekly adaptation", w => w.FinalReservationWageUsd);
    public static readonly Column<WorkerRow, double> PaidHours = C.Double("paidHours", "hours on approved (paid) tasks", w => w.PaidHours);
    public static readonly Column<WorkerRow, double> UnpaidHours = C.Double("unpaidHours", "`searchHours` + `rejectedHours` + `abandonedHours` + `trainingHours`", w => w.UnpaidHours);
    public static readonly Column<WorkerRow, double> SearchHours = C.Double("searchHours", "unpaid hours searching for work", w => w.SearchHours);
    public static readonly Column<WorkerRow, double> RejectedHours = C.Double("rejectedHours", "unpaid hours on rejected tasks", w => w.RejectedHours);
    public static readonly Column<WorkerRow, double> AbandonedHours = C.Double("abandonedHours", "unpaid hours on tasks given up part-way", w => w.AbandonedHours);
    public static readonly Column<WorkerRow, double> TrainingHours = C.Double("trainingHours", "unpaid hours in training courses and boot camps", w => w.TrainingHours);
    public static readonly Column<WorkerRow, double> Earnings = C.Double("earningsUsd", "pay received, USD", w => w.EarningsUsd);
    public static readonly Column<WorkerRow, double?> EffectiveHourlyWage = C.NullableDouble("effectiveHourlyWage", "`earningsUsd` ÷ (paid + unpaid hours); empty for a worker without time", w => w.EffectiveHourlyWage);
    public static readonly Column<WorkerRow, double?> PaidHourlyWage = C.NullableDouble("paidHourlyWage", "`earningsUsd` ÷ `paidHours`; empty for a worker without paid time", w => w.PaidHourlyWage);
    public static readonly Column<WorkerRow, long> Checks = C.Int64("checks", "times the worker checked a queue", w => w.Checks);
    public static readonly Column<WorkerRow, long> NightChecks = C.Int64("nightChecks", "checks during the worker's own sleep (wake-ups)", w => w.NightChecks);
    public static readonly Column<WorkerRow, double> NightHours = C.Double("nightHours", "working and searching hours in local night (22:00-06:00)", w => w.NightHours);
    public static readonly Column<WorkerRow, double> LongestStretchHours = C.Double("longestStretchHours", "longest session with work done, hours", w => w.LongestStretchHours);
    public static readonly Column<WorkerRow, long> TasksApproved = C.Int64("tasksApproved", "tasks approved", w => w.TasksApproved);
    public static readonly Column<WorkerRow, long> TasksRejected = C.Int64("tasksRejected", "tasks rejected", w => w.TasksRejected);
    public static readonly Column<WorkerRow, long> TasksAbandoned = C.Int64("tasksAbandoned", "tasks given up part-way", w => w.TasksAbandoned);
    public static readonly Column<WorkerRow, int> Deactivations = C.Int32("deactivations", "times deactivated on a platform", w => w.Deactivations);
    public static readonly Column<WorkerRow, double> JoinedDay = C.Double("joinedDay", "day joined, from 0 (0 for initial workers)", w => w.JoinedDay);
    public static readonly Column<WorkerRow, double?> LeftDay = C.NullableDouble("leftDay", "day left for good; empty if they stayed", w => w.LeftDay);
    public static readonly Column<WorkerRow, double?> WeeklyEarningsCv = C.NullableDouble("weeklyEarningsCv", "income volatility: coefficient of variation of weekly earnings; empty with fewer than two complete weeks", w => w.WeeklyEarningsCv);

    public static readonly Table<WorkerRow> Table = new(
        RunFiles.Workers,
        [
            WorkerId, Pool, Region, Status, NightChecker, ReservationWage, FinalReservationWage, PaidHours, UnpaidHours, SearchHours, RejectedHours,
            AbandonedHours, TrainingHours, Earnings, EffectiveHourlyWage, PaidHourlyWage, Checks, NightChecks, NightHours, LongestStretchHours,
            TasksApproved, TasksRejected, TasksAbandoned, Deactivations, JoinedDay, LeftDay, WeeklyEarningsCv,
        ],
        r => new WorkerRow(
            r.Get(WorkerId), r.Get(Pool), r.Get(Region), r.Get(Status), r.Get(NightChecker), r.Get(ReservationWage), r.Get(FinalReservationWage),
            r.Get(PaidHours), r.Get(UnpaidHours), r.Get(SearchHours), r.Get(RejectedHours), r.Get(AbandonedHours), r.Get(TrainingHours), r.Get(Earnings),
            r.Get(EffectiveHourlyWage), r.Get(PaidHourlyWage), r.Get(Checks), r.Get(NightChecks), r.Get(NightHours), r.Get(LongestStretchHours),
            r.Get(TasksApproved), r.Get(TasksRejected), r.Get(TasksAbandoned), r.Get(Deactivations), r.Get(JoinedDay), r.Get(LeftDay), r.Get(WeeklyEarningsCv)));

    /// <summary>A worker's row: the model's record with ids for indices, hours for milliseconds and dollars for micro-dollars.</summary>
    public static WorkerRow Row(WorkerRecord w, ScenarioSpec spec) => new(
        w.WorkerId,
        spec.WorkerPools[w.Pool].Id,
        spec.Regions[w.Region].Id,
        StatusName(w.Status),
        w.NightChecker,
        w.ReservationUsdPerHour,
        w.FinalReservationUsdPerHour,
        SimTime.ToHours(w.PaidMs),
        SimTime.ToHours(w.UnpaidMs),
        SimTime.ToHours(w.SearchMs),
        SimTime.ToHours(w.RejectedMs),
        SimTime.ToHours(w.AbandonedMs),
        SimTime.ToHours(w.TrainingMs),
        Money.ToUsd(w.EarningsMicros),
        w.EffectiveHourlyWage,
        w.PaidHourlyWage,
        w.Checks,
        w.NightChecks,
        SimTime.ToHours(w.NightMs),
        SimTime.ToHours(w.LongestStretchMs),
        w.TasksApproved,
        w.TasksRejected,
        w.TasksAbandoned,
        w.Deactivations,
        w.JoinedMs / (double)SimTime.MsPerDay,
        w.LeftMs < 0 ? null : w.LeftMs / (double)SimTime.MsPerDay,
        w.WeeklyEarningsCv);

    /// <summary>A worker status as the <c>status</c> column writes it.</summary>
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
