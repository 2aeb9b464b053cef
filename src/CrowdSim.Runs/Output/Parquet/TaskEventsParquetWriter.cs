using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>Streams tasks.parquet, the per-task event log: one row per step of a posted task's life, a row group at a time.</summary>
internal sealed class TaskEventsParquetWriter : ITickOutput
{
    private readonly ParquetRowFile<TaskEvent> _file;

    public TaskEventsParquetWriter(string path, ScenarioSpec spec, bool resume = false)
    {
        ParquetColumn<TaskEvent>[] columns =
        [
            ParquetColumns.Int64<TaskEvent>("taskId", e => e.TaskId),
            ParquetColumns.String<TaskEvent>("event", e => EventName(e.Kind)),
            ParquetColumns.Double<TaskEvent>("hours", e => SimTime.ToHours(e.AtMs)),
            ParquetColumns.String<TaskEvent>("platform", e => spec.Platforms[e.Platform].Id),
            ParquetColumns.String<TaskEvent>("taskType", e => spec.TaskTypes[e.TaskType].Id),
            ParquetColumns.String<TaskEvent>("lab", e => spec.Labs[e.Lab].Id),
            ParquetColumns.NullableString<TaskEvent>("vendor", e => e.Vendor < 0 ? null : spec.Vendors[e.Vendor].Id),
            ParquetColumns.NullableInt32<TaskEvent>("workerId", e => e.WorkerId < 0 ? null : e.WorkerId),
            ParquetColumns.Double<TaskEvent>("payUsd", e => Money.ToUsd(e.PayMicros)),
        ];
        _file = new ParquetRowFile<TaskEvent>(path, columns, resume: resume);
    }

    public void Write(TickReport tick)
    {
        foreach (var e in tick.TaskEvents)
            _file.Add(e);
    }

    public void Finish(IReadOnlyList<WorkerRecord> workers) => _file.Flush();

    public string FileName => _file.FileName;

    public OutputMark Checkpoint() => _file.Checkpoint();

    public void Rewind(OutputMark mark) => _file.Rewind(mark);

    public void Dispose() => _file.Dispose();

    /// <summary>The event's name in the file's <c>event</c> column.</summary>
    public static string EventName(TaskEventKind kind) => kind switch
    {
        TaskEventKind.Posted => "posted",
        TaskEventKind.Taken => "taken",
        TaskEventKind.Abandoned => "abandoned",
        TaskEventKind.Submitted => "submitted",
        TaskEventKind.Approved => "approved",
        TaskEventKind.Rejected => "rejected",
        TaskEventKind.Expired => "expired",
        _ => kind.ToString(),
    };
}
