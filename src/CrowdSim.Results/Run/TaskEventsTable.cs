using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Run;

/// <summary>tasks.parquet (only with a task log): one row per step of a posted task's life, tick by tick.</summary>
public static class TaskEventsTable
{
    private static readonly Columns<TaskEventRow> C = new();

    public static readonly Column<TaskEventRow, long> TaskId = C.Int64("taskId", "the task (unique in the run)", e => e.TaskId);
    public static readonly Column<TaskEventRow, string> Event = C.Text("event", "`posted`, `taken`, `abandoned`, `submitted`, `approved`, `rejected`, `expired`", e => e.Event);
    public static readonly Column<TaskEventRow, double> Hours = C.Double("hours", "simulated hours from the start (an expiry is dated at the task's deadline)", e => e.Hours);
    public static readonly Column<TaskEventRow, string> Platform = C.Text("platform", "platform id", e => e.Platform);
    public static readonly Column<TaskEventRow, string> TaskType = C.Text("taskType", "task type id", e => e.TaskType);
    public static readonly Column<TaskEventRow, string> Lab = C.Text("lab", "the lab that created the task", e => e.Lab);
    public static readonly Column<TaskEventRow, string?> Vendor = C.NullableText("vendor", "the vendor it went through; null for a lab's direct posting", e => e.Vendor);
    public static readonly Column<TaskEventRow, int?> WorkerId = C.NullableInt32("workerId", "the worker concerned; null for `posted` and `expired`", e => e.WorkerId);
    public static readonly Column<TaskEventRow, double> PayUsd = C.Double("payUsd", "paid to the worker (`approved`, or `rejected` under pay-for-rejected-work); 0 otherwise", e => e.PayUsd);

    public static readonly Table<TaskEventRow> Table = new(
        RunFiles.Tasks,
        [TaskId, Event, Hours, Platform, TaskType, Lab, Vendor, WorkerId, PayUsd],
        r => new TaskEventRow(r.Get(TaskId), r.Get(Event), r.Get(Hours), r.Get(Platform), r.Get(TaskType), r.Get(Lab), r.Get(Vendor), r.Get(WorkerId), r.Get(PayUsd)));

    /// <summary>A task event's row: ids for indices, hours and dollars.</summary>
    public static TaskEventRow Row(TaskEvent e, ScenarioSpec spec) => new(
        e.TaskId,
        EventName(e.Kind),
        SimTime.ToHours(e.AtMs),
        spec.Platforms[e.Platform].Id,
        spec.TaskTypes[e.TaskType].Id,
        spec.Labs[e.Lab].Id,
        e.Vendor < 0 ? null : spec.Vendors[e.Vendor].Id,
        e.WorkerId < 0 ? null : e.WorkerId,
        Money.ToUsd(e.PayMicros));

    /// <summary>The event's name in the <c>event</c> column.</summary>
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
