using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>Writes workers.parquet at the end of the run: the columns of workers.csv, typed, one row per worker in id order.</summary>
internal sealed class WorkersParquetWriter : ITickOutput
{
    private readonly ParquetRowFile<WorkerRecord> _file;

    public WorkersParquetWriter(string path, ScenarioSpec spec, bool resume = false)
    {
        ParquetColumn<WorkerRecord>[] columns =
        [
            ParquetColumns.Int32<WorkerRecord>("workerId", w => w.WorkerId),
            ParquetColumns.String<WorkerRecord>("pool", w => spec.WorkerPools[w.Pool].Id),
            ParquetColumns.String<WorkerRecord>("region", w => spec.Regions[w.Region].Id),
            ParquetColumns.String<WorkerRecord>("status", w => WorkersTable.StatusName(w.Status)),
            ParquetColumns.Boolean<WorkerRecord>("nightChecker", w => w.NightChecker),
            ParquetColumns.Double<WorkerRecord>("reservationWageUsd", w => w.ReservationUsdPerHour),
            ParquetColumns.Double<WorkerRecord>("finalReservationWageUsd", w => w.FinalReservationUsdPerHour),
            ParquetColumns.Double<WorkerRecord>("paidHours", w => SimTime.ToHours(w.PaidMs)),
            ParquetColumns.Double<WorkerRecord>("unpaidHours", w => SimTime.ToHours(w.UnpaidMs)),
            ParquetColumns.Double<WorkerRecord>("searchHours", w => SimTime.ToHours(w.SearchMs)),
            ParquetColumns.Double<WorkerRecord>("rejectedHours", w => SimTime.ToHours(w.RejectedMs)),
            ParquetColumns.Double<WorkerRecord>("abandonedHours", w => SimTime.ToHours(w.AbandonedMs)),
            ParquetColumns.Double<WorkerRecord>("trainingHours", w => SimTime.ToHours(w.TrainingMs)),
            ParquetColumns.Double<WorkerRecord>("earningsUsd", w => Money.ToUsd(w.EarningsMicros)),
            ParquetColumns.NullableDouble<WorkerRecord>("effectiveHourlyWage", w => w.EffectiveHourlyWage),
            ParquetColumns.NullableDouble<WorkerRecord>("paidHourlyWage", w => w.PaidHourlyWage),
            ParquetColumns.Int64<WorkerRecord>("checks", w => w.Checks),
            ParquetColumns.Int64<WorkerRecord>("nightChecks", w => w.NightChecks),
            ParquetColumns.Double<WorkerRecord>("nightHours", w => SimTime.ToHours(w.NightMs)),
            ParquetColumns.Double<WorkerRecord>("longestStretchHours", w => SimTime.ToHours(w.LongestStretchMs)),
            ParquetColumns.Int64<WorkerRecord>("tasksApproved", w => w.TasksApproved),
            ParquetColumns.Int64<WorkerRecord>("tasksRejected", w => w.TasksRejected),
            ParquetColumns.Int64<WorkerRecord>("tasksAbandoned", w => w.TasksAbandoned),
            ParquetColumns.Int32<WorkerRecord>("deactivations", w => w.Deactivations),
            ParquetColumns.Double<WorkerRecord>("joinedDay", w => w.JoinedMs / (double)SimTime.MsPerDay),
            ParquetColumns.NullableDouble<WorkerRecord>("leftDay", w => w.LeftMs < 0 ? null : w.LeftMs / (double)SimTime.MsPerDay),
            ParquetColumns.NullableDouble<WorkerRecord>("weeklyEarningsCv", w => w.WeeklyEarningsCv),
        ];
        _file = new ParquetRowFile<WorkerRecord>(path, columns, resume: resume);
    }

    public void Write(TickReport tick)
    {
        // Nothing per tick: a worker's row is only known at the end.
    }

    public void Finish(IReadOnlyList<WorkerRecord> workers)
    {
        foreach (var worker in workers)
            _file.Add(worker);
        _file.Flush();
    }

    public string FileName => _file.FileName;

    public OutputMark Checkpoint() => _file.Checkpoint();

    public void Rewind(OutputMark mark) => _file.Rewind(mark);

    public void Dispose() => _file.Dispose();
}
